// What one frame of a running exercise means, from its state alone: the tone's schedule on the audio clock, and
// which breath phase, spoken line and caption are new.
import { describe, expect, it } from 'vitest'
import {
  ExerciseStartSchema,
  buildTimeline,
  exerciseAt,
  type ExerciseStartInput,
  type ExerciseState,
} from '../../src/shared/exercises'
import type { ExerciseClock } from '../../src/client/exercises/exercise-clock'
import {
  LOOKAHEAD,
  NO_FRAME_KEYS,
  exerciseView,
  frameNews,
  pacerReading,
  pushCapped,
  toneSchedule,
  type FrameKeys,
  type RunningExercise,
} from '../../src/client/exercises/exercise-frame'

/** An exercise whose audio clock started at context time 100 s. */
function running(input: ExerciseStartInput, startedAt = 5_000): RunningExercise {
  const start = ExerciseStartSchema.parse(input)
  const clock: ExerciseClock = {
    elapsed: () => 0,
    toContext: (seconds) => 100 + seconds / start.timeScale,
    contextNow: () => 100,
  }
  return { start, startedAt, timeline: buildTimeline(start), clock }
}

/** Every frame of the exercise at `fps`, through `frameNews`, as the runner reads them. */
function play(r: RunningExercise, fps: number) {
  let keys: FrameKeys = NO_FRAME_KEYS
  const frames: Array<{ st: ExerciseState; news: ReturnType<typeof frameNews> }> = []
  for (let t = 0; t < r.timeline.duration; t += r.start.timeScale / fps) {
    const st = exerciseAt(r.timeline, t)
    const news = frameNews(st, keys, r.start.timeScale)
    keys = news.keys
    frames.push({ st, news })
  }
  return frames
}

describe('toneSchedule', () => {
  it('places the next LOOKAHEAD seconds of box breathing on the audio clock', () => {
    const r = running({ id: 'breathing-box', options: { cycles: 2 } })
    const step = r.timeline.steps.find((s) => s.breath)!
    const spans = toneSchedule(r, step.start)
    expect(spans[0]).toEqual({
      key: `5000:${r.timeline.steps.indexOf(step)}:0:in`,
      phase: 'in',
      start: 100 + step.start,
      duration: 4,
    })
    expect(spans.every((s) => s.start < 100 + step.start + LOOKAHEAD)).toBe(true)
  })

  it('a sped-up run is scheduled in real seconds: the window and each phase shrink by the time scale', () => {
    const r = running({ id: 'breathing-box', options: { cycles: 2 }, timeScale: 4 })
    const step = r.timeline.steps.find((s) => s.breath)!
    const spans = toneSchedule(r, step.start)
    // Two real seconds are eight of exercise time: the whole in and the hold after it (at 1×, the in alone).
    expect(spans.map((s) => s.phase)).toEqual(['in', 'hold'])
    const slow = running({ id: 'breathing-box', options: { cycles: 2 } })
    expect(toneSchedule(slow, step.start).map((s) => s.phase)).toEqual(['in'])
    expect(spans[0]).toMatchObject({ start: 100 + step.start / 4, duration: 1 })
    expect(spans[1]!.start).toBeCloseTo(spans[0]!.start + 1)
  })

  it('keys carry the start time, so a restarted exercise is scheduled afresh', () => {
    const a = running({ id: 'breathing-box' }, 1)
    const b = running({ id: 'breathing-box' }, 2)
    const t = a.timeline.steps.find((s) => s.breath)!.start
    expect(toneSchedule(a, t)[0]!.key).not.toBe(toneSchedule(b, t)[0]!.key)
  })
})

describe('frameNews', () => {
  it('box breathing at 60 fps: one pulse per phase, each caption once, every line said once', () => {
    const r = running({ id: 'breathing-box', options: { cycles: 3 } })
    const frames = play(r, 60)
    const pulses = frames.flatMap((f) => (f.news.pulse ? [f.news.pulse] : []))
    expect(pulses).toEqual(Array.from({ length: 3 }, () => ['in', 'hold', 'out', 'hold-out']).flat())
    const said = frames.flatMap((f) => (f.news.speak ? [f.news.speak] : []))
    const cueKeys = new Set(frames.flatMap((f) => (f.st.cue ? [f.st.cue.key] : [])))
    expect(said).toHaveLength(cueKeys.size)
    expect(said[0]).toMatch(/breathe together/)
    const changes = frames.filter((f) => f.news.viewChanged)
    for (const [i, f] of changes.entries()) {
      const prev = changes[i - 1]
      if (prev) expect(exerciseView(r.timeline, f.st)).not.toEqual(exerciseView(r.timeline, prev.st))
    }
    expect(changes.filter((f) => f.st.caption === 'Breathe in')).toHaveLength(3)
  })

  it('a sped-up run says nothing, yet moves past each line as it comes', () => {
    const r = running({ id: 'grounding', timeScale: 10 })
    const frames = play(r, 30)
    expect(frames.some((f) => f.news.speak !== null)).toBe(false)
    expect(frames.filter((f) => f.news.keys.cue !== frames[0]!.news.keys.cue).length).toBeGreaterThan(0)
  })

  it('the same state read twice is news only the first time', () => {
    const r = running({ id: 'breathing-478' })
    const st = exerciseAt(r.timeline, r.timeline.steps.find((s) => s.breath)!.start + 0.5)
    const first = frameNews(st, NO_FRAME_KEYS, 1)
    expect(first.pulse).toBe('in')
    expect(first.viewChanged).toBe(true)
    const again = frameNews(st, first.keys, 1)
    expect(again).toEqual({ keys: first.keys, pulse: null, speak: null, viewChanged: false })
  })
})

describe('views of a state', () => {
  it('the captions and the pacer read the breath, and rest between breaths', () => {
    const r = running({ id: 'breathing-box' })
    const breathing = exerciseAt(r.timeline, r.timeline.steps.find((s) => s.breath)!.start + 1)
    expect(exerciseView(r.timeline, breathing)).toMatchObject({
      id: 'breathing-box',
      phase: 'in',
      breathing: true,
    })
    expect(pacerReading(breathing)).toMatchObject({ active: true, phase: 'in' })
    expect(pacerReading(breathing).fullness).toBeGreaterThan(0)
    const intro = exerciseAt(r.timeline, 0)
    expect(intro.breath).toBeNull()
    expect(pacerReading(intro)).toEqual({ active: false, fullness: 0, phase: null, progress: 0 })
    expect(exerciseView(r.timeline, intro)).toMatchObject({ phase: null, breathing: false })
  })

  it('pushCapped keeps the newest `max`', () => {
    const list: number[] = []
    for (let i = 0; i < 7; i++) pushCapped(list, i, 3)
    expect(list).toEqual([4, 5, 6])
  })
})
