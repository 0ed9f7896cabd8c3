/**
 * WCAG 2.x contrast, for checking the palette: relative luminance of an sRGB colour and the contrast
 * ratio of two colours, 1…21. AA asks for 4.5:1 for normal text and 3:1 for large text and for graphics.
 * https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
 */
export type Rgb = readonly [r: number, g: number, b: number]

export const AA_TEXT = 4.5
export const AA_LARGE_TEXT = 3

/** `#rgb`, `#rrggbb`, `rgb(r g b)` or `rgb(r, g, b)` (channels 0…255; any alpha is ignored) → [r, g, b]. */
export function parseColour(css: string): Rgb {
  const s = css.trim().toLowerCase()
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s)
  if (short) return [0, 1, 2].map((i) => parseInt(short[i + 1]!.repeat(2), 16)) as unknown as Rgb
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(s)
  if (long) return [0, 1, 2].map((i) => parseInt(long[i + 1]!, 16)) as unknown as Rgb
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(s)
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])]
  throw new Error(`not a colour: ${css}`)
}

const channel = (c: number) => {
  const v = c / 255
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
}

/** Relative luminance, 0 (black) … 1 (white). */
export function luminance(colour: Rgb | string): number {
  const [r, g, b] = typeof colour === 'string' ? parseColour(colour) : colour
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** Contrast ratio of two colours, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: 1…21, order does not matter. */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const la = luminance(a)
  const lb = luminance(b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

/** `fg` drawn at `alpha` (CSS opacity) over `bg`: the colour a reader actually sees. */
export function over(fg: Rgb | string, bg: Rgb | string, alpha: number): Rgb {
  const f = typeof fg === 'string' ? parseColour(fg) : fg
  const b = typeof bg === 'string' ? parseColour(bg) : bg
  return [0, 1, 2].map((i) => f[i]! * alpha + b[i]! * (1 - alpha)) as unknown as Rgb
}
