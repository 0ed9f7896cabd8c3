import { OfflineAudioContext } from 'node-web-audio-api'
import { describe, expect, it, vi } from 'vitest'
import { createServerVoice, VOICE_FADE_IN } from '../../src/audio/server-voice'
import type { Voice } from '../../src/audio/voice'
import { encodeWav } from '../../src/audio/wav'
import { buildTimeline, parseExerciseStart } from '../../src/shared/exercises'
import { upcomingLines } from '../../src/client/speech/upcoming-lines'

// The AI voice on the audio engine: real Web Audio in Node (node-web-audio-api) for the sound itself, and
// counters for the fallbacks, the cache and cancel.

const RATE = 44_100

/** A line of steady tone (a DC-ish worst case for clicks): any step at its start or end would show. */
function lineBytes(seconds = 0.4, value = 0.5): ArrayBuffer {
  const n = Math.round(seconds * RATE)
  const data = new Float32Array(n)
  for (let i = 0; i < n; i++) data[i] = value * (0.8 + 0.2 * Math.sin((2 * Math.PI * 220 * i) / RATE))
  return encodeWav([data], RATE)
}

function fakeFallback() {
  const spoken: string[] = []
  let cancels = 0
  const voice: Voice = {
    name: 'device',
    available: () => true,
    speak: (text) => {
      spoken.push(text)
      return Promise.resolve()
    },
    cancel: () => void cancels++,
  }
  return { voice, spoken, cancels: () => cancels }
}

/** An offline context that says it is running (a live page's context would, after the first gesture). */
function runningOffline(seconds: number) {
  const ctx = new OfflineAudioContext({
    numberOfChannels: 1,
    length: Math.round(seconds * RATE),
    sampleRate: RATE,
  })
  const view = new Proxy(ctx, {
    get(target, key) {
      if (key === 'state') return 'running'
      const v = Reflect.get(target, key, target) as unknown
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
    },
  })
  return { ctx, view: view as unknown as BaseAudioContext }
}

describe('createServerVoice', () => {
  it('plays the line through the destination with a soft start and end (no click), then resolves', async () => {
    const { ctx, view } = runningOffline(1)
    const fallback = fakeFallback()
    const voice = createServerVoice({
      ctx: view,
      destination: ctx.destination as unknown as AudioNode,
      fetchLine: () => Promise.resolve(lineBytes(0.4)),
      fallback: () => fallback.voice,
    })
    const done = voice.speak('Breathe in')
    // Let the fetch and decode settle before rendering starts.
    await vi.waitFor(() => expect(voice.stats.served).toBe(1))
    const out = (await ctx.startRendering()).getChannelData(0)
    await done
    expect(fallback.spoken).toEqual([])
    // Counted by the context's clock: the whole 0.4 s line ran.
    expect(voice.stats.playedSeconds).toBeCloseTo(0.4, 2)
    let peak = 0
    let step = 0
    for (let i = 1; i < out.length; i++) {
      peak = Math.max(peak, Math.abs(out[i]!))
      step = Math.max(step, Math.abs(out[i]! - out[i - 1]!))
    }
    expect(peak).toBeGreaterThan(0.3)
    // A 220 Hz tone at 0.5 moves at most ~0.016 per sample; a click would jump by ~0.4.
    expect(step).toBeLessThan(0.03)
    expect(Math.abs(out[0]!)).toBeLessThan(1e-4)
    // The fade-in is still rising a few ms in; silence again after the line.
    const at = (s: number) => Math.abs(out[Math.round(s * RATE)]!)
    expect(at(0.02 + VOICE_FADE_IN / 4)).toBeLessThan(0.3)
    expect(at(0.6)).toBeLessThan(1e-4)
  })

  it('falls back to the device voice when the server fails, and stops asking after three failures', async () => {
    const { ctx, view } = runningOffline(0.1)
    const fallback = fakeFallback()
    const fetchLine = vi.fn(() => Promise.reject(new Error('speech 502')))
    const voice = createServerVoice({
      ctx: view,
      destination: ctx.destination as unknown as AudioNode,
      fetchLine,
      fallback: () => fallback.voice,
      log: () => {},
    })
    for (const line of ['one', 'two', 'three', 'four']) await voice.speak(line)
    expect(fallback.spoken).toEqual(['one', 'two', 'three', 'four'])
    expect(fetchLine).toHaveBeenCalledTimes(3)
    expect(voice.stats.fellBack).toBe(4)
  })

  it('undecodable bytes and a suspended context fall back too (captions never depend on it)', async () => {
    const { ctx, view } = runningOffline(0.1)
    const fallback = fakeFallback()
    const voice = createServerVoice({
      ctx: view,
      destination: ctx.destination as unknown as AudioNode,
      fetchLine: () => Promise.resolve(new Uint8Array([0xff, 0xfb, 1, 2, 3]).buffer),
      fallback: () => fallback.voice,
      log: () => {},
    })
    await voice.speak('Hold')
    expect(fallback.spoken).toEqual(['Hold'])
    const suspended = new OfflineAudioContext({ numberOfChannels: 1, length: 100, sampleRate: RATE })
    const fetchLine = vi.fn(() => Promise.resolve(lineBytes()))
    const quiet = createServerVoice({
      ctx: suspended as unknown as BaseAudioContext,
      destination: suspended.destination as unknown as AudioNode,
      fetchLine,
      fallback: () => fallback.voice,
    })
    await quiet.speak('Breathe out')
    expect(fallback.spoken).toEqual(['Hold', 'Breathe out'])
    expect(fetchLine).not.toHaveBeenCalled()
  })

  it('caches per line, prefetches ahead, and cancel() settles the line at once', async () => {
    const { ctx, view } = runningOffline(2)
    const fallback = fakeFallback()
    const fetchLine = vi.fn((text: string) => Promise.resolve(lineBytes(text === 'long' ? 1.5 : 0.2)))
    const voice = createServerVoice({
      ctx: view,
      destination: ctx.destination as unknown as AudioNode,
      fetchLine,
      fallback: () => fallback.voice,
    })
    voice.prefetch(['long', 'Breathe in', 'long'])
    expect(fetchLine).toHaveBeenCalledTimes(2)
    const speaking = voice.speak('long')
    await vi.waitFor(() => expect(voice.stats.served).toBe(1))
    expect(fetchLine).toHaveBeenCalledTimes(2)
    let settled = false
    void speaking.then(() => (settled = true))
    voice.cancel()
    // Settled by cancel itself: nothing renders yet, so the line could not have ended on its own.
    await vi.waitFor(() => expect(settled).toBe(true), { timeout: 200, interval: 5 })
    expect(voice.stats.cancelled).toBe(1)
    // Cut before the context's clock moved: nothing of it counts as played.
    expect(voice.stats.playedSeconds).toBe(0)
    expect(fallback.cancels()).toBeGreaterThan(0)
    // The cancelled line fades out within a fraction of a second instead of playing its 1.5 s.
    const out = (await ctx.startRendering()).getChannelData(0)
    let tail = 0
    for (let i = Math.round(0.5 * RATE); i < out.length; i++) tail = Math.max(tail, Math.abs(out[i]!))
    expect(tail).toBeLessThan(1e-4)
  })
})

describe('upcomingLines', () => {
  const timeline = (input: unknown) => {
    const parsed = parseExerciseStart(input)
    if (!parsed.ok) throw new Error(parsed.problem)
    return buildTimeline(parsed.start)
  }

  it('names the next lines in order, without repeats, from any point', () => {
    const t = timeline({ id: 'grounding', options: {} })
    const all = t.steps.flatMap((s) => s.lines.map((l) => ({ at: s.start + l.at, text: l.text })))
    expect(upcomingLines(t, -1, 2)).toEqual(
      [all[0]!.text, all[1]!.text].filter((x, i, a) => a.indexOf(x) === i),
    )
    const mid = all[3]!
    expect(upcomingLines(t, mid.at, 1)).toEqual([all[4]!.text])
    expect(upcomingLines(t, t.duration + 1)).toEqual([])
  })

  it('a breathing exercise fetches its phase words once, before the breaths begin', () => {
    const t = timeline({ id: 'breathing-box', options: {} })
    const breathe = t.steps.find((s) => s.breath)!
    const words = upcomingLines(t, breathe.start - 0.01, 5)
    expect(words).toContain('Breathe in')
    expect(words).toContain('Breathe out')
    expect(new Set(words).size).toBe(words.length)
  })
})
