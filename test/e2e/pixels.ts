// Pixel measures for screenshots: is it blank, is it a picture (sky gradient, horizon, edges), which colours
// dominate. Pure functions over RGBA buffers so they can be checked on synthetic images in unit tests.
import { PNG } from 'pngjs'

export type Image = { width: number; height: number; data: Uint8Array | Buffer }
export type Rect = { x: number; y: number; width: number; height: number }

export const decodePng = (buffer: Buffer): Image => {
  const png = PNG.sync.read(buffer)
  return { width: png.width, height: png.height, data: png.data }
}

export const crop = (img: Image, r: Rect): Image => {
  const x0 = Math.max(0, Math.round(r.x))
  const y0 = Math.max(0, Math.round(r.y))
  const w = Math.min(img.width - x0, Math.round(r.width))
  const h = Math.min(img.height - y0, Math.round(r.height))
  const out = new Uint8Array(w * h * 4)
  for (let y = 0; y < h; y++) {
    const src = ((y0 + y) * img.width + x0) * 4
    out.set(img.data.subarray(src, src + w * 4), y * w * 4)
  }
  return { width: w, height: h, data: out }
}

const lum = (r: number, g: number, b: number) => 0.2126 * r + 0.7152 * g + 0.0722 * b

/** Luminance (0–255) of every pixel, row-major. */
export const luminance = (img: Image): Float32Array => {
  const out = new Float32Array(img.width * img.height)
  for (let i = 0; i < out.length; i++)
    out[i] = lum(img.data[i * 4]!, img.data[i * 4 + 1]!, img.data[i * 4 + 2]!)
  return out
}

export const stats = (img: Image) => {
  const l = luminance(img)
  let sum = 0
  for (const v of l) sum += v
  const mean = sum / l.length
  let varSum = 0
  for (const v of l) varSum += (v - mean) ** 2
  return { meanLuminance: mean, stdLuminance: Math.sqrt(varSum / l.length) }
}

/** Share of pixels whose Sobel gradient magnitude exceeds `threshold` (0–255 scale). */
export const edgeDensity = (img: Image, threshold = 24): number => {
  const l = luminance(img)
  const w = img.width
  let edges = 0
  let n = 0
  for (let y = 1; y < img.height - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const p = (dx: number, dy: number) => l[(y + dy) * w + x + dx]!
      const gx = p(1, -1) + 2 * p(1, 0) + p(1, 1) - p(-1, -1) - 2 * p(-1, 0) - p(-1, 1)
      const gy = p(-1, 1) + 2 * p(0, 1) + p(1, 1) - p(-1, -1) - 2 * p(0, -1) - p(1, -1)
      if (Math.hypot(gx, gy) / 4 > threshold) edges++
      n++
    }
  }
  return n ? edges / n : 0
}

/** Mean RGB of each row. */
export const rowMeans = (img: Image): [number, number, number][] => {
  const rows: [number, number, number][] = []
  for (let y = 0; y < img.height; y++) {
    let r = 0
    let g = 0
    let b = 0
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4
      r += img.data[i]!
      g += img.data[i + 1]!
      b += img.data[i + 2]!
    }
    rows.push([r / img.width, g / img.width, b / img.width])
  }
  return rows
}

const dist3 = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!)

/**
 * A sky gradient: the rows of the top part change colour gradually (top row differs from the row at
 * the bottom of the band) while neighbouring rows stay close (no hard bands).
 */
export const skyGradient = (img: Image, band = 0.3) => {
  const rows = rowMeans(img)
  const end = Math.max(2, Math.floor(rows.length * band))
  const span = dist3(rows[0]!, rows[end - 1]!)
  let maxStep = 0
  for (let y = 1; y < end; y++) maxStep = Math.max(maxStep, dist3(rows[y]!, rows[y - 1]!))
  return { span, maxStep }
}

/**
 * The horizon: the row (as a fraction of height, from the top) where the smoothed row colour changes most.
 * `strength` is that change, compared with the median change between rows.
 */
export const horizon = (img: Image) => {
  const rows = rowMeans(img)
  const k = Math.max(1, Math.round(img.height / 64))
  let best = 0
  let bestY = 0
  const steps: number[] = []
  for (let y = k; y < rows.length - k; y++) {
    const d = dist3(rows[y - k]!, rows[y + k]!)
    steps.push(d)
    if (d > best) {
      best = d
      bestY = y
    }
  }
  steps.sort((a, b) => a - b)
  const median = steps[Math.floor(steps.length / 2)] ?? 0
  return { y: bestY / img.height, change: best, strength: best / Math.max(median, 0.5) }
}

export const hexToRgb = (hex: string): [number, number, number] => {
  const n = parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255]
}

/** Mean distance from each (sampled) pixel to its nearest palette colour, in RGB units. */
export const paletteDistance = (img: Image, palette: readonly string[], stride = 3): number => {
  const cols = palette.map(hexToRgb)
  let sum = 0
  let n = 0
  for (let y = 0; y < img.height; y += stride) {
    for (let x = 0; x < img.width; x += stride) {
      const i = (y * img.width + x) * 4
      const px = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!]
      let best = Infinity
      for (const c of cols) best = Math.min(best, dist3(px, c))
      sum += best
      n++
    }
  }
  return sum / n
}

/** Mean absolute difference per channel between two images of the same size (0–255). */
export const meanAbsDiff = (a: Image, b: Image): number => {
  if (a.width !== b.width || a.height !== b.height) throw new Error('images differ in size')
  let sum = 0
  for (let i = 0; i < a.data.length; i += 4) {
    sum +=
      Math.abs(a.data[i]! - b.data[i]!) +
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
      Math.abs(a.data[i + 2]! - b.data[i + 2]!)
  }
  return sum / ((a.data.length / 4) * 3)
}

/** Mean hue-weighted colour: mean RGB of the image. */
export const meanColour = (img: Image): [number, number, number] => {
  let r = 0
  let g = 0
  let b = 0
  const n = img.data.length / 4
  for (let i = 0; i < img.data.length; i += 4) {
    r += img.data[i]!
    g += img.data[i + 1]!
    b += img.data[i + 2]!
  }
  return [r / n, g / n, b / n]
}
