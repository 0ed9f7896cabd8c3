import { describe, expect, it } from 'vitest'
import { createRecipe, createRng, PaintRecipeSchema, seedFromText } from '../../src/shared/recipe'
import type { SceneSpec } from '../../src/shared/spec'
import { BIOMES, DEFAULT_SCENE_SPEC, TIMES_OF_DAY, WEATHERS } from '../../src/shared/spec'

const spec = (over: Partial<SceneSpec> = {}): SceneSpec => ({ ...DEFAULT_SCENE_SPEC, ...over })

describe('createRecipe', () => {
  it('is deterministic: same spec and seed give a deep-equal recipe', () => {
    const s = spec({ biome: 'beach', timeOfDay: 'dusk', weather: 'rain' })
    expect(createRecipe(s, 1234)).toEqual(createRecipe(structuredClone(s), 1234))
  })

  it('varies with the seed', () => {
    const s = spec({ biome: 'meadow' })
    expect(createRecipe(s, 1)).not.toEqual(createRecipe(s, 2))
  })

  it('gives every biome its own composition', () => {
    const ids = BIOMES.map((biome) => createRecipe(spec({ biome }), 7).composition)
    expect(new Set(ids).size).toBe(BIOMES.length)
  })

  it('is schema-valid and in range for all biomes × times × weathers', () => {
    let n = 0
    for (const biome of BIOMES) {
      for (const timeOfDay of TIMES_OF_DAY) {
        for (const weather of WEATHERS) {
          const recipe = createRecipe(spec({ biome, timeOfDay, weather }), (n++ * 2654435761) >>> 0)
          const parsed = PaintRecipeSchema.safeParse(recipe)
          if (!parsed.success) throw new Error(`${biome}/${timeOfDay}/${weather}: ${parsed.error.message}`)
          expect(recipe.ridges.length).toBeGreaterThanOrEqual(3)
          expect(recipe.ridges.length).toBeLessThanOrEqual(5)
          // Horizon sits on a third, not the middle.
          expect(Math.abs(recipe.horizon - 0.5)).toBeGreaterThan(0.04)
        }
      }
    }
    expect(n).toBe(BIOMES.length * TIMES_OF_DAY.length * WEATHERS.length)
  })

  it('keeps colours away from pure black and white', () => {
    const r = createRecipe(spec({ biome: 'night-sky', timeOfDay: 'night' }), 3)
    const all = [r.sky.zenith, r.sky.horizon, r.ground.near, ...r.ridges.map((g) => g.colour)].flat()
    for (const v of all) {
      expect(v).toBeGreaterThanOrEqual(0.04)
      expect(v).toBeLessThanOrEqual(0.97)
    }
  })

  it('paints farther ridges closer to the sky colour (aerial perspective)', () => {
    const r = createRecipe(spec({ biome: 'mountain-lake', timeOfDay: 'morning', weather: 'clear' }), 9)
    const dist = (a: readonly number[], b: readonly number[]): number =>
      Math.hypot(...a.map((v, i) => v - (b[i] ?? 0)))
    const far = r.ridges[0]
    const near = r.ridges[r.ridges.length - 1]
    if (!far || !near) throw new Error('no ridges')
    expect(dist(far.colour, r.sky.horizon)).toBeLessThan(dist(near.colour, r.sky.horizon))
  })

  it('paints calmer words with lower contrast and softer edges', () => {
    const calm = createRecipe(spec({ mood: { valence: 0.5, arousal: -1 } }), 5)
    const stirred = createRecipe(spec({ mood: { valence: 0.5, arousal: 1 } }), 5)
    expect(calm.finish.contrast).toBeLessThan(stirred.finish.contrast)
    expect(calm.finish.softness).toBeGreaterThan(stirred.finish.softness)
  })

  it('stays small JSON', () => {
    expect(JSON.stringify(createRecipe(spec({ biome: 'garden' }), 1)).length).toBeLessThan(2500)
  })
})

describe('seeds', () => {
  it('seedFromText is a stable uint32 (FNV-1a)', () => {
    expect(seedFromText('')).toBe(0x811c9dc5)
    expect(seedFromText('a')).toBe(0xe40c292c)
    const s = seedFromText('a quiet beach at sunset')
    expect(Number.isInteger(s) && s >= 0 && s <= 0xffffffff).toBe(true)
    expect(seedFromText('a quiet beach at sunset')).toBe(s)
  })

  it('createRng repeats for a seed and stays in [0, 1)', () => {
    const a = createRng(42)
    const b = createRng(42)
    for (let i = 0; i < 1000; i++) {
      const v = a.next()
      expect(v).toBe(b.next())
      expect(v).toBeGreaterThanOrEqual(0)
      expect(v).toBeLessThan(1)
    }
  })
})

describe('motifs', () => {
  const withMotifs = (biome: SceneSpec['biome'], motifs: string[]): SceneSpec =>
    spec({ biome, timeOfDay: 'afternoon', motifs })

  it('paints nothing extra when no motif is named', () => {
    const m = createRecipe(withMotifs('beach', []), 3).motifs
    expect(m.birds).toEqual([])
    expect(m.palms).toEqual([])
    expect(m.boat[2]).toBe(0)
  })

  it('places seeded birds in the sky, away from the sun, and the same for the same seed', () => {
    const s = withMotifs('meadow', ['birds'])
    const r = createRecipe(s, 21)
    expect(r.motifs.birds.length).toBeGreaterThanOrEqual(3)
    expect(r.motifs.birds.length).toBeLessThanOrEqual(5)
    for (const [x, y] of r.motifs.birds) {
      expect(y).toBeGreaterThan(r.horizon)
      expect(Math.sign(x - 0.5)).not.toBe(Math.sign(r.sun.position[0] - 0.5))
    }
    expect(createRecipe(s, 21).motifs).toEqual(r.motifs)
    expect(createRecipe(s, 22).motifs).not.toEqual(r.motifs)
  })

  it('puts a boat on the water of a beach or lake, below the horizon, and nowhere else', () => {
    for (const biome of ['beach', 'mountain-lake'] as const) {
      const r = createRecipe(withMotifs(biome, ['boats']), 5)
      expect(r.motifs.boat[2]).toBeGreaterThan(0)
      expect(r.motifs.boat[1]).toBeLessThan(r.horizon)
      expect(Math.abs(r.motifs.boat[0] - r.sun.position[0])).toBeGreaterThan(0.05)
    }
    expect(createRecipe(withMotifs('desert', ['boats']), 5).motifs.boat[2]).toBe(0)
  })

  it('grows palms only on a beach, framing the side away from the focal third', () => {
    const r = createRecipe(withMotifs('beach', ['palm trees']), 8)
    expect(r.motifs.palms.length).toBeGreaterThanOrEqual(1)
    for (const [x] of r.motifs.palms) expect(Math.sign(x - 0.5)).toBe(-Math.sign(r.focal[0] - 0.5))
    expect(createRecipe(withMotifs('forest', ['palm trees']), 8).motifs.palms).toEqual([])
  })

  it('keeps birds out of night skies and underwater', () => {
    expect(createRecipe(withMotifs('night-sky', ['birds']), 4).motifs.birds).toEqual([])
    expect(createRecipe(withMotifs('underwater', ['birds']), 4).motifs.birds).toEqual([])
  })

  it('does not move the rest of the painting when a motif is added', () => {
    const plain = createRecipe(withMotifs('beach', []), 77)
    const more = createRecipe(withMotifs('beach', ['birds', 'boats', 'palm trees']), 77)
    expect({ ...more, motifs: plain.motifs }).toEqual(plain)
  })

  it('is schema-valid with every motif on every biome', () => {
    for (const biome of BIOMES) {
      const r = createRecipe(withMotifs(biome, ['birds', 'boats', 'palm trees', 'flowers']), 13)
      expect(PaintRecipeSchema.safeParse(r).success).toBe(true)
    }
  })
})
