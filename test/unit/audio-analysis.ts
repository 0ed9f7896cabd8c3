// Small signal measurements for the audio render tests (no dependencies): levels, spectrum, envelope.

export const db = (x: number) => 20 * Math.log10(Math.max(1e-12, x))

export function peak(channels: readonly Float32Array[]): number {
  let p = 0
  for (const c of channels) for (let i = 0; i < c.length; i++) p = Math.max(p, Math.abs(c[i]!))
  return p
}

export function rms(channels: readonly Float32Array[], from = 0, to?: number): number {
  let s = 0
  let n = 0
  for (const c of channels) {
    const end = Math.min(c.length, to ?? c.length)
    for (let i = Math.max(0, from); i < end; i++) {
      s += c[i]! * c[i]!
      n++
    }
  }
  return Math.sqrt(s / Math.max(1, n))
}

/** In-place radix-2 FFT; returns the magnitude spectrum of the first n/2 bins. */
export function magnitudes(frame: Float32Array): Float64Array {
  const n = frame.length
  const re = new Float64Array(n)
  const im = new Float64Array(n)
  for (let i = 0; i < n; i++) re[i] = frame[i]! * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1)))
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1
    for (; j & bit; bit >>= 1) j ^= bit
    j ^= bit
    if (i < j) {
      ;[re[i], re[j]] = [re[j]!, re[i]!]
      ;[im[i], im[j]] = [im[j]!, im[i]!]
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const a = (-2 * Math.PI) / len
    for (let i = 0; i < n; i += len)
      for (let k = 0; k < len / 2; k++) {
        const wr = Math.cos(a * k)
        const wi = Math.sin(a * k)
        const xr = re[i + k + len / 2]! * wr - im[i + k + len / 2]! * wi
        const xi = re[i + k + len / 2]! * wi + im[i + k + len / 2]! * wr
        re[i + k + len / 2] = re[i + k]! - xr
        im[i + k + len / 2] = im[i + k]! - xi
        re[i + k] = re[i + k]! + xr
        im[i + k] = im[i + k]! + xi
      }
  }
  const out = new Float64Array(n / 2)
  for (let i = 0; i < n / 2; i++) out[i] = Math.hypot(re[i]!, im[i]!)
  return out
}

/** Average power spectrum over frames of `size` samples (mono, first channel). */
export function powerSpectrum(x: Float32Array, size = 4096, hop = 4096): Float64Array {
  const acc = new Float64Array(size / 2)
  let frames = 0
  for (let at = 0; at + size <= x.length; at += hop) {
    const m = magnitudes(x.slice(at, at + size))
    for (let i = 0; i < m.length; i++) acc[i] = acc[i]! + m[i]! * m[i]!
    frames++
  }
  for (let i = 0; i < acc.length; i++) acc[i] = acc[i]! / Math.max(1, frames)
  return acc
}

export function spectralCentroid(x: Float32Array, sampleRate: number): number {
  const p = powerSpectrum(x)
  const binHz = sampleRate / (p.length * 2)
  let num = 0
  let den = 0
  for (let i = 1; i < p.length; i++) {
    num += i * binHz * p[i]!
    den += p[i]!
  }
  return num / den
}

/** Share of the power between lo and hi Hz. */
export function bandShare(x: Float32Array, sampleRate: number, lo: number, hi: number): number {
  const p = powerSpectrum(x)
  const binHz = sampleRate / (p.length * 2)
  let band = 0
  let all = 0
  for (let i = 1; i < p.length; i++) {
    all += p[i]!
    if (i * binHz >= lo && i * binHz <= hi) band += p[i]!
  }
  return band / all
}

/** RMS envelope in frames of `frameSeconds`. */
export function envelope(x: Float32Array, sampleRate: number, frameSeconds = 0.1): Float64Array {
  const n = Math.floor(sampleRate * frameSeconds)
  const out = new Float64Array(Math.floor(x.length / n))
  for (let f = 0; f < out.length; f++) {
    let s = 0
    for (let i = f * n; i < (f + 1) * n; i++) s += x[i]! * x[i]!
    out[f] = Math.sqrt(s / n)
  }
  return out
}

/** The strongest normalised autocorrelation of the envelope for periods between lo and hi seconds. */
export function envelopePeriodicity(x: Float32Array, sampleRate: number, lo: number, hi: number) {
  const frame = 0.1
  const e = envelope(x, sampleRate, frame)
  const mean = e.reduce((s, v) => s + v, 0) / e.length
  const d = e.map((v) => v - mean)
  const var0 = d.reduce((s, v) => s + v * v, 0)
  let best = -1
  let at = 0
  for (let lag = Math.round(lo / frame); lag <= Math.round(hi / frame); lag++) {
    let s = 0
    for (let i = 0; i + lag < d.length; i++) s += d[i]! * d[i + lag]!
    const r = (s / var0) * (d.length / (d.length - lag))
    if (r > best) {
      best = r
      at = lag * frame
    }
  }
  return { strength: best, period: at }
}

/** Modulation depth of the envelope: spread of frame levels in dB (90th − 10th percentile). */
export function envelopeDepthDb(x: Float32Array, sampleRate: number): number {
  const e = [...envelope(x, sampleRate, 0.25)].map(db).sort((a, b) => a - b)
  return e[Math.floor(e.length * 0.9)]! - e[Math.floor(e.length * 0.1)]!
}
