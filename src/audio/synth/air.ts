// Air: wind, rustling leaves, and the tonal pad.
import { automate, chain, curve, drift, emptyBuffer, filter, gain, noise, source } from './kit'
import type { SynthContext } from './kit'

export function wind({ ctx, out, seconds, rng }: SynthContext) {
  const gust = drift(rng, seconds, 3, 8)
  const tone = drift(rng, seconds, 4, 10)
  const band = filter(ctx, 'bandpass', 400, 0.8)
  automate(
    band.frequency,
    curve(seconds, 30, (t) => 220 + 520 * (0.6 * gust(t) + 0.4 * tone(t))),
    seconds,
  )
  const level = gain(ctx, 0)
  automate(
    level.gain,
    curve(seconds, 30, (t) => 0.25 + 0.75 * gust(t) ** 1.5),
    seconds,
  )
  chain(noise(ctx, seconds, rng, 'pink'), band, level, out)
  // A faint whistle riding the strongest gusts.
  const whistle = filter(ctx, 'bandpass', 800, 14)
  automate(
    whistle.frequency,
    curve(seconds, 30, (t) => 650 + 400 * tone(t)),
    seconds,
  )
  const wg = gain(ctx, 0)
  automate(
    wg.gain,
    curve(seconds, 30, (t) => 0.25 * gust(t) ** 3),
    seconds,
  )
  chain(noise(ctx, seconds, rng), whistle, wg, out)
}

export function leaves({ ctx, out, seconds, rng }: SynthContext) {
  // Rustle: a dense crackle of tiny grains whose density follows the gusts through the branches.
  const gust = drift(rng, seconds, 2, 6)
  const b = emptyBuffer(ctx, seconds)
  const d = b.getChannelData(0)
  const sr = ctx.sampleRate
  for (let t = 0; t < seconds;) {
    const g = gust(t)
    t += 0.004 + (0.06 * (1 - g) ** 2 + 0.002) * rng() * 2
    const at = Math.floor(t * sr)
    const len = Math.floor((0.004 + 0.02 * rng()) * sr)
    const amp = (0.2 + 0.8 * rng()) * (0.15 + 0.85 * g)
    for (let i = 0; i < len && at + i < d.length; i++)
      d[at + i] = d[at + i]! + amp * Math.sin((Math.PI * i) / len) ** 2
  }
  const envelope = source(ctx, b)
  const vca = gain(ctx, 0)
  envelope.connect(vca.gain)
  chain(noise(ctx, seconds, rng), filter(ctx, 'highpass', 1600), filter(ctx, 'lowpass', 7500), vca, out)
}

export function pad({ ctx, out, seconds, rng, pad: p }: SynthContext) {
  const lowpass = filter(ctx, 'lowpass', 300 + 1800 * p.brightness, 0.5)
  const sum = gain(ctx, 0.25)
  chain(sum, lowpass, out)
  p.chord.forEach((semi, i) => {
    const hz = p.rootHz * 2 ** (semi / 12)
    const voice = gain(ctx, 0)
    // Each voice swells on its own slow breath; together they never pulse in step.
    const swell = drift(rng, seconds, 6, 14)
    const level = (i === 0 ? 1 : 0.7) / (1 + i * 0.25)
    automate(
      voice.gain,
      curve(seconds, 20, (t) => level * (0.35 + 0.65 * swell(t))),
      seconds,
    )
    for (const cents of [-4, 4]) {
      const o = ctx.createOscillator()
      o.type = i === 0 ? 'sine' : 'triangle'
      o.frequency.value = hz
      o.detune.value = cents + (rng() - 0.5) * 2
      o.start(0)
      o.connect(voice)
    }
    voice.connect(sum)
  })
}
