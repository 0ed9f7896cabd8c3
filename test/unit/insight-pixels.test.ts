import { describe, expect, it } from 'vitest'
import { EDGE_THRESHOLD, pixelMetrics, srgbToOklab } from '../../src/shared/insight/pixels'

const W = 64
const H = 48

/** A W×H RGBA image from a colour per pixel. */
function image(colour: (x: number, y: number) => [number, number, number], w = W, h = H): Uint8ClampedArray {
  const out = new Uint8ClampedArray(w * h * 4)
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const [r, g, b] = colour(x, y)
      out.set([r, g, b, 255], (y * w + x) * 4)
    }
  return out
}

/** A seeded generator (mulberry32) so the noise image is the same every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('pixel metrics on known images', () => {
  it('a black image is dark, colourless and has no edges', () => {
    const m = pixelMetrics(
      image(() => [0, 0, 0]),
      W,
      H,
    )
    expect(m.luminance).toBe(0)
    expect(m.lightness).toBeCloseTo(0, 6)
    expect(m.chroma).toBeCloseTo(0, 6)
    expect(m.colourSpread).toBeCloseTo(0, 6)
    expect(m.edgeDensity).toBe(0)
  })

  it('a white image is fully light; luminance is linearised (sRGB 128 is about 0.216, not 0.5)', () => {
    expect(
      pixelMetrics(
        image(() => [255, 255, 255]),
        W,
        H,
      ).luminance,
    ).toBeCloseTo(1, 6)
    expect(
      pixelMetrics(
        image(() => [255, 255, 255]),
        W,
        H,
      ).lightness,
    ).toBeCloseTo(1, 3)
    const grey = pixelMetrics(
      image(() => [128, 128, 128]),
      W,
      H,
    )
    expect(grey.luminance).toBeCloseTo(0.2159, 3)
    expect(grey.lightness).toBeGreaterThan(0.55)
    expect(grey.lightness).toBeLessThan(0.62)
  })

  it('a flat grey image has no edges and no colour spread', () => {
    const m = pixelMetrics(
      image(() => [120, 124, 122]),
      W,
      H,
    )
    expect(m.edgeDensity).toBe(0)
    expect(m.colourSpread).toBeCloseTo(0, 6)
  })

  it('a white-noise image is busy', () => {
    const r = rng(7)
    const noise = image(() => {
      const v = Math.floor(r() * 256)
      return [v, Math.floor(r() * 256), Math.floor(r() * 256)]
    })
    const m = pixelMetrics(noise, W, H)
    expect(m.edgeDensity).toBeGreaterThan(0.7)
    expect(m.colourSpread).toBeGreaterThan(0.1)
  })

  it('a black | white split has edges on exactly two columns (share 2/width) and no colour spread', () => {
    const m = pixelMetrics(
      image((x) => (x < W / 2 ? [0, 0, 0] : [255, 255, 255])),
      W,
      H,
    )
    expect(m.edgeDensity).toBeCloseTo(2 / W, 10)
    expect(m.colourSpread).toBeCloseTo(0, 6)
    expect(m.luminance).toBeCloseTo(0.5, 6)
  })

  it('a red | green split: spread is half the distance between the two colours in OKLab a/b', () => {
    const m = pixelMetrics(
      image((x) => (x < W / 2 ? [255, 0, 0] : [0, 255, 0])),
      W,
      H,
    )
    // Published OKLab values of sRGB red and green (Ottosson): a/b of each.
    const red = { a: 0.2248631, b: 0.1258463 }
    const green = { a: -0.2338874, b: 0.1794985 }
    expect(m.colourSpread).toBeCloseTo(Math.hypot(red.a - green.a, red.b - green.b) / 2, 3)
    expect(m.chroma).toBeCloseTo((Math.hypot(red.a, red.b) + Math.hypot(green.a, green.b)) / 2, 3)
    // Red and green differ in lightness by more than the threshold, so the seam is an edge.
    expect(Math.abs(srgbToOklab(255, 0, 0)[0] - srgbToOklab(0, 255, 0)[0])).toBeGreaterThan(EDGE_THRESHOLD)
    expect(m.edgeDensity).toBeCloseTo(2 / W, 10)
  })

  it('a soft gradient (like a calm sky) is not busy', () => {
    const m = pixelMetrics(
      image((_x, y) => [120 + y, 150 + y, 200]),
      W,
      H,
    )
    expect(m.edgeDensity).toBe(0)
  })

  it('refuses a buffer that does not match its size, with a clear message', () => {
    expect(() => pixelMetrics(new Uint8ClampedArray(10), 4, 4)).toThrow(/needs 64 bytes, got 10/)
    expect(() => pixelMetrics(new Uint8ClampedArray(0), 0, 4)).toThrow(/whole pixels/)
  })
})
