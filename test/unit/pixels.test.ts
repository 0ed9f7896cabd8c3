import { describe, expect, it } from 'vitest'
import { edgeDensity, horizon, meanAbsDiff, paletteDistance, skyGradient, stats, crop } from '../e2e/pixels'
import type { Image } from '../e2e/pixels'

const make = (w: number, h: number, f: (x: number, y: number) => [number, number, number]): Image => {
  const data = new Uint8Array(w * h * 4)
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const [r, g, b] = f(x, y)
      data.set([r, g, b, 255], (y * w + x) * 4)
    }
  return { width: w, height: h, data }
}

const flat = make(64, 64, () => [120, 140, 160])
// A little "beach": a blue sky gradient above a horizon at 1/3, sand below, with stripes of surf.
const picture = make(64, 64, (x, y) =>
  y < 21
    ? [150 + y * 3, 180 + y * 2, 230]
    : y < 30
      ? [60, 120, 170 + ((x * 7) % 30)]
      : [220, 200, 150 - ((x + y) % 8) * 6],
)

describe('pixel measures used by the browser tests', () => {
  it('tells a flat fill from a picture', () => {
    expect(stats(flat).stdLuminance).toBe(0)
    expect(stats(picture).stdLuminance).toBeGreaterThan(20)
    expect(edgeDensity(flat)).toBe(0)
    expect(edgeDensity(picture)).toBeGreaterThan(0.02)
  })
  it('finds a sky gradient and a horizon near a third', () => {
    const sky = skyGradient(picture, 0.3)
    expect(sky.span).toBeGreaterThan(20)
    expect(sky.maxStep).toBeLessThan(10)
    expect(skyGradient(flat).span).toBe(0)
    const h = horizon(picture)
    expect(h.y).toBeGreaterThan(0.25)
    expect(h.y).toBeLessThan(0.5)
    expect(h.strength).toBeGreaterThan(3)
  })
  it('is closer to its own palette than to another one', () => {
    const beach = ['#96b4e6', '#3c78b4', '#dcc896']
    const forest = ['#1e3c1e', '#3c5a28', '#786446']
    expect(paletteDistance(picture, beach)).toBeLessThan(paletteDistance(picture, forest))
  })
  it('measures difference and crops', () => {
    expect(meanAbsDiff(picture, picture)).toBe(0)
    expect(meanAbsDiff(picture, flat)).toBeGreaterThan(10)
    const c = crop(picture, { x: 0, y: 40, width: 10, height: 10 })
    expect(c.width).toBe(10)
    expect(stats(c).meanLuminance).toBeGreaterThan(150)
  })
})
