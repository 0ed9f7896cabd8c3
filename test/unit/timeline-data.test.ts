import { describe, expect, it } from 'vitest'
import {
  buildTimeline,
  readTimelineResponse,
  sessionLabel,
  sessionLabels,
  timelineArtworkCount,
} from '../../src/shared/record/timeline'
import { applyCommand } from '../../src/shared/session/reducer'
import { DAY, seedSessionState } from '../integration/timeline-seed'

const WHO = { clientId: 'c1', clientAlias: 'Robin', therapistId: 'u1' }
// Tue 3 Nov 2026, 10:00 UTC
const T0 = Date.UTC(2026, 10, 3, 10, 0)

describe('buildTimeline', () => {
  it('keeps only approved artworks, oldest session first, without safety reasons', () => {
    const late = seedSessionState(WHO, {
      id: 's2',
      startedAt: T0 + 7 * DAY,
      artworks: [{ text: 'a calm lake' }, { held: true, text: 'a fight in the street' }, { text: 'snow' }],
    })
    const early = seedSessionState(WHO, {
      id: 's1',
      startedAt: T0,
      artworks: [
        { text: 'sand' },
        { pending: true, text: 'still waiting' },
        { discarded: true, text: 'gone' },
      ],
    })
    const other = seedSessionState({ ...WHO, clientId: 'c2' }, { id: 'x', startedAt: T0, artworks: [{}] })
    const t = buildTimeline('c1', [late, other, early], { timeZone: 'UTC' })
    expect(t.sessions.map((s) => s.id)).toEqual(['s1', 's2'])
    expect(t.sessions[0]!.artworks.map((a) => a.text)).toEqual(['sand'])
    expect(t.sessions[1]!.artworks.map((a) => a.text)).toEqual(['a calm lake', 'snow'])
    expect(t.truncated).toBe(false)
    const json = JSON.stringify(t)
    for (const word of ['fight', 'violence', 'still waiting', 'gone']) expect(json).not.toContain(word)
    for (const s of t.sessions)
      for (const a of s.artworks) expect(a.spec.safety).toEqual({ held: false, reasons: [], mentioned: [] })
  })

  it('dates each session and knows when it ended', () => {
    const ended = seedSessionState(WHO, { id: 's1', startedAt: T0, artworks: [{}] })
    const open = seedSessionState(WHO, { id: 's2', startedAt: T0 + DAY, artworks: [], ended: false })
    const t = buildTimeline('c1', [ended, open], { timeZone: 'UTC' })
    expect(t.sessions[0]!.label).toBe('Tue 3 Nov')
    expect(t.sessions[1]!.label).toBe('Wed 4 Nov')
    expect(t.sessions[0]!.endedAt).toBe(ended.events.find((e) => e.kind === 'end')!.at)
    expect(t.sessions[0]!.endedAt).toBeGreaterThan(T0)
    expect(t.sessions[1]!.endedAt).toBeNull()
    expect(t.sessions[1]!.artworks).toEqual([])
  })

  it('tells two sessions on one day apart by their start times, and leaves a lone day as it is', () => {
    const morning = seedSessionState(WHO, { id: 's1', startedAt: T0 - 30 * 60_000, artworks: [] })
    const afternoon = seedSessionState(WHO, {
      id: 's2',
      startedAt: T0 + 4 * 3600_000 + 5 * 60_000,
      artworks: [],
    })
    const next = seedSessionState(WHO, { id: 's3', startedAt: T0 + DAY, artworks: [] })
    const t = buildTimeline('c1', [morning, afternoon, next], { timeZone: 'UTC' })
    expect(t.sessions.map((s) => s.label)).toEqual(['Tue 3 Nov 09:30', 'Tue 3 Nov 14:05', 'Wed 4 Nov'])
    expect(sessionLabels([T0, T0 + DAY], null, 'UTC')).toEqual(['Tue 3 Nov', 'Wed 4 Nov'])
    expect(sessionLabels([T0, Number.NaN, Number.NaN], null, 'UTC')).toEqual(['Tue 3 Nov', '', ''])
  })

  it('adds the year when a session is from another year than the newest', () => {
    expect(sessionLabel(T0, 2026, 'UTC')).toBe('Tue 3 Nov')
    expect(sessionLabel(T0 - 365 * DAY, 2026, 'UTC')).toBe('Mon 3 Nov 2025')
    expect(sessionLabel(Number.NaN, 2026, 'UTC')).toBe('')
  })

  it('orders artworks within a session by their time, then as added', () => {
    let s = seedSessionState(WHO, { id: 's1', startedAt: T0, artworks: [{ text: 'b' }, { text: 'c' }] })
    // An artwork whose creation time is earlier than the others (e.g. a slow interpretation) still sorts by time.
    const early = { ...s.artworks[0]!.artwork, id: 'early', text: 'a', createdAt: new Date(T0).toISOString() }
    s = { ...s, phase: 'active' }
    s = applyCommand(s, { type: 'artwork-add', artwork: early, reasons: [], from: 'client' }, T0 + 1)
    s = applyCommand(s, { type: 'approve', artworkId: 'early' }, T0 + 2)
    expect(buildTimeline('c1', [s]).sessions[0]!.artworks.map((a) => a.text)).toEqual(['a', 'b', 'c'])
  })

  it('caps sessions and artworks, keeping the newest and saying so', () => {
    const states = Array.from({ length: 8 }, (_, i) =>
      seedSessionState(WHO, { id: `s${i}`, startedAt: T0 + i * DAY, artworks: [{}, {}, {}] }),
    )
    const t = buildTimeline('c1', states, { maxSessions: 5, maxArtworks: 10 })
    expect(t.truncated).toBe(true)
    expect(t.sessions.map((s) => s.id)).toEqual(['s3', 's4', 's5', 's6', 's7'])
    expect(timelineArtworkCount(t)).toBe(10)
    // The oldest kept session lost its older artworks first; the newest are whole.
    expect(t.sessions.map((s) => s.artworks.length)).toEqual([0, 1, 3, 3, 3])
    expect(t.sessions[1]!.artworks[0]!.id).toBe('s4-a2')
  })

  it('carries a ready AI picture and nothing else about pictures', () => {
    let s = seedSessionState(WHO, { id: 's1', startedAt: T0, artworks: [{}, {}], ended: false })
    const [a, b] = s.artworks.map((e) => e.artwork.id)
    s = applyCommand(s, { type: 'artwork-image', artworkId: a!, state: 'painting' }, T0 + 1)
    s = applyCommand(s, { type: 'artwork-image', artworkId: a!, state: 'ready', file: 'x1.png' }, T0 + 2)
    s = applyCommand(s, { type: 'artwork-image', artworkId: b!, state: 'painting' }, T0 + 3)
    const [ready, painting] = buildTimeline('c1', [s]).sessions[0]!.artworks
    expect(ready!.image).toEqual({ state: 'ready', file: 'x1.png' })
    expect(painting!.image).toBeUndefined()
  })

  it('is empty for a client without sessions', () => {
    expect(buildTimeline('nobody', [])).toEqual({ sessions: [], truncated: false })
  })
})

describe('readTimelineResponse', () => {
  it('accepts a real timeline and refuses damaged ones', () => {
    const s = seedSessionState(WHO, { id: 's1', startedAt: T0, artworks: [{}] })
    const good = { clientId: 'c1', timeline: buildTimeline('c1', [s]) }
    expect(readTimelineResponse(JSON.parse(JSON.stringify(good)))).toEqual(good)
    for (const bad of [
      null,
      'x',
      {},
      { clientId: 'c1' },
      { clientId: 'c1', timeline: { sessions: 'no' } },
      {
        clientId: 'c1',
        timeline: { sessions: [{ id: 's', startedAt: 1, label: 'x', artworks: [{ id: 1 }] }] },
      },
      { clientId: 'c1', timeline: { sessions: [null] } },
    ])
      expect(readTimelineResponse(bad)).toBeNull()
  })
})
