// Bounded palette changes: each moves every colour a fixed share of the way toward a target, so repeating a
// choice converges (it never runs off the colour wheel or out of #rrggbb).

type Rgb = [number, number, number]

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v))

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1, 7), 16)
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255]
}

export function rgbToHex(c: Rgb): string {
  const h = (v: number) =>
    Math.round(clamp01(v) * 255)
      .toString(16)
      .padStart(2, '0')
  return `#${h(c[0])}${h(c[1])}${h(c[2])}`
}

export function luma(c: Rgb): number {
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
}

/** Chroma: how far a colour is from grey (0 … 1). */
export function chroma(c: Rgb): number {
  return Math.max(...c) - Math.min(...c)
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]

/** Soft amber and soft sky blue: the warm and cool ends (docs/ART.md: never a pure, loud hue). */
const AMBER: Rgb = hexToRgb('#f0b070')
const SKY: Rgb = hexToRgb('#7fa8cf')
/** A warm paper white: "brighter" lifts toward it rather than toward a cold #fff. */
const PAPER: Rgb = hexToRgb('#fbf5ea')
/** Brighter never goes past this luma: docs/ART.md keeps values away from pure white. */
const MAX_LUMA = 0.93

export const WARM_STEP = 0.22
export const COOL_STEP = 0.22
export const BRIGHT_STEP = 0.2
export const SOFT_STEP = 0.25

function mapPalette(palette: readonly string[], f: (c: Rgb) => Rgb): string[] {
  return palette.map((hex) => rgbToHex(f(hexToRgb(hex))))
}

export const warmerPalette = (p: readonly string[]) => mapPalette(p, (c) => mix(c, AMBER, WARM_STEP))
export const coolerPalette = (p: readonly string[]) => mapPalette(p, (c) => mix(c, SKY, COOL_STEP))

export function brighterPalette(p: readonly string[], step = BRIGHT_STEP): string[] {
  return mapPalette(p, (c) => (luma(c) >= MAX_LUMA ? c : mix(c, PAPER, step)))
}

/** Softer: each colour loses a share of its chroma toward its own grey (same value, quieter colour). */
export function softerPalette(p: readonly string[]): string[] {
  return mapPalette(p, (c) => {
    const l = luma(c)
    return mix(c, [l, l, l], SOFT_STEP)
  })
}

/** Mean warmth (red over blue) of a palette: what "warmer" raises and "cooler" lowers. */
export function paletteWarmth(p: readonly string[]): number {
  return (
    p.reduce((s, hex) => {
      const c = hexToRgb(hex)
      return s + (c[0] - c[2])
    }, 0) / Math.max(1, p.length)
  )
}

export function paletteLuma(p: readonly string[]): number {
  return p.reduce((s, hex) => s + luma(hexToRgb(hex)), 0) / Math.max(1, p.length)
}

export function paletteChroma(p: readonly string[]): number {
  return p.reduce((s, hex) => s + chroma(hexToRgb(hex)), 0) / Math.max(1, p.length)
}
