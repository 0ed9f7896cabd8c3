// Water: ocean waves, a stream, rain in the open and on a roof, and the hum under the surface.
import { addPing, automate, chain, curve, drift, emptyBuffer, filter, gain, noise, source } from './kit'
import type { SynthContext } from './kit'

/**
 * Irregular swells (8.5–10.5 s apart): a slow rise as the wave gathers, the break, then a long wash.
 * Returns 0…1 at time t.
 */
function swellEnvelope(rng: () => number, seconds: number) {
  const swells: Array<{ peak: number; amp: number; rise: number; fall: number }> = []
  for (let t = -6; t < seconds + 12; t += 8.5 + rng() * 2)
    swells.push({ peak: t, amp: 0.6 + 0.4 * rng(), rise: 2.6 + rng(), fall: 3.5 + 2 * rng() })
  return (t: number) => {
    let e = 0
    for (const s of swells) {
      const x = t - s.peak
      const v = x < 0 ? (x > -s.rise ? (1 + x / s.rise) ** 2 : 0) : Math.exp(-x / s.fall)
      e = Math.max(e, s.amp * v)
    }
    return e
  }
}

export function waves({ ctx, out, seconds, rng }: SynthContext) {
  const env = swellEnvelope(rng, seconds)
  const rate = 60
  // Body of the wave: deep noise that opens up as it breaks.
  const bodyFilter = filter(ctx, 'lowpass', 400, 0.5)
  const bodyGain = gain(ctx, 0)
  automate(
    bodyFilter.frequency,
    curve(seconds, rate, (t) => 220 + 1300 * env(t) ** 1.5),
    seconds,
  )
  automate(
    bodyGain.gain,
    curve(seconds, rate, (t) => 0.14 + 0.9 * env(t)),
    seconds,
  )
  chain(noise(ctx, seconds, rng, 'pink'), bodyFilter, bodyGain, out)
  // The hiss at the crest and the foam after it.
  const crest = filter(ctx, 'bandpass', 3200, 0.6)
  const crestGain = gain(ctx, 0)
  automate(
    crestGain.gain,
    curve(seconds, rate, (t) => 0.32 * env(t - 0.4) ** 3),
    seconds,
  )
  chain(noise(ctx, seconds, rng), crest, crestGain, out)
  const foam = filter(ctx, 'highpass', 1400, 0.5)
  const foamLow = filter(ctx, 'lowpass', 7000)
  const foamGain = gain(ctx, 0)
  automate(
    foamGain.gain,
    curve(seconds, rate, (t) => 0.08 * env(t - 1.2) ** 2),
    seconds,
  )
  chain(noise(ctx, seconds, rng), foam, foamLow, foamGain, out)
}

export function stream({ ctx, out, seconds, rng }: SynthContext) {
  const src = noise(ctx, seconds, rng)
  // Babbling: a few narrow resonances wandering quickly, like water over stones.
  for (let i = 0; i < 4; i++) {
    const f = filter(ctx, 'bandpass', 800, 5 + rng() * 4)
    const lo = 350 + i * 250
    const hi = lo + 1400
    const d = drift(rng, seconds, 0.06, 0.25)
    automate(
      f.frequency,
      curve(seconds, 100, (t) => lo + (hi - lo) * d(t)),
      seconds,
    )
    const g = gain(ctx, 0.7)
    const level = drift(rng, seconds, 0.5, 2)
    automate(
      g.gain,
      curve(seconds, 50, (t) => 0.45 + 0.55 * level(t)),
      seconds,
    )
    chain(src, f, g, out)
  }
  chain(noise(ctx, seconds, rng, 'brown'), filter(ctx, 'lowpass', 500), gain(ctx, 0.35), out)
  chain(
    noise(ctx, seconds, rng),
    filter(ctx, 'highpass', 3000),
    filter(ctx, 'lowpass', 8000),
    gain(ctx, 0.05),
    out,
  )
}

function drops(
  ctx: BaseAudioContext,
  seconds: number,
  rng: () => number,
  perSecond: number,
  minHz: number,
  maxHz: number,
  decay: [number, number],
) {
  const b = emptyBuffer(ctx, seconds)
  const d = b.getChannelData(0)
  const count = Math.floor(seconds * perSecond)
  for (let i = 0; i < count; i++) {
    const at = Math.floor(rng() * (d.length - 1))
    const amp = 0.05 + 0.35 * rng() ** 3
    const hz = minHz + (maxHz - minHz) * rng()
    addPing(d, ctx.sampleRate, at, hz, decay[0] + (decay[1] - decay[0]) * rng(), amp, 0.2 * rng())
  }
  return source(ctx, b)
}

export function rain({ ctx, out, seconds, rng }: SynthContext) {
  const wash = gain(ctx, 0.5)
  const level = drift(rng, seconds, 3, 8)
  automate(
    wash.gain,
    curve(seconds, 20, (t) => 0.42 + 0.12 * level(t)),
    seconds,
  )
  chain(noise(ctx, seconds, rng), filter(ctx, 'highpass', 1100), filter(ctx, 'lowpass', 8000), wash, out)
  chain(
    drops(ctx, seconds, rng, 140, 2500, 8000, [0.002, 0.006]),
    filter(ctx, 'highpass', 1500),
    gain(ctx, 0.8),
    out,
  )
}

export function rainRoof({ ctx, out, seconds, rng }: SynthContext) {
  chain(
    noise(ctx, seconds, rng, 'pink'),
    filter(ctx, 'lowpass', 2200),
    filter(ctx, 'highpass', 150),
    gain(ctx, 0.8),
    out,
  )
  chain(
    drops(ctx, seconds, rng, 90, 700, 2200, [0.008, 0.02]),
    filter(ctx, 'lowpass', 4000),
    gain(ctx, 0.9),
    out,
  )
  // An occasional heavier drip from the eaves.
  chain(drops(ctx, seconds, rng, 0.6, 900, 1500, [0.03, 0.05]), gain(ctx, 1.2), out)
}

export function underwater({ ctx, out, seconds, rng }: SynthContext) {
  const body = gain(ctx, 0.8)
  const slow = drift(rng, seconds, 5, 10)
  automate(
    body.gain,
    curve(seconds, 20, (t) => 0.55 + 0.45 * slow(t)),
    seconds,
  )
  chain(noise(ctx, seconds, rng, 'brown'), filter(ctx, 'lowpass', 170, 1.5), body, out)
  for (const [hz, level] of [
    [55, 0.05],
    [82.5, 0.025],
  ] as const) {
    const o = ctx.createOscillator()
    o.frequency.value = hz
    o.start(0)
    chain(o, gain(ctx, level), out)
  }
  // Bubbles rise in small clusters: a sine sweeping upward as the bubble shrinks.
  const b = emptyBuffer(ctx, seconds)
  const d = b.getChannelData(0)
  for (let t = rng() * 3; t < seconds; t += 2 + rng() * 4)
    for (let k = 0, n = 2 + Math.floor(rng() * 5); k < n; k++) {
      const at = Math.floor((t + k * (0.04 + 0.1 * rng())) * ctx.sampleRate)
      if (at < d.length) addPing(d, ctx.sampleRate, at, 350 + 600 * rng(), 0.012 + 0.02 * rng(), 0.25, 1.2)
    }
  chain(source(ctx, b), filter(ctx, 'lowpass', 1800), gain(ctx, 0.6), out)
}
