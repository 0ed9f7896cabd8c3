// The breathing orb reads on any picture (a warm sunset, a noon snowfield, a night sky) and stays soft.
import { describe, expect, it } from 'vitest'
import { HALO_ALPHA, ORB_RINGS, orbAt, orbPixels } from '../../src/scene/exercise/orb-texture'

/** WCAG relative luminance of an sRGB colour (0…255). */
const luminance = (rgb: readonly number[]) => {
  const lin = rgb.map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!
}
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}
/** The orb at radius r drawn over a background, at the opacity the orb is shown with (0.9). */
const over = (r: number, bg: readonly number[]) => {
  const { rgb, alpha } = orbAt(r)
  const a = alpha * 0.9
  return bg.map((c, i) => rgb[i]! * a + c * (1 - a))
}

const BACKGROUNDS = {
  'beach sunset': [232, 150, 96],
  'golden sand': [226, 188, 140],
  'snow noon': [238, 242, 246],
  'night sky': [18, 24, 44],
} as const

describe('breathing orb texture', () => {
  const core = 0.2
  const halo = ORB_RINGS.core + ORB_RINGS.rim * 1.2

  for (const [name, bg] of Object.entries(BACKGROUNDS)) {
    it(`outlines itself on a ${name}: light core against its own halo ≥ 3:1, and stands out from the picture`, () => {
      // The orb brings its own edge, whatever is behind it.
      expect(contrast(over(core, bg), over(halo, bg))).toBeGreaterThanOrEqual(3)
      // And either the core or the halo differs clearly from the picture itself.
      const fromPicture = Math.max(contrast(over(core, bg), bg), contrast(over(halo, bg), bg))
      expect(fromPicture).toBeGreaterThanOrEqual(1.6)
    })
  }

  it('has a soft halo, never a dark ring: faint at its peak and fading to nothing before the edge', () => {
    const peak = Math.max(...Array.from({ length: 50 }, (_, i) => orbAt(0.5 + i / 100)).map((p) => p.alpha))
    expect(peak).toBeGreaterThan(0.9) // the core itself
    const outside = Array.from({ length: 30 }, (_, i) => orbAt(ORB_RINGS.core + ORB_RINGS.rim + i / 80))
    expect(Math.max(...outside.map((p) => p.alpha))).toBeLessThanOrEqual(HALO_ALPHA + 1e-6)
    expect(orbAt(ORB_RINGS.halo).alpha).toBeLessThan(1e-3)
    expect(orbAt(1).alpha).toBe(0)
  })

  it('changes gently from texel to texel (no hard edge that could shimmer as it breathes)', () => {
    const size = 256
    const data = orbPixels(size)
    expect(data).toHaveLength(size * size * 4)
    const row = size / 2
    let maxAlphaStep = 0
    let maxColourStep = 0
    for (let x = size / 2; x < size - 1; x++) {
      const i = (row * size + x) * 4
      const j = i + 4
      maxAlphaStep = Math.max(maxAlphaStep, Math.abs(data[i + 3]! - data[j + 3]!))
      for (let c = 0; c < 3; c++)
        maxColourStep = Math.max(maxColourStep, Math.abs(data[i + c]! - data[j + c]!))
    }
    // Across the rim the colour turns from light to dusk over about ten texels at this size.
    expect(maxAlphaStep).toBeLessThan(40)
    expect(maxColourStep).toBeLessThan(60)
    // Corners are fully transparent: the sprite's square never shows.
    expect(data[3]).toBe(0)
    expect(data[(size * size - 1) * 4 + 3]).toBe(0)
  })
})
