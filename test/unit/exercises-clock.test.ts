import { describe, expect, it } from 'vitest'
import { createExerciseClock } from '../../src/client/exercises/exercise-clock'

describe('exercise clock', () => {
  it('reads the AudioContext while sound runs, scaled, from the server start time', () => {
    let wall = 1_000_000
    const ctx = { currentTime: 50, state: 'running' }
    // Started 2 s ago on the wall clock, at 4× speed.
    const clock = createExerciseClock({ startedAt: wall - 2000, timeScale: 4, wallNow: () => wall, ctx })
    expect(clock.elapsed()).toBeCloseTo(8, 6)
    ctx.currentTime += 1.5
    wall += 9_999 // the wall clock is ignored while the context runs (a stalled page does not skip breaths)
    expect(clock.elapsed()).toBeCloseTo(14, 6)
    // Exercise time 14 s is now on the context clock; 18 s is one real second later.
    expect(clock.toContext(14)).toBeCloseTo(51.5, 6)
    expect(clock.toContext(18)).toBeCloseTo(52.5, 6)
  })

  it('falls back to the wall clock while audio is blocked, and re-anchors when it starts', () => {
    let wall = 5000
    const ctx = { currentTime: 0, state: 'suspended' }
    const clock = createExerciseClock({ startedAt: 5000, timeScale: 1, wallNow: () => wall, ctx })
    wall += 3000
    expect(clock.elapsed()).toBeCloseTo(3, 6)
    ctx.state = 'running'
    ctx.currentTime = 0.2
    expect(clock.elapsed()).toBeCloseTo(3, 6)
    ctx.currentTime = 1.2
    expect(clock.elapsed()).toBeCloseTo(4, 6)
  })

  it('takes the output latency off what is "now", so the pacer shows what is being heard', () => {
    const ctx = { currentTime: 10, state: 'running', outputLatency: 0.04, baseLatency: 0.01 }
    const clock = createExerciseClock({ startedAt: 0, timeScale: 1, wallNow: () => 0, ctx })
    expect(clock.contextNow()).toBeCloseTo(9.95, 6)
    const e0 = clock.elapsed()
    ctx.currentTime += 1
    expect(clock.elapsed() - e0).toBeCloseTo(1, 6)
    // A phase at exercise time e is scheduled where it will be heard just as the pacer reaches it.
    expect(clock.toContext(e0 + 1) + 0.05).toBeCloseTo(ctx.currentTime, 6)
  })

  it('works with no audio at all', () => {
    let wall = 0
    const clock = createExerciseClock({ startedAt: 0, timeScale: 2, wallNow: () => wall, ctx: null })
    wall = 1500
    expect(clock.elapsed()).toBe(3)
  })
})
