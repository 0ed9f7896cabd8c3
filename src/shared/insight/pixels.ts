/**
 * What a picture looks like, in three numbers a therapist can read: how light it is, how much colour it has,
 * and how busy it is. Pure functions over RGBA bytes (sRGB, as a canvas or `readPixels` gives them), so they are
 * tested on known images in Node and run unchanged in the console.
 */

export type PixelMetrics = {
  /** Mean relative luminance Y (Rec. 709 weights on *linearised* sRGB), 0 black … 1 white. */
  luminance: number
  /** Mean perceptual lightness (OKLab L), 0 black … 1 white: what "dark" and "light" mean to an eye. */
  lightness: number
  /** Mean chroma in OKLab (√(a²+b²)): how colourful, 0 for greys, about 0.1–0.3 for saturated colours. */
  chroma: number
  /** Spread of the colours in OKLab's a/b plane (√(var a + var b)): 0 for one colour, larger for many. */
  colourSpread: number
  /** Share of pixels (0…1) whose Sobel gradient of lightness is above `EDGE_THRESHOLD`: how busy. */
  edgeDensity: number
}

/**
 * A lightness step (on 0…1) that counts as an edge: a tenth of the range, well above a painting's soft grain and
 * dither (a few hundredths) and well below the contour of a hill against the sky.
 */
export const EDGE_THRESHOLD = 0.1

/** sRGB byte → linear light, the exact piecewise curve (a 256-entry table: every pixel needs it three times). */
const LINEAR = new Float64Array(256)
for (let i = 0; i < 256; i++) {
  const c = i / 255
  LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
}

/** Linear sRGB → OKLab (Björn Ottosson, 2020). */
export function linearToOklab(r: number, g: number, b: number): [L: number, a: number, b: number] {
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b)
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b)
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b)
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ]
}

/** OKLab of an sRGB byte triple. */
export function srgbToOklab(r: number, g: number, b: number): [L: number, a: number, b: number] {
  return linearToOklab(LINEAR[r & 255]!, LINEAR[g & 255]!, LINEAR[b & 255]!)
}

/**
 * The metrics of a `width`×`height` RGBA image. Alpha is ignored (the paintings are opaque). Throws a clear
 * error for a buffer that does not match its size, so a wrong read never yields plausible-looking numbers.
 */
export function pixelMetrics(rgba: ArrayLike<number>, width: number, height: number): PixelMetrics {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new Error(`pixelMetrics: the size must be whole pixels, not ${width}×${height}.`)
  }
  const n = width * height
  if (rgba.length !== n * 4) {
    throw new Error(`pixelMetrics: ${width}×${height} RGBA needs ${n * 4} bytes, got ${rgba.length}.`)
  }
  const light = new Float64Array(n)
  let sumY = 0
  let sumL = 0
  let sumC = 0
  let sumA = 0
  let sumB = 0
  let sumA2 = 0
  let sumB2 = 0
  for (let i = 0; i < n; i++) {
    const r = LINEAR[rgba[i * 4]! & 255]!
    const g = LINEAR[rgba[i * 4 + 1]! & 255]!
    const b = LINEAR[rgba[i * 4 + 2]! & 255]!
    sumY += 0.2126 * r + 0.7152 * g + 0.0722 * b
    const [L, A, B] = linearToOklab(r, g, b)
    light[i] = L
    sumL += L
    sumC += Math.hypot(A, B)
    sumA += A
    sumB += B
    sumA2 += A * A
    sumB2 += B * B
  }
  const meanA = sumA / n
  const meanB = sumB / n
  const variance = Math.max(0, sumA2 / n - meanA * meanA + (sumB2 / n - meanB * meanB))
  return {
    luminance: clamp01(sumY / n),
    lightness: clamp01(sumL / n),
    chroma: sumC / n,
    colourSpread: Math.sqrt(variance),
    edgeDensity: edgeShare(light, width, height, EDGE_THRESHOLD),
  }
}

/**
 * Share of pixels whose Sobel gradient magnitude (normalised so a full black-to-white step reads 1) exceeds
 * `threshold`. Borders repeat the edge pixel, so a flat image has no edges anywhere, frame included.
 */
export function edgeShare(values: Float64Array, width: number, height: number, threshold: number): number {
  const at = (x: number, y: number) =>
    values[Math.min(height - 1, Math.max(0, y)) * width + Math.min(width - 1, Math.max(0, x))]!
  let edges = 0
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const gx =
        at(x + 1, y - 1) +
        2 * at(x + 1, y) +
        at(x + 1, y + 1) -
        at(x - 1, y - 1) -
        2 * at(x - 1, y) -
        at(x - 1, y + 1)
      const gy =
        at(x - 1, y + 1) +
        2 * at(x, y + 1) +
        at(x + 1, y + 1) -
        at(x - 1, y - 1) -
        2 * at(x, y - 1) -
        at(x + 1, y - 1)
      if (Math.hypot(gx, gy) / 4 > threshold) edges++
    }
  }
  return edges / (width * height)
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v))
