// A fire in the hearth: the low breath of the flames and a few quiet crackles. Kept soft on purpose: crackles are
// short, low-passed ticks in loose clusters, never a pop or a snap that could startle.
import { addPing, automate, chain, curve, drift, emptyBuffer, filter, gain, noise, source } from './kit'
import type { SynthContext } from './kit'

export function hearth({ ctx, out, seconds, rng }: SynthContext) {
  const breath = gain(ctx, 0.5)
  const slow = drift(rng, seconds, 2, 6)
  automate(
    breath.gain,
    curve(seconds, 20, (t) => 0.4 + 0.2 * slow(t)),
    seconds,
  )
  chain(noise(ctx, seconds, rng, 'brown'), filter(ctx, 'lowpass', 320), breath, out)
  // A faint hiss of burning wood above the breath.
  chain(noise(ctx, seconds, rng, 'pink'), filter(ctx, 'bandpass', 900, 0.7), gain(ctx, 0.05), out)
  const b = emptyBuffer(ctx, seconds)
  const d = b.getChannelData(0)
  for (let t = 0.3 + rng(); t < seconds - 0.3; t += 0.35 + rng() * 1.4) {
    for (let k = 0, n = 1 + Math.floor(rng() * 3); k < n; k++) {
      const at = Math.floor((t + k * (0.02 + 0.07 * rng())) * ctx.sampleRate)
      const amp = 0.06 + 0.22 * rng() ** 2
      if (at < d.length) addPing(d, ctx.sampleRate, at, 900 + 1600 * rng(), 0.002 + 0.004 * rng(), amp)
    }
  }
  chain(source(ctx, b), filter(ctx, 'lowpass', 2400), gain(ctx, 0.8), out)
}
