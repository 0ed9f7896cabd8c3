// Renders one sound layer into a seamless loop with an OfflineAudioContext. Runs in the browser and in Node
// (node-web-audio-api): the OfflineAudioContext constructor is passed in, nothing touches the DOM.
import { LAYER_INFO, type LayerId, type PadParams } from '../shared/soundscape'
import { birds, crickets } from './synth/life'
import { leaves, pad, wind } from './synth/air'
import { createRng, type SynthContext } from './synth/kit'
import { hearth } from './synth/hearth'
import { rain, rainRoof, stream, underwater, waves } from './synth/water'

export type OfflineContextCtor = new (
  channels: number,
  length: number,
  sampleRate: number,
) => OfflineAudioContext

const SYNTHS: Record<LayerId, (s: SynthContext) => void> = {
  waves,
  wind,
  rain,
  'rain-roof': rainRoof,
  stream,
  birds,
  crickets,
  leaves,
  underwater,
  hearth,
  pad,
}

/** Loudness each loop is normalised to (RMS, dBFS): sparse layers (birds, crickets) sit lower. */
const TARGET_RMS_DB: Record<LayerId, number> = {
  waves: -18,
  wind: -20,
  rain: -21,
  'rain-roof': -21,
  stream: -21,
  birds: -25,
  crickets: -27,
  leaves: -23,
  underwater: -19,
  hearth: -25,
  pad: -20,
}
/**
 * Render rates: each layer only as high as its content needs (docs/ART.md: highs gentle). 16 kHz carries everything
 * below 8 kHz (waves, wind, birds, crickets, the pad…); rain and leaves keep their air at 24 kHz. Lower rates
 * render faster and take less memory on a headset.
 */
const SAMPLE_RATES: Record<LayerId, number> = {
  waves: 16000,
  wind: 16000,
  rain: 24000,
  'rain-roof': 16000,
  stream: 16000,
  birds: 16000,
  crickets: 16000,
  leaves: 24000,
  underwater: 16000,
  hearth: 16000,
  pad: 16000,
}

/** No loop peaks above this (dBFS) on its own; the master limiter handles the sum. */
export const LOOP_PEAK_DB = -3

export const DEFAULT_PAD: PadParams = { rootHz: 110, chord: [0, 7, 16, 26], brightness: 0.45 }

export type RenderOptions = {
  /** Loop length in seconds. @default the layer's LAYER_INFO.loopSeconds */
  seconds?: number
  /** @default 16000 or 24000 by layer (see SAMPLE_RATES) */
  sampleRate?: number
  /** @default 1 */
  seed?: number
  pad?: PadParams
  /** Seconds at the loop boundary blended into the start. @default 3 (waves 6) */
  crossfade?: number
}

export type Loop = { id: LayerId; sampleRate: number; channels: Float32Array<ArrayBuffer>[]; seconds: number }

/**
 * Renders `seconds + crossfade`, then blends the extra tail into the head with an equal-power crossfade: the
 * last sample of the loop leads straight into what followed it in the render, so the boundary has no seam.
 */
export async function renderLayer(
  Offline: OfflineContextCtor,
  id: LayerId,
  options: RenderOptions = {},
): Promise<Loop> {
  const info = LAYER_INFO[id]
  const seconds = options.seconds ?? info.loopSeconds
  const sampleRate = options.sampleRate ?? SAMPLE_RATES[id]
  const crossfade = Math.min(seconds / 3, options.crossfade ?? (id === 'waves' ? 6 : 3))
  const total = seconds + crossfade
  const ctx = new Offline(1, Math.ceil(total * sampleRate), sampleRate)
  const rng = createRng((options.seed ?? 1) * 7919 + id.length * 104729 + id.charCodeAt(0))
  SYNTHS[id]({ ctx, out: ctx.destination, seconds: total, rng, pad: options.pad ?? DEFAULT_PAD })
  const rendered = await ctx.startRendering()
  const n = Math.round(seconds * sampleRate)
  const x = Math.round(crossfade * sampleRate)
  const a = rendered.getChannelData(0)
  const loop = new Float32Array(n)
  loop.set(a.subarray(0, n))
  for (let i = 0; i < x; i++) {
    const f = (i / x) * (Math.PI / 2)
    loop[i] = a[i]! * Math.sin(f) + a[n + i]! * Math.cos(f)
  }
  const out = [loop]
  if (info.kind === 'bed') {
    // A bed surrounds the listener: the other ear hears the same loop half a loop later. A circular shift keeps
    // the loop seamless and is uncorrelated enough to sound wide, at no extra rendering cost.
    const right = new Float32Array(n)
    const half = Math.floor(n / 2)
    right.set(loop.subarray(half))
    right.set(loop.subarray(0, half), n - half)
    out.push(right)
  }
  normalise(out, TARGET_RMS_DB[id], LOOP_PEAK_DB)
  return { id, sampleRate, channels: out, seconds }
}

function normalise(channels: Float32Array[], rmsDb: number, peakDb: number) {
  let sum = 0
  let count = 0
  let peak = 0
  for (const ch of channels)
    for (let i = 0; i < ch.length; i++) {
      const v = ch[i]!
      sum += v * v
      peak = Math.max(peak, Math.abs(v))
    }
  count = channels.reduce((s, c) => s + c.length, 0)
  const rms = Math.sqrt(sum / Math.max(1, count))
  if (!(rms > 0)) return
  const scale = Math.min(10 ** (rmsDb / 20) / rms, 10 ** (peakDb / 20) / peak)
  for (const ch of channels) for (let i = 0; i < ch.length; i++) ch[i] = ch[i]! * scale
}
