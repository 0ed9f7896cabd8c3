/** Colour helpers for recipes. Colours are sRGB triples in [0, 1] (what the painter mixes in). */
export type Rgb = [number, number, number]

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v))

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1, 7), 16)
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255]
}

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]
}

export function luma(c: Rgb): number {
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
}

/** Scale saturation around the colour's own luma (s < 1 greys it, s > 1 enriches it). */
export function saturate(c: Rgb, s: number): Rgb {
  const l = luma(c)
  return [l + (c[0] - l) * s, l + (c[1] - l) * s, l + (c[2] - l) * s]
}

/** Multiply brightness, keeping hue. */
export function shade(c: Rgb, k: number): Rgb {
  return [c[0] * k, c[1] * k, c[2] * k]
}

/** Keep values away from pure black and pure white (docs/ART.md), and round so recipes stay small and exact. */
export function finish(c: Rgb, lo = 0.04, hi = 0.97): Rgb {
  const f = (v: number): number => Math.round((lo + (hi - lo) * clamp01(v)) * 10000) / 10000
  return [f(c[0]), f(c[1]), f(c[2])]
}

/** Hue in [0, 1) and saturation (HSV-style chroma / max) of a colour. */
export function hueSat(c: Rgb): { hue: number; sat: number } {
  const max = Math.max(...c)
  const min = Math.min(...c)
  const d = max - min
  if (d < 1e-6) return { hue: 0, sat: 0 }
  let h: number
  if (max === c[0]) h = ((c[1] - c[2]) / d + 6) % 6
  else if (max === c[1]) h = (c[2] - c[0]) / d + 2
  else h = (c[0] - c[1]) / d + 4
  return { hue: h / 6, sat: max === 0 ? 0 : d / max }
}

/** Shortest distance between two hues on the colour wheel, in [0, 0.5]. */
export function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 1
  return Math.min(d, 1 - d)
}
