// The procedural painter in headless Chromium (SwiftShader): determinism, seed variation, and that every biome
// paints a calm picture — not blank, not black or white, distinct from the others, with a sky gradient and a
// horizon. One browser for the whole file; paints at 256 (the gallery's first size) to stay well under 90 s.
import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Biome, SceneSpec } from '../../src/shared/spec'
import { BIOMES } from '../../src/shared/spec'
import type { HarnessSession } from './painter-harness/harness-server'
import { openHarness, paintPng } from './painter-harness/harness-server'
import { SHOTS } from './painter-harness/specs'
import type { Image } from './pixels'
import { crop, decodePng, horizon, meanAbsDiff, skyGradient, stats } from './pixels'

const SIZE = 256
const outDir = fileURLToPath(new URL('./__screenshots__/painter-test/', import.meta.url))

/** The first handwritten spec of each biome. */
const specFor = (biome: Biome): { spec: SceneSpec; seed: number } => {
  const shot = SHOTS.find((s) => s.spec.biome === biome)
  if (!shot) throw new Error(`no harness spec for ${biome}`)
  return shot
}

/** Rows whose mean luminance changes by more than `step` across a short window: a band, not a gradient. */
const hasBandNear = (img: Image, fromY: number, toY: number): number => {
  const band = crop(img, {
    x: 0,
    y: fromY * img.height,
    width: img.width,
    height: (toY - fromY) * img.height,
  })
  return horizon(band).change
}

describe('procedural painter (headless Chromium)', () => {
  let session: HarnessSession
  const paintings = new Map<Biome, Image>()

  beforeAll(async () => {
    session = await openHarness()
    await mkdir(outDir, { recursive: true })
    for (const biome of BIOMES) {
      const { spec, seed } = specFor(biome)
      const png = await paintPng(session.page, spec, seed, SIZE)
      await writeFile(`${outDir}${biome}.png`, png)
      paintings.set(biome, decodePng(png))
    }
  }, 150_000)

  afterAll(async () => {
    await session?.close()
  })

  const get = (biome: Biome): Image => {
    const img = paintings.get(biome)
    if (!img) throw new Error(`${biome} was not painted`)
    return img
  }

  it('paints the same recipe to identical pixels, and a different seed to different pixels', async () => {
    const { spec, seed } = specFor('meadow')
    const again = decodePng(await paintPng(session.page, spec, seed, SIZE))
    expect(meanAbsDiff(again, get('meadow'))).toBe(0)
    expect(Buffer.compare(Buffer.from(again.data), Buffer.from(get('meadow').data))).toBe(0)
    const other = decodePng(await paintPng(session.page, spec, seed + 1, SIZE))
    expect(meanAbsDiff(other, get('meadow'))).toBeGreaterThan(1)
  })

  it.each(BIOMES)('%s is a calm, non-blank picture with a sky gradient', (biome) => {
    const img = get(biome)
    expect(img.width).toBe(SIZE)
    const { meanLuminance, stdLuminance } = stats(img)
    // Not flat: real value structure (a flat fill has 0; the grain alone gives about 1).
    expect(stdLuminance).toBeGreaterThan(8)
    // Calm values: never near black or white on average (night is a luminous blue, not black).
    expect(meanLuminance).toBeGreaterThan(45)
    expect(meanLuminance).toBeLessThan(215)
    // The top quarter changes colour gradually: a gradient, not a flat fill and not hard bands (stars and
    // the underwater surface's bright ripples are allowed a larger step between rows).
    const sky = skyGradient(img, 0.25)
    expect(sky.span).toBeGreaterThan(4)
    expect(sky.maxStep).toBeLessThan(biome === 'underwater' ? 20 : 12)
  })

  it.each(BIOMES.filter((b) => b !== 'abstract' && b !== 'underwater'))(
    '%s has a horizon band where the recipe puts it',
    (biome) => {
      const img = get(biome)
      const h = horizon(img)
      expect(h.strength).toBeGreaterThan(3)
      // The strongest change lies within the middle of the picture (the horizon sits on a third, and the
      // land below it), never in the sky's top or at the bottom edge.
      expect(h.y).toBeGreaterThan(0.3)
      expect(h.y).toBeLessThan(0.95)
      expect(hasBandNear(img, 0.3, 0.95)).toBeGreaterThan(8)
    },
  )

  it('paints every biome differently', () => {
    let least = Infinity
    let pair = ''
    for (let i = 0; i < BIOMES.length; i++) {
      for (let j = i + 1; j < BIOMES.length; j++) {
        const a = BIOMES[i] as Biome
        const b = BIOMES[j] as Biome
        const d = meanAbsDiff(get(a), get(b))
        if (d < least) {
          least = d
          pair = `${a}/${b}`
        }
      }
    }
    expect(least, `closest pair ${pair}`).toBeGreaterThan(8)
  })

  it('paints the near ground darker than the sky above it (aerial perspective in value)', () => {
    for (const biome of ['beach', 'meadow', 'mountain-lake', 'desert', 'garden'] as const) {
      const img = get(biome)
      const top = stats(crop(img, { x: 0, y: 0, width: SIZE, height: SIZE * 0.25 })).meanLuminance
      const bottom = stats(
        crop(img, { x: 0, y: SIZE * 0.85, width: SIZE, height: SIZE * 0.15 }),
      ).meanLuminance
      expect(bottom, biome).toBeLessThan(top)
    }
  })
})
