import { describe, expect, it } from 'vitest'
import { formatLength, reportModel, sudsSvg } from '../../src/shared/insight/report'
import { CommandSchema, canSend } from '../../src/shared/session/commands'
import { applyCommand, checkCommand, commandForHeadset } from '../../src/shared/session/reducer'
import {
  MAX_NOTES,
  NOTE_MAX_CHARS,
  SessionStateSchema,
  stateForHeadset,
} from '../../src/shared/session/state'
import { session } from './insight-fixtures'

const T0 = Date.UTC(2026, 10, 3, 14)

describe('therapist notes (the `note` command)', () => {
  it('is a therapist command only, at most 1000 characters', () => {
    expect(canSend('therapist', { type: 'note' })).toBe(true)
    expect(canSend('headset', { type: 'note' })).toBe(false)
    expect(CommandSchema.safeParse({ type: 'note', text: 'x'.repeat(NOTE_MAX_CHARS) }).success).toBe(true)
    expect(CommandSchema.safeParse({ type: 'note', text: 'x'.repeat(NOTE_MAX_CHARS + 1) }).success).toBe(
      false,
    )
    expect(CommandSchema.safeParse({ type: 'note', text: '' }).success).toBe(false)
  })

  it('is kept in the state with its time, trimmed, and the state stays valid', () => {
    const s = session('n', T0, { notes: ['  Calmer after the breathing.  '] })
    expect(s.notes).toHaveLength(1)
    expect(s.notes![0]!.text).toBe('Calmer after the breathing.')
    expect(s.notes![0]!.at).toBeGreaterThan(T0)
    expect(SessionStateSchema.parse(s)).toEqual(s)
  })

  it('refuses a blank note with a clear message and changes nothing', () => {
    const s = session('n', T0)
    expect(checkCommand(s, { type: 'note', text: '   ' })).toEqual({
      code: 'bad-command',
      message: 'The note is empty.',
    })
    expect(applyCommand(s, { type: 'note', text: '   ' }, T0 + 5).notes).toBe(s.notes)
  })

  it('may still be written after the session ended (the therapist writes up afterwards)', () => {
    const s = session('n', T0, { end: 40 })
    expect(s.phase).toBe('ended')
    expect(checkCommand(s, { type: 'note', text: 'Written up later.' })).toBeNull()
    expect(checkCommand(s, { type: 'pause' })).not.toBeNull()
  })

  it('never reaches the headset: a noop in its stream, absent from its state', () => {
    const before = session('n', T0)
    const command = { type: 'note', text: 'Private.' } as const
    const after = applyCommand(before, command, T0 + 9)
    expect(commandForHeadset(command, before, after)).toEqual({ type: 'noop' })
    expect(stateForHeadset(after)).not.toHaveProperty('notes')
    expect(JSON.stringify(stateForHeadset(after))).not.toContain('Private.')
  })

  it('keeps the newest notes when there are very many', () => {
    let s = session('n', T0)
    for (let i = 0; i < MAX_NOTES + 5; i++) s = applyCommand(s, { type: 'note', text: `note ${i}` }, T0 + i)
    expect(s.notes).toHaveLength(MAX_NOTES)
    expect(s.notes!.at(-1)!.text).toBe(`note ${MAX_NOTES + 4}`)
  })

  it('a stored state from before notes existed still reads', () => {
    const { notes: _n, ...old } = session('old', T0)
    expect(SessionStateSchema.safeParse(old).success).toBe(true)
  })
})

describe('the report model', () => {
  const full = () =>
    session('r', T0, {
      words: [
        { text: 'a quiet beach at sunset', motifs: ['water'] },
        { text: 'the fire in the house', held: true },
      ],
      exercises: ['breathing-box', 'grounding'],
      suds: [
        [2, 7],
        [20, 5],
        [44, 3],
      ],
      notes: ['Chose "harbour" as the cue word.'],
      end: 50,
    })

  it('has the pseudonym, the date, the length, the words, the exercises, the ratings and the notes', () => {
    const m = reportModel(full())
    expect(m.alias).toBe('Robin')
    expect(m.startedAt).toBe(T0)
    expect(m.endedAt).toBe(T0 + 50 * 60_000)
    expect(m.minutes).toBe(50)
    expect(m.artworks.map((a) => [a.text, a.shown, a.held])).toEqual([
      ['a quiet beach at sunset', true, false],
      ['the fire in the house', false, true],
    ])
    expect(m.exercises.map((e) => e.name)).toEqual(['Box breathing', '5-4-3-2-1 grounding'])
    expect(m.suds.points).toEqual([
      { minute: 2, value: 7 },
      { minute: 20, value: 5 },
      { minute: 44, value: 3 },
    ])
    expect(m.notes.map((n) => n.text)).toEqual(['Chose "harbour" as the cue word.'])
    expect(m.empty).toBe(false)
  })

  it('lists going to the safe place, saving it, pausing and resuming, in plain words with their times', () => {
    let s = session('m', T0)
    s = applyCommand(s, { type: 'headset-paired' }, T0 + 1000)
    s = applyCommand(s, { type: 'safe-place-save', cueWord: 'harbour' }, T0 + 60_000)
    s = applyCommand(s, { type: 'pause' }, T0 + 120_000)
    s = applyCommand(s, { type: 'resume' }, T0 + 180_000)
    s = applyCommand(s, { type: 'set-scene', biome: 'snow' }, T0 + 200_000)
    s = applyCommand(s, { type: 'safe-place-go' }, T0 + 240_000)
    const m = reportModel(s)
    expect(m.moments).toEqual([
      { at: T0 + 60_000, what: 'Saved this place as the safe place' },
      { at: T0 + 120_000, what: 'Paused' },
      { at: T0 + 180_000, what: 'Resumed' },
      { at: T0 + 240_000, what: 'Went to the safe place' },
    ])
    // A session where only that happened is not "empty".
    expect(m.empty).toBe(false)
  })

  it('never carries safety reasons into what is printed', () => {
    const m = reportModel(full())
    const printed = JSON.stringify({ ...m, artworks: m.artworks.map(({ entry: _e, ...rest }) => rest) })
    expect(printed).not.toContain('violence')
  })

  it('an empty session says so, and a running one measures to its last event', () => {
    const m = reportModel(session('e', T0))
    expect(m.empty).toBe(true)
    expect(m.endedAt).toBeNull()
    expect(m.artworks).toEqual([])
  })

  it('formats lengths plainly', () => {
    expect(formatLength(0)).toBe('under a minute')
    expect(formatLength(12)).toBe('12 min')
    expect(formatLength(65)).toBe('1 h 05 min')
  })

  it('draws the SUDS chart inside its plot: higher ratings higher up, time to the right', () => {
    const m = reportModel(full())
    const g = sudsSvg(m.suds, m.minutes)
    expect(g.dots).toHaveLength(3)
    const [a, b, c] = g.dots
    expect(a!.x).toBeLessThan(b!.x)
    expect(b!.x).toBeLessThan(c!.x)
    expect(a!.y).toBeLessThan(c!.y) // 7 sits above 3 (SVG y grows downwards)
    for (const d of g.dots) {
      expect(d.x).toBeGreaterThanOrEqual(g.plot.x)
      expect(d.x).toBeLessThanOrEqual(g.plot.x + g.plot.w)
      expect(d.y).toBeGreaterThanOrEqual(g.plot.y)
      expect(d.y).toBeLessThanOrEqual(g.plot.y + g.plot.h)
    }
    expect(g.line.split(' ')).toHaveLength(3)
    expect(g.yTicks.map((t) => t.label)).toEqual(['0', '2', '4', '6', '8', '10'])
    expect(g.xTicks[0]!.label).toBe('0 min')
    expect(sudsSvg({ scale: 100, points: [] }, 3).yTicks.at(-1)!.label).toBe('100')
    expect(sudsSvg({ scale: 10, points: [] }, 3).line).toBe('')
  })
})

describe('the report address', () => {
  it('reads the session id from /console/sessions/:id/report and nothing else', async () => {
    const { reportHref, reportSessionId } = await import('../../src/console/report/report-route')
    expect(reportSessionId('/console/sessions/abc_1/report')).toBe('abc_1')
    expect(reportSessionId('/console/sessions/abc_1/report/')).toBe('abc_1')
    expect(reportSessionId('/console/sessions/abc_1')).toBeNull()
    expect(reportSessionId('/console/sessions/%E0%A4%A/report')).toBeNull()
    expect(reportHref('s 1')).toBe('/console/sessions/s%201/report')
    expect(reportHref('s1', 'k&y')).toBe('/console/sessions/s1/report?key=k%26y')
  })
})
