// Small building blocks shared by the layer synthesisers. Everything takes the context as a parameter so the
// same code renders in the browser and in Node (node-web-audio-api): no DOM, no globals.
import type { PadParams } from '../../shared/soundscape'

export type Rng = () => number

/** A seeded PRNG (mulberry32): the same seed always renders the same sound. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0 || 0x9e3779b9
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type SynthContext = {
  ctx: BaseAudioContext
  /** Where this voice goes: a mono input for point layers, one channel of a bed. */
  out: AudioNode
  seconds: number
  rng: Rng
  pad: PadParams
}

export type NoiseColour = 'white' | 'pink' | 'brown'

const whiteCache = new WeakMap<BaseAudioContext, AudioBuffer>()

/**
 * A noise source lasting `seconds`, started at 0. White noise is generated once per context and shared: later
 * voices read it from a random offset (looping), which decorrelates them at no cost — a wrap in white noise is
 * inaudible. Pink and brown are generated per voice (a wrap in them could be a step).
 */
export function noise(ctx: BaseAudioContext, seconds: number, rng: Rng, colour: NoiseColour = 'white') {
  if (colour === 'white') {
    const shared = whiteCache.get(ctx)
    if (shared && shared.duration >= seconds) {
      const s = ctx.createBufferSource()
      s.buffer = shared
      s.loop = true
      s.start(0, rng() * shared.duration)
      return s
    }
  }
  const n = Math.ceil(seconds * ctx.sampleRate)
  const buffer = ctx.createBuffer(1, n, ctx.sampleRate)
  const d = buffer.getChannelData(0)
  if (colour === 'white') {
    for (let i = 0; i < n; i++) d[i] = rng() * 2 - 1
    whiteCache.set(ctx, buffer)
  } else if (colour === 'brown') {
    let last = 0
    for (let i = 0; i < n; i++) {
      last = (last + 0.02 * (rng() * 2 - 1)) / 1.02
      d[i] = last * 3.5
    }
  } else {
    // Paul Kellet's economy pink filter.
    let b0 = 0
    let b1 = 0
    let b2 = 0
    for (let i = 0; i < n; i++) {
      const w = rng() * 2 - 1
      b0 = 0.99765 * b0 + w * 0.099046
      b1 = 0.963 * b1 + w * 0.2965164
      b2 = 0.57 * b2 + w * 1.0526913
      d[i] = (b0 + b1 + b2 + w * 0.1848) * 0.11
    }
  }
  return source(ctx, buffer)
}

export function source(ctx: BaseAudioContext, buffer: AudioBuffer): AudioBufferSourceNode {
  const s = ctx.createBufferSource()
  s.buffer = buffer
  s.start(0)
  return s
}

export function filter(ctx: BaseAudioContext, type: BiquadFilterType, frequency: number, q = 0.707) {
  const f = ctx.createBiquadFilter()
  f.type = type
  f.frequency.value = frequency
  f.Q.value = q
  return f
}

export function gain(ctx: BaseAudioContext, value: number): GainNode {
  const g = ctx.createGain()
  g.gain.value = value
  return g
}

/** Connects nodes in a row and returns the last. */
export function chain(...nodes: AudioNode[]): AudioNode {
  for (let i = 1; i < nodes.length; i++) nodes[i - 1]!.connect(nodes[i]!)
  return nodes[nodes.length - 1]!
}

/** Automation curve sampled at `rate` Hz over `seconds`: f(t) for each sample. */
export function curve(seconds: number, rate: number, f: (t: number) => number): Float32Array {
  const n = Math.max(2, Math.ceil(seconds * rate) + 1)
  const c = new Float32Array(n)
  for (let i = 0; i < n; i++) c[i] = f((i / (n - 1)) * seconds)
  return c
}

/**
 * Slow automation (gusts, swells, drifting filters). k-rate: once per 128-sample block is plenty for motion over
 * seconds, and it spares a filter from recomputing its coefficients every sample (5–10× faster renders).
 */
export function automate(param: AudioParam, values: Float32Array, seconds: number): void {
  try {
    param.automationRate = 'k-rate'
  } catch {
    // Some params refuse a different rate; they stay a-rate.
  }
  param.value = values[0]!
  param.setValueCurveAtTime(values, 0, seconds)
}

/**
 * Smooth random motion in 0…1: knots at random intervals between `minPeriod` and `maxPeriod` seconds joined by
 * cosine easing, so gusts and drifts never jump.
 */
export function drift(
  rng: Rng,
  seconds: number,
  minPeriod: number,
  maxPeriod: number,
): (t: number) => number {
  const times: number[] = [0]
  const values: number[] = [rng()]
  while (times[times.length - 1]! < seconds + maxPeriod) {
    times.push(times[times.length - 1]! + minPeriod + rng() * (maxPeriod - minPeriod))
    values.push(rng())
  }
  let k = 0
  return (t) => {
    if (t < times[k]!) k = 0
    while (times[k + 1]! <= t) k++
    const a = times[k]!
    const b = times[k + 1]!
    const x = (t - a) / (b - a)
    const e = 0.5 - 0.5 * Math.cos(Math.PI * x)
    return values[k]! + (values[k + 1]! - values[k]!) * e
  }
}

/** A mono buffer the caller fills sample by sample (for events cheaper to write than to wire: drops, bubbles). */
export function emptyBuffer(ctx: BaseAudioContext, seconds: number): AudioBuffer {
  return ctx.createBuffer(1, Math.ceil(seconds * ctx.sampleRate), ctx.sampleRate)
}

/** Adds a decaying sine "ping" (a drop, a tap) into `d` at sample `at`. */
export function addPing(
  d: Float32Array,
  sampleRate: number,
  at: number,
  hz: number,
  decaySeconds: number,
  amp: number,
  sweep = 0,
) {
  // Four time constants (−35 dB) is quiet enough to stop; the decay is a running product, not exp() per sample.
  const len = Math.min(d.length - at, Math.ceil(decaySeconds * 4 * sampleRate))
  const fall = Math.exp(-1 / (decaySeconds * sampleRate))
  const attackLen = 0.0015 * sampleRate
  const w = (2 * Math.PI * hz) / sampleRate
  const dw = (w * sweep) / Math.max(1, len)
  let phase = 0
  let env = amp
  for (let i = 0; i < len; i++) {
    phase += w + dw * i
    d[at + i] = d[at + i]! + (i < attackLen ? i / attackLen : 1) * env * Math.sin(phase)
    env *= fall
  }
}
