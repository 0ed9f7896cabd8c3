// The breathing tone rendered offline from a real box-breathing timeline: it rises on the in-breath, holds,
// falls on the out-breath and is silent in the empty hold — on the context clock.
import { OfflineAudioContext } from 'node-web-audio-api'
import { describe, expect, it } from 'vitest'
import { ExerciseStartSchema, breathPhasesBetween, buildTimeline } from '../../src/shared/exercises'
import { TONE_HIGH_HZ, TONE_LOW_HZ, createBreathTone } from '../../src/audio/breath-tone'
import * as A from './audio-analysis'

const SR = 8000

/** Pitch from upward zero crossings over a window (the tone is nearly a pure sine). */
function pitch(x: Float32Array, from: number, to: number): number {
  let crossings = 0
  let first = -1
  let last = -1
  for (let i = Math.max(1, from); i < to; i++)
    if (x[i - 1]! < 0 && x[i]! >= 0) {
      crossings++
      if (first < 0) first = i
      last = i
    }
  return crossings > 1 ? ((crossings - 1) * SR) / (last - first) : 0
}

describe('breathing tone', () => {
  it('follows box breathing at 4× speed: rising in, steady hold, falling out, silent hold', async () => {
    const t = buildTimeline(
      ExerciseStartSchema.parse({ id: 'breathing-box', options: { cycles: 2 }, timeScale: 4 }),
    )
    const breathe = t.steps[1]!
    const scale = 4
    const offset = 0.5 // context time where the breathing step begins
    const ctx = new OfflineAudioContext(1, SR * 10, SR)
    const tone = createBreathTone(ctx as unknown as BaseAudioContext, ctx.destination as unknown as AudioNode)
    const spans = breathPhasesBetween(t, breathe.start, breathe.start + breathe.duration)
    tone.schedule(
      spans.map((s) => ({
        key: s.key,
        phase: s.phase,
        start: offset + (s.start - breathe.start) / scale,
        duration: s.duration / scale,
      })),
    )
    expect(tone.scheduled).toBe(8)
    // Scheduling the same phases again changes nothing.
    tone.schedule(spans.map((s) => ({ key: s.key, phase: s.phase, start: 99, duration: 1 })))
    expect(tone.scheduled).toBe(8)
    const x = (await ctx.startRendering()).getChannelData(0)
    const win = (a: number, b: number): [number, number] => [
      Math.round((offset + a) * SR),
      Math.round((offset + b) * SR),
    ]
    // Each phase lasts 1 s at 4×: in 0–1, hold 1–2, out 2–3, hold-out 3–4.
    const inEarly = pitch(x, ...win(0.05, 0.3))
    const inLate = pitch(x, ...win(0.7, 0.95))
    const hold = pitch(x, ...win(1.2, 1.8))
    const outEarly = pitch(x, ...win(2.05, 2.3))
    const outLate = pitch(x, ...win(2.5, 2.7))
    expect(inLate).toBeGreaterThan(inEarly + 30)
    expect(hold).toBeCloseTo(TONE_HIGH_HZ, -1)
    expect(outLate).toBeLessThan(outEarly - 20)
    expect(inEarly).toBeGreaterThan(TONE_LOW_HZ - 15)
    const level = (a: number, b: number) => A.db(A.rms([x], ...win(a, b)))
    expect(level(0.6, 0.95)).toBeGreaterThan(-32)
    expect(level(3.4, 3.95)).toBeLessThan(level(0.6, 0.95) - 25) // the empty hold is silent
    expect(level(1.4, 1.9)).toBeLessThan(level(0.6, 0.95)) // the full hold is softer
    // Second breath repeats the first.
    expect(pitch(x, ...win(4.7, 4.95))).toBeCloseTo(inLate, -1)
    expect(A.db(A.peak([x]))).toBeLessThan(-10) // a soft guide, not an alarm
  })

  it('stop() fades it out within a second', async () => {
    const ctx = new OfflineAudioContext(1, SR * 3, SR)
    const tone = createBreathTone(ctx as unknown as BaseAudioContext, ctx.destination as unknown as AudioNode)
    tone.schedule([{ key: 'a', phase: 'in', start: 0, duration: 3 }])
    tone.stop(1)
    const x = (await ctx.startRendering()).getChannelData(0)
    expect(A.db(A.rms([x], SR * 0.8, SR))).toBeGreaterThan(-40)
    expect(A.db(A.rms([x], SR * 2.5, SR * 3))).toBeLessThan(-60)
  })
})
