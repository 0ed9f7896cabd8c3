import { describe, expect, it } from 'vitest'
import {
  ExerciseStartSchema,
  breathPhasesBetween,
  buildTimeline,
  exerciseAt,
  hapticForPhase,
  parseExerciseStart,
  type BreathPhase,
  type ExerciseStartInput,
  type Timeline,
} from '../../src/shared/exercises'

const timeline = (input: ExerciseStartInput) => buildTimeline(ExerciseStartSchema.parse(input))

/** Runs a whole exercise on a simulated clock (no waiting): every state change, in order. */
function simulate(t: Timeline, dt = 0.05) {
  const phases: Array<{ phase: BreathPhase; at: number; cycle: number }> = []
  const captions: string[] = []
  const cues: string[] = []
  const steps: string[] = []
  let lastPhase = ''
  let lastCue = ''
  for (let clock = 0; clock <= t.duration + 1; clock += dt) {
    const s = exerciseAt(t, clock)
    if (s.done) break
    if (steps.at(-1) !== s.step!.id) steps.push(s.step!.id)
    if (captions.at(-1) !== s.caption) captions.push(s.caption)
    if (s.cue && s.cue.key !== lastCue) {
      lastCue = s.cue.key
      cues.push(s.cue.text)
    }
    if (s.breath) {
      const key = `${s.breath.cycle}:${s.breath.phase}`
      if (key !== lastPhase) {
        lastPhase = key
        phases.push({ phase: s.breath.phase, at: clock, cycle: s.breath.cycle })
      }
    }
  }
  return { phases, captions, cues, steps }
}

describe('exercise start schema', () => {
  it('fills every option with its default', () => {
    expect(ExerciseStartSchema.parse({ id: 'breathing-resonance' })).toEqual({
      id: 'breathing-resonance',
      options: { rate: 6, minutes: 10, inShare: 0.5 },
      timeScale: 1,
    })
    expect(ExerciseStartSchema.parse({ id: 'breathing-box', options: { cycles: 8 } }).options).toEqual({
      cycles: 8,
      side: 4,
    })
    expect(ExerciseStartSchema.parse({ id: 'body-scan' }).options).toEqual({ minutes: 8 })
  })
  it('skips unknown exercises and bad options with a reason, never throws', () => {
    expect(parseExerciseStart({ id: 'levitation' })).toEqual({
      ok: false,
      problem: 'unknown exercise "levitation" skipped',
    })
    expect(parseExerciseStart(null)).toMatchObject({ ok: false })
    const bad = parseExerciseStart({ id: 'breathing-resonance', options: { rate: 60 } })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.problem).toMatch(/breathing-resonance: options.rate/)
    expect(parseExerciseStart({ id: 'breathing-box', timeScale: 0 }).ok).toBe(false)
    expect(parseExerciseStart({ id: 'safe-place', options: { cueWord: '   ' } }).ok).toBe(false)
  })
})

describe('breathing patterns on a simulated clock', () => {
  it('box 4-4-4-4: in, hold, out, hold, four seconds each, for the cycles asked', () => {
    const t = timeline({ id: 'breathing-box', options: { cycles: 5 } })
    const { phases } = simulate(t)
    expect(phases).toHaveLength(5 * 4)
    expect(phases.slice(0, 4).map((p) => p.phase)).toEqual(['in', 'hold', 'out', 'hold-out'])
    for (let i = 1; i < phases.length; i++) expect(phases[i]!.at - phases[i - 1]!.at).toBeCloseTo(4, 1)
    const breathe = t.steps.find((s) => s.breath)!
    expect(breathe.duration).toBe(5 * 16)
    expect(t.duration).toBe(t.steps.reduce((s, x) => s + x.duration, 0))
  })

  it('4-7-8: in 4, hold 7, out 8, no hold after', () => {
    const { phases } = simulate(timeline({ id: 'breathing-478' }))
    expect(phases).toHaveLength(4 * 3)
    expect(phases.slice(0, 3).map((p) => p.phase)).toEqual(['in', 'hold', 'out'])
    expect(phases[1]!.at - phases[0]!.at).toBeCloseTo(4, 1)
    expect(phases[2]!.at - phases[1]!.at).toBeCloseTo(7, 1)
    expect(phases[3]!.at - phases[2]!.at).toBeCloseTo(8, 1)
    expect(phases.some((p) => p.phase === 'hold-out')).toBe(false)
  })

  it('resonance at the default 6/min: 5 s in, 5 s out, a whole 10-minute session', () => {
    const t = timeline({ id: 'breathing-resonance' })
    const { phases, steps } = simulate(t, 0.02)
    expect(steps).toEqual(['intro', 'breathe', 'close'])
    expect(phases.filter((p) => p.phase === 'in')).toHaveLength(60)
    expect(phases[1]!.at - phases[0]!.at).toBeCloseTo(5, 1)
    expect(phases[2]!.at - phases[1]!.at).toBeCloseTo(5, 1)
    expect(t.steps[1]!.duration).toBeCloseTo(600, 6)
  })

  it('resonance rate is adjustable (4.5/min: 13.3 s breaths) and so is the in-share', () => {
    const t = timeline({ id: 'breathing-resonance', options: { rate: 4.5, minutes: 2, inShare: 0.4 } })
    const { phases } = simulate(t, 0.02)
    const ins = phases.filter((p) => p.phase === 'in')
    expect(ins).toHaveLength(Math.round(120 / (60 / 4.5)))
    expect(ins[1]!.at - ins[0]!.at).toBeCloseTo(60 / 4.5, 1)
    expect(phases[1]!.at - phases[0]!.at).toBeCloseTo((60 / 4.5) * 0.4, 1)
  })

  it('the pacer fills on the in-breath, stays full in the hold, empties on the out-breath', () => {
    const t = timeline({ id: 'breathing-box' })
    const start = t.steps[1]!.start
    const at = (s: number) => exerciseAt(t, start + s).breath!
    expect(at(0.01).fullness).toBeLessThan(0.01)
    expect(at(2).fullness).toBeCloseTo(0.5, 2)
    expect(at(3.9).fullness).toBeGreaterThan(0.99)
    expect(at(6).fullness).toBe(1)
    expect(at(10).fullness).toBeCloseTo(0.5, 2)
    expect(at(14).fullness).toBe(0)
    expect(at(2).progress).toBeCloseTo(0.5, 5)
    for (let s = 0; s < 15.9; s += 0.1)
      expect(Math.abs(at(s + 0.1).fullness - at(s).fullness)).toBeLessThan(0.1)
  })

  it('speaks the phase words for the first two breaths only, but always captions them', () => {
    const { cues, captions } = simulate(timeline({ id: 'breathing-box', options: { cycles: 6 } }))
    const spokenBreath = cues.filter((c) => /^(Breathe in|Hold|Breathe out)$/.test(c))
    expect(spokenBreath).toHaveLength(2 * 4)
    expect(captions.filter((c) => c === 'Breathe in')).toHaveLength(6)
  })

  it('breathPhasesBetween lists exactly the phases the state machine goes through', () => {
    const t = timeline({ id: 'breathing-box', options: { cycles: 3 } })
    const spans = breathPhasesBetween(t, 0, t.duration)
    const { phases } = simulate(t, 0.01)
    expect(spans.map((s) => s.phase)).toEqual(phases.map((p) => p.phase))
    spans.forEach((s, i) => expect(s.start).toBeCloseTo(phases[i]!.at, 1))
    expect(new Set(spans.map((s) => s.key)).size).toBe(spans.length)
    const window = breathPhasesBetween(t, spans[5]!.start + 0.5, spans[5]!.start + 5)
    expect(window.map((s) => s.key)).toEqual([spans[5]!.key, spans[6]!.key])
  })
})

describe('guided exercises run from start to finish', () => {
  it('safe place: describe → notice → enhance → cue word → practise returning', () => {
    const t = timeline({ id: 'safe-place', options: { cueWord: 'shore' } })
    const { steps, captions } = simulate(t, 0.5)
    expect(steps).toEqual(['intro', 'describe', 'notice', 'enhance', 'cue-word', 'return', 'close'])
    expect(captions.join(' ')).toMatch(/“shore”/)
    expect(captions.some((c) => /where do you feel it in your body/i.test(c))).toBe(true)
    // Every line of every step is shown.
    const lines = t.steps.flatMap((s) => s.lines.map((l) => l.text))
    for (const line of lines) expect(captions).toContain(line)
    expect(t.duration).toBeGreaterThan(4 * 60)
    const slow = timeline({ id: 'safe-place', options: { pace: 'slow' } })
    expect(slow.duration).toBeCloseTo(timeline({ id: 'safe-place' }).duration * 1.5, 6)
  })

  it('5-4-3-2-1 grounding goes see, touch, hear, smell, taste', () => {
    const { steps } = simulate(timeline({ id: 'grounding' }), 0.5)
    expect(steps).toEqual(['intro', 'see', 'touch', 'hear', 'smell', 'taste', 'close'])
  })

  it.each([5, 8, 15])('body scan of %i minutes lasts that long, feet to head', (minutes) => {
    const t = timeline({ id: 'body-scan', options: { minutes } })
    expect(t.duration).toBeCloseTo(minutes * 60, 6)
    const { steps, captions } = simulate(t, 1)
    expect(steps[1]).toBe('feet')
    expect(steps.at(-2)).toBe('head')
    expect(steps.at(-1)).toBe('whole')
    expect(steps.indexOf('knees')).toBeLessThan(steps.indexOf('shoulders'))
    expect(captions.filter((c) => c.startsWith('Bring your attention'))).toHaveLength(11)
  })

  it('is done after the end, and reads nonsense time as the start', () => {
    const t = timeline({ id: 'grounding' })
    expect(exerciseAt(t, t.duration + 1)).toMatchObject({
      done: true,
      caption: '',
      breath: null,
      remaining: 0,
    })
    expect(exerciseAt(t, -5).stepIndex).toBe(0)
    expect(exerciseAt(t, NaN).elapsed).toBe(0)
    expect(exerciseAt(t, 0).caption).toBe(t.steps[0]!.lines[0]!.text)
  })

  it('changes the cue exactly when a new line starts (each line is spoken once)', () => {
    const t = timeline({ id: 'grounding' })
    const line = t.steps[1]!.lines[1]!
    const at = t.steps[1]!.start + line.at
    expect(exerciseAt(t, at - 0.001).cue!.key).not.toBe(exerciseAt(t, at).cue!.key)
    expect(exerciseAt(t, at).cue!.text).toBe(line.text)
    expect(exerciseAt(t, at + 3).cue!.key).toBe(exerciseAt(t, at).cue!.key)
  })
})

describe('haptics', () => {
  it('pulses gently, strongest for the in-breath', () => {
    for (const p of ['in', 'hold', 'out', 'hold-out'] as const) {
      const h = hapticForPhase(p)
      expect(h.intensity).toBeGreaterThan(0)
      expect(h.intensity).toBeLessThanOrEqual(0.4)
      expect(h.durationMs).toBeLessThanOrEqual(150)
    }
    expect(hapticForPhase('in').intensity).toBeGreaterThan(hapticForPhase('out').intensity)
  })
})
