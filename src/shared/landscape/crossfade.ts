import type { LandscapeLook } from './types'

/** Crossfades last this long (docs/ART.md asks for glides, WCAG 2.3.1 for no flashing): within 1–3 s. */
export const CROSSFADE_SECONDS = 2.2

/** Smooth in and out, so a glide starts and ends without a visible kink. */
export function easeInOut(t: number): number {
  const c = Math.min(1, Math.max(0, t))
  return c * c * (3 - 2 * c)
}

type Blendable = number | Blendable[] | { [key: string]: Blendable }

function blendValue(a: Blendable, b: Blendable, t: number, out: Blendable | undefined): Blendable {
  if (typeof a === 'number' && typeof b === 'number') return a + (b - a) * t
  if (Array.isArray(a) && Array.isArray(b)) {
    const target = (Array.isArray(out) ? out : []) as Blendable[]
    for (let i = 0; i < a.length; i++) target[i] = blendValue(a[i]!, b[i] ?? a[i]!, t, target[i])
    return target
  }
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const target = (out && typeof out === 'object' && !Array.isArray(out) ? out : {}) as Record<
      string,
      Blendable
    >
    for (const key of Object.keys(a)) target[key] = blendValue(a[key]!, b[key] ?? a[key]!, t, target[key])
    return target
  }
  throw new Error('crossfade: mismatched values')
}

/**
 * Blend two looks: t = 0 gives `a`, 1 gives `b`. Writes into `out` when given, so a frame loop can blend every
 * frame without allocating. Directions are re-normalised; everything else is linear.
 */
export function crossfade(a: LandscapeLook, b: LandscapeLook, t: number, out?: LandscapeLook): LandscapeLook {
  const k = Math.min(1, Math.max(0, t))
  const r = blendValue(
    a as unknown as Blendable,
    b as unknown as Blendable,
    k,
    out as unknown as Blendable | undefined,
  ) as unknown as LandscapeLook
  const d = r.sunDirection
  const len = Math.hypot(d[0], d[1], d[2])
  if (len < 1e-4) {
    // Opposite directions cancel half-way: take the higher one rather than a zero vector.
    const pick = a.sunDirection[1] >= b.sunDirection[1] ? a.sunDirection : b.sunDirection
    d[0] = pick[0]
    d[1] = pick[1]
    d[2] = pick[2]
  } else {
    d[0] /= len
    d[1] /= len
    d[2] /= len
  }
  return r
}

/** A copy that `crossfade` can write into. */
export function cloneLook(look: LandscapeLook): LandscapeLook {
  return structuredClone(look)
}

const hash = (n: number, seed: number): number => {
  let h = (Math.imul(n, 0x8da6b343) + seed) >>> 0
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d) >>> 0
  h ^= h >>> 12
  return (h >>> 8) / 16777216
}

/** Lightning comes at most once in each window of this many seconds. */
export const LIGHTNING_WINDOW_S = 9

/**
 * The glow (0…1) of distant lightning at `time` seconds: at most one soft pulse per 9 s window, some windows
 * quiet. Each pulse rises over ~0.25 s and dies away over ~1.5 s, far below the 3 flashes a second of WCAG 2.3.1.
 */
export function lightningGlow(time: number, seed = 0): number {
  const w = Math.floor(time / LIGHTNING_WINDOW_S)
  if (hash(w, seed) < 0.3) return 0
  const at = w * LIGHTNING_WINDOW_S + 1 + hash(w + 7919, seed) * (LIGHTNING_WINDOW_S - 4)
  const dt = time - at
  if (dt < 0) return 0
  if (dt < 0.25) return Math.sin((dt / 0.25) * (Math.PI / 2)) ** 2
  return Math.exp(-(dt - 0.25) / 0.5) * (dt < 3 ? 1 : 0)
}

/**
 * Flashes per second, WCAG 2.3.1 style: a flash is a rise of at least `threshold` followed by a fall of at least
 * `threshold` (in the samples' own units, e.g. relative luminance 0…1). Returns the most flashes found in any
 * one-second window of `samples`, taken `dt` seconds apart.
 */
export function flashRate(samples: readonly number[], dt: number, threshold = 0.1): number {
  const flashes: number[] = []
  let low = samples[0] ?? 0
  let high = low
  let rising = true
  for (let i = 1; i < samples.length; i++) {
    const v = samples[i]!
    if (rising) {
      low = Math.min(low, v)
      if (v - low >= threshold) {
        rising = false
        high = v
      }
    } else {
      high = Math.max(high, v)
      if (high - v >= threshold) {
        flashes.push(i * dt)
        rising = true
        low = v
      }
    }
  }
  let most = 0
  for (let i = 0, j = 0; i < flashes.length; i++) {
    while (flashes[i]! - flashes[j]! >= 1) j++
    most = Math.max(most, i - j + 1)
  }
  return most
}
