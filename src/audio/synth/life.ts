// Creatures: birdsong and crickets, written as envelopes on oscillators.
import { chain, emptyBuffer, filter, gain, source } from './kit'
import type { Rng, SynthContext } from './kit'

function note(
  ctx: BaseAudioContext,
  out: AudioNode,
  at: number,
  len: number,
  from: number,
  to: number,
  amp: number,
) {
  const o = ctx.createOscillator()
  o.frequency.setValueAtTime(from, at)
  o.frequency.exponentialRampToValueAtTime(to, at + len)
  const g = ctx.createGain()
  g.gain.setValueAtTime(0, at)
  g.gain.linearRampToValueAtTime(amp, at + Math.min(0.012, len / 3))
  g.gain.setTargetAtTime(0, at + len * 0.6, len / 5)
  o.start(at)
  o.stop(at + len * 1.6)
  chain(o, g, out)
}

function warbler(ctx: BaseAudioContext, out: AudioNode, seconds: number, rng: Rng) {
  for (let t = 0.5 + rng() * 2; t < seconds - 2; t += 3 + rng() * 6) {
    let at = t
    const base = 2600 + rng() * 2600
    for (let k = 0, n = 4 + Math.floor(rng() * 5); k < n; k++) {
      const len = 0.05 + rng() * 0.1
      const from = base * (0.85 + rng() * 0.3)
      const to = from * (rng() < 0.5 ? 0.75 + rng() * 0.2 : 1.1 + rng() * 0.3)
      note(ctx, out, at, len, Math.min(6000, from), Math.min(6200, to), 0.25 + 0.2 * rng())
      at += len + 0.03 + rng() * 0.07
    }
  }
}

/** A distant two-note whistle ("fee-bee"), fewer and softer. */
function whistler(ctx: BaseAudioContext, out: AudioNode, seconds: number, rng: Rng) {
  for (let t = 2 + rng() * 4; t < seconds - 2; t += 7 + rng() * 7) {
    const hi = 3100 + rng() * 300
    note(ctx, out, t, 0.32, hi, hi * 0.98, 0.12)
    note(ctx, out, t + 0.42, 0.38, hi * 0.82, hi * 0.8, 0.1)
  }
}

export function birds({ ctx, out, seconds, rng }: SynthContext) {
  const bus = gain(ctx, 1)
  // A short, quiet echo from the trees around.
  const echo = ctx.createDelay(0.5)
  echo.delayTime.value = 0.11
  chain(bus, filter(ctx, 'lowpass', 7000), out)
  chain(bus, echo, filter(ctx, 'lowpass', 4000), gain(ctx, 0.18), out)
  warbler(ctx, bus, seconds, rng)
  whistler(ctx, bus, seconds, rng)
}

export function crickets({ ctx, out, seconds, rng }: SynthContext) {
  // Two crickets per ear: a chirp every 0.5–0.8 s of three or four quick pulses at ~30 per second.
  for (let c = 0; c < 2; c++) {
    const o = ctx.createOscillator()
    o.frequency.value = 4200 + rng() * 700
    o.start(0)
    const b = emptyBuffer(ctx, seconds)
    const d = b.getChannelData(0)
    const sr = ctx.sampleRate
    const period = 0.5 + rng() * 0.3
    const amp = c === 0 ? 1 : 0.5
    for (let t = rng() * period; t < seconds; t += period * (0.97 + 0.06 * rng())) {
      const pulses = 3 + (rng() < 0.5 ? 1 : 0)
      for (let p = 0; p < pulses; p++) {
        const at = Math.floor((t + p * 0.033) * sr)
        const len = Math.floor(0.018 * sr)
        for (let i = 0; i < len && at + i < d.length; i++)
          d[at + i] = amp * Math.sin((Math.PI * i) / len) ** 2
      }
    }
    const vca = gain(ctx, 0)
    source(ctx, b).connect(vca.gain)
    chain(o, vca, gain(ctx, 0.5), out)
  }
}
