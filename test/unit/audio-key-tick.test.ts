// The keyboard's tick rendered offline: soft (no sample above its level, far under speech), with no hard edge at
// the start, and over within a tenth of a second so fast typing never smears into a drone.
import { OfflineAudioContext } from 'node-web-audio-api'
import { describe, expect, it } from 'vitest'
import { TICK_LENGTH_S, TICK_LEVEL, playKeyTick } from '../../src/audio/key-tick'
import * as A from './audio-analysis'

const SR = 16000

async function render(times: number[]): Promise<Float32Array> {
  const ctx = new OfflineAudioContext(1, SR * 0.5, SR)
  for (const t of times)
    playKeyTick(ctx as unknown as BaseAudioContext, ctx.destination as unknown as AudioNode, t)
  const buffer = await ctx.startRendering()
  return buffer.getChannelData(0)
}

describe('key tick', () => {
  it('is soft, starts without an edge and dies away quickly', async () => {
    const x = await render([0.1])
    const start = Math.round(0.1 * SR)
    const peak = A.peak([x])
    expect(peak).toBeGreaterThan(TICK_LEVEL * 0.5)
    expect(peak).toBeLessThanOrEqual(TICK_LEVEL * 1.01)
    expect(A.db(peak)).toBeLessThan(-25)
    // Silent before, and the first millisecond stays well under the peak (a ramp, not a step).
    expect(A.peak([x.subarray(0, start)])).toBe(0)
    expect(A.peak([x.subarray(start, start + SR / 1000)])).toBeLessThan(peak * 0.4)
    // Gone (under −80 dBFS) once its length is over.
    const after = Math.round((0.1 + TICK_LENGTH_S + 0.005) * SR)
    expect(A.db(A.peak([x.subarray(after)]))).toBeLessThan(-80)
  })

  it('fast typing stays a row of separate ticks, never louder than one', async () => {
    const times = [0.05, 0.13, 0.21, 0.29]
    const x = await render(times)
    expect(A.peak([x])).toBeLessThanOrEqual(TICK_LEVEL * 1.01)
    // Quiet between ticks: each has died away before the next begins.
    for (const t of times.slice(1)) {
      const gap = Math.round((t - 0.004) * SR)
      expect(A.db(A.peak([x.subarray(gap - 16, gap)]))).toBeLessThan(-50)
    }
  })
})
