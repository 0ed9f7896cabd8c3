import { describe, expect, it } from 'vitest'
import {
  artworkArcRadius,
  constrainMoveIn,
  isPathClearIn,
  isUnderWater,
  isWalkableIn,
  landscapeArea,
  landscapeParams,
  LANDSCAPE_START,
  MAX_LANDSCAPE_ARTWORKS,
  placeArtworks,
  scatterProps,
  scatterVegetation,
  terrainHeight,
  INSTANCE_STRIDE,
  WALK_RADIUS,
} from '../../src/shared/landscape'
import { riverLine } from '../../src/shared/landscape/terrain'
import { BIOMES, DEFAULT_SCENE_SPEC } from '../../src/shared/scene-constants'
import { createLandscapeFader } from '../../src/scene/landscape/fader'

const params = (over: Record<string, unknown>) => landscapeParams({ ...DEFAULT_SCENE_SPEC, ...over })

describe('artworks in the landscape', () => {
  it('stand about 3 m apart around the clearing, newest in the lookout frame, each facing the middle', () => {
    const stands = placeArtworks(20)
    expect(stands).toHaveLength(MAX_LANDSCAPE_ARTWORKS)
    expect(stands[0]!.kind).toBe('frame')
    expect(new Set(stands.map((s) => s.kind))).toEqual(new Set(['frame', 'easel', 'panel']))
    for (const [i, s] of stands.entries()) {
      for (const t of stands.slice(i + 1)) expect(Math.hypot(s.x - t.x, s.z - t.z)).toBeGreaterThan(2.4)
      // The plane's normal (rotated +z) points back toward the origin.
      const nx = Math.sin(s.rotationY)
      const nz = Math.cos(s.rotationY)
      expect(nx * -s.x + nz * -s.z).toBeGreaterThan(0.99 * Math.hypot(s.x, s.z))
      expect(s.y).toBeGreaterThan(1.3)
      expect(s.y).toBeLessThan(1.7)
    }
    expect(placeArtworks(0)).toEqual([])
    expect(placeArtworks(-3)).toEqual([])
  })
  it('can be walked up to in every biome: a clear spot 1.5 m in front of each', () => {
    for (const biome of BIOMES) {
      const area = landscapeArea(biome, 9)
      expect(isWalkableIn(area, LANDSCAPE_START.x, LANDSCAPE_START.z), biome).toBe(true)
      for (const s of placeArtworks(9, artworkArcRadius(biome))) {
        const x = s.x + Math.sin(s.rotationY) * 1.5
        const z = s.z + Math.cos(s.rotationY) * 1.5
        expect(isWalkableIn(area, x, z), `${biome} ${s.kind}`).toBe(true)
        expect(isPathClearIn(area, LANDSCAPE_START.x, LANDSCAPE_START.z, x, z), `${biome} path`).toBe(true)
        if (s.kind !== 'panel') expect(isWalkableIn(area, s.x, s.z)).toBe(false)
      }
    }
  })
})

describe('walking in the landscape', () => {
  it('stays inside the clearing and out of water, sliding along the edge', () => {
    const area = landscapeArea('meadow', 0)
    expect(isWalkableIn(area, 0, 0)).toBe(true)
    expect(isWalkableIn(area, WALK_RADIUS + 1, 0)).toBe(false)
    expect(isWalkableIn(area, Number.NaN, 0)).toBe(false)
    const out = { x: 0, z: 0 }
    constrainMoveIn(area, 0, WALK_RADIUS - 0.5, 0.2, WALK_RADIUS + 0.5, out)
    expect(out.x).toBeCloseTo(0.2)
    expect(Math.hypot(out.x, out.z)).toBeLessThanOrEqual(WALK_RADIUS)
    const garden = landscapeArea('garden', 0)
    const pond = garden.terrain.water
    expect(isWalkableIn(garden, pond.centre[0], pond.centre[1])).toBe(false)
  })
  it('keeps the ground level where the visitor walks, in every biome', () => {
    for (const biome of BIOMES) {
      const t = landscapeArea(biome, 0).terrain
      for (let a = 0; a < 12; a++) {
        const x = Math.sin(a) * (WALK_RADIUS - 1)
        const z = -Math.cos(a) * (WALK_RADIUS - 1)
        if (isUnderWater(t, x, z)) continue
        expect(Math.abs(terrainHeight(t, x, z)), biome).toBeLessThan(0.7)
      }
    }
  })
})

describe('the river valley', () => {
  it('has a river winding toward the clearing between rising slopes, and no water where the visitor walks', () => {
    const t = landscapeArea('river-valley', 0).terrain
    const along = [-24, -40, -60, -80, -100]
    for (const z of along) {
      const x = riverLine(t, z)
      expect(isUnderWater(t, x, z), `river at z ${z}`).toBe(true)
      // Dry banks beside it, and slopes higher still further out.
      expect(isUnderWater(t, x + 12, z), `bank at z ${z}`).toBe(false)
      expect(terrainHeight(t, x + 60, z)).toBeGreaterThan(terrainHeight(t, x + 12, z) + 5)
    }
    for (let a = 0; a < 24; a++) {
      const x = Math.sin(a) * WALK_RADIUS
      const z = -Math.cos(a) * WALK_RADIUS
      expect(isUnderWater(t, x, z)).toBe(false)
    }
  })
})

describe('planting', () => {
  it('is deterministic, plants nothing in open water, and keeps the counts asked for (or close)', () => {
    for (const biome of BIOMES) {
      const s = params({ biome, motifs: ['boats', 'birds', 'fish'] }).structure
      const a = scatterVegetation(s)
      const b = scatterVegetation(s)
      expect(a.map((l) => [...l.data])).toEqual(b.map((l) => [...l.data]))
      a.forEach((layer, i) => {
        const wanted = s.vegetation[i]!.count
        expect(layer.data.length / INSTANCE_STRIDE, `${biome} ${layer.kind}`).toBeGreaterThan(wanted * 0.6)
        for (let k = 0; k < layer.data.length; k += INSTANCE_STRIDE) {
          expect(isUnderWater(s.terrain, layer.data[k]!, layer.data[k + 2]!, 0.1)).toBe(false)
        }
      })
      for (const p of scatterProps(s)) for (const v of p.data) expect(Number.isFinite(v)).toBe(true)
    }
  })
})

describe('the landscape fader', () => {
  it('glides a time change without a veil, over about 2 s of its own clock', () => {
    const a = params({ biome: 'forest', timeOfDay: 'morning' })
    const b = params({ biome: 'forest', timeOfDay: 'dusk' })
    const f = createLandscapeFader(a)
    f.set(b)
    let frames = 0
    let veilSeen = 0
    while (f.progress < 1 && frames < 1000) {
      expect(f.step(1 / 30)).toBeNull()
      veilSeen = Math.max(veilSeen, f.veil)
      frames++
    }
    expect(f.clock).toBeGreaterThanOrEqual(1)
    expect(f.clock).toBeLessThanOrEqual(3)
    expect(veilSeen).toBe(0)
    expect(f.live.sunDirection[1]).toBeCloseTo(b.look.sunDirection[1], 6)
  })
  it('changes the place behind a haze: swaps once, at the peak, and clears again', () => {
    const f = createLandscapeFader(params({ biome: 'forest' }))
    f.set(params({ biome: 'desert' }))
    const swaps: number[] = []
    let peak = 0
    // A very slow frame advances the glide by at most 0.2 s.
    f.step(5)
    expect(f.clock).toBeCloseTo(0.2)
    while (f.progress < 1) {
      const s = f.step(1 / 20)
      peak = Math.max(peak, f.veil)
      if (s) swaps.push(f.veil)
    }
    expect(swaps).toHaveLength(1)
    expect(swaps[0]).toBeGreaterThan(0.9)
    expect(peak).toBeLessThan(1)
    expect(f.veil).toBe(0)
    expect(f.shownKey).toContain('desert')
  })
})
