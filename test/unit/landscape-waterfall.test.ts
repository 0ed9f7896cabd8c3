import { describe, expect, it } from 'vitest'
import {
  inWaterfallView,
  isUnderWater,
  isWalkableIn,
  landscapeArea,
  landscapeParams,
  LANDSCAPE_START,
  scatterVegetation,
  INSTANCE_STRIDE,
  terrainHeight,
  waterfallFor,
  WALK_RADIUS,
  type Waterfall,
} from '../../src/shared/landscape'
import { BIOME_TABLE } from '../../src/shared/biomes/table'
import { createMistGeometry, createWaterfallGeometry } from '../../src/scene/landscape/Waterfall'
import { BIOMES, DEFAULT_SCENE_SPEC } from '../../src/shared/scene-constants'

const structureOf = (biome: string, seed?: number) =>
  landscapeParams({ ...DEFAULT_SCENE_SPEC, biome }, seed === undefined ? {} : { seed }).structure

const EYE = 1.6
/** Half the horizontal angle the start view holds for sure (a desktop window is wider, a headset wider still). */
const HALF_VIEW_DEG = 30

/** Seeds the river valley is checked with beyond its own: every one must still give a waterfall in view. */
const SEEDS = [undefined, 1, 2, 3, 99, 12345, 777777, 0xdeadbeef]

function fallOf(seed?: number): Waterfall {
  const fall = structureOf('river-valley', seed).waterfall
  expect(fall, `seed ${seed}`).toBeDefined()
  return fall!
}

describe('the waterfall', () => {
  it('falls in the river valley only, as the biome table says', () => {
    for (const biome of BIOMES) {
      const s = structureOf(biome)
      expect(s.waterfall !== undefined, biome).toBe(BIOME_TABLE[biome].landscape.waterfall !== undefined)
    }
    expect(structureOf('river-valley').waterfall).toBeDefined()
  })

  it('is the same fall at every hour, and the same for the same seed', () => {
    const a = landscapeParams({
      ...DEFAULT_SCENE_SPEC,
      biome: 'river-valley',
      timeOfDay: 'morning',
    }).structure
    const b = landscapeParams({ ...DEFAULT_SCENE_SPEC, biome: 'river-valley', timeOfDay: 'night' }).structure
    expect(a.waterfall).toEqual(b.waterfall)
    expect(fallOf(5)).toEqual(fallOf(5))
  })

  it('has its lip on the ground at the top of a rock step, and its foot at the water where the river starts', () => {
    for (const seed of SEEDS) {
      const s = structureOf('river-valley', seed)
      const t = s.terrain
      const fall = s.waterfall!
      const [lx, ly, lz] = fall.lip
      const [fx, fy, fz] = fall.foot
      expect(Math.abs(ly - terrainHeight(t, lx, lz)), `lip on the ground, seed ${seed}`).toBeLessThan(0.05)
      expect(fy).toBe(t.water.level)
      expect(fall.height).toBeCloseTo(ly - fy, 6)
      expect(fall.height, `a real drop, seed ${seed}`).toBeGreaterThan(10)
      // The foot is in the river's water, and the ground a little up the valley is dry: the river starts here.
      expect(isUnderWater(t, fx, fz), `foot in water, seed ${seed}`).toBe(true)
      expect(isUnderWater(t, fx, fz - 1.5), `dry above the foot, seed ${seed}`).toBe(false)
      // Up the valley from the foot, close by: the lip stands a few metres beyond the water, not off in the hills.
      expect(lz).toBeLessThan(fz)
      expect(fz - lz).toBeLessThan(16)
      // The rock step between them is steep: most of the drop happens within a few metres.
      const rises = Array.from({ length: 40 }, (_, i) => fz - ((fz - lz) * i) / 40).map((z, i, zs) =>
        i === 0 ? 0 : terrainHeight(t, lx, z) - terrainHeight(t, lx, zs[i - 1]!),
      )
      expect(Math.max(...rises) / ((fz - lz) / 40), `a cliff, seed ${seed}`).toBeGreaterThan(2)
    }
  })

  it('is in view from the start: ahead, inside the view, with no ground between the eye and the falling water', () => {
    for (const seed of SEEDS) {
      const s = structureOf('river-valley', seed)
      const fall = s.waterfall!
      // The middle of the fall, half way down.
      const x = (fall.lip[0] + fall.foot[0]) / 2
      const z = (fall.lip[2] + fall.foot[2]) / 2
      const y = fall.foot[1] + fall.height * 0.5
      const dx = x - LANDSCAPE_START.x
      const dz = z - LANDSCAPE_START.z
      // The start view looks toward -z (yaw 0).
      expect(dz, `ahead, seed ${seed}`).toBeLessThan(0)
      const angle = (Math.atan2(Math.abs(dx), -dz) * 180) / Math.PI
      expect(angle, `within the view, seed ${seed}`).toBeLessThan(HALF_VIEW_DEG)
      const far = Math.hypot(dx, dz)
      expect(far, `far enough to be a view, seed ${seed}`).toBeGreaterThan(40)
      // Inside the terrain and well inside the camera's far plane (140 m).
      expect(far, `near enough to see, seed ${seed}`).toBeLessThan(125)
      for (let i = 1; i < 100; i++) {
        const k = i / 100
        const px = LANDSCAPE_START.x + dx * k
        const pz = LANDSCAPE_START.z + dz * k
        const sight = EYE + (y - EYE) * k
        expect(terrainHeight(s.terrain, px, pz), `ground under the sight line, seed ${seed}`).toBeLessThan(
          sight,
        )
      }
    }
  })

  it('stands outside the walk area, and no tree is planted between it and the start', () => {
    const area = landscapeArea('river-valley', 9)
    const s = structureOf('river-valley')
    const fall = s.waterfall!
    for (const p of [fall.lip, fall.foot]) {
      expect(Math.hypot(p[0], p[2])).toBeGreaterThan(WALK_RADIUS + 20)
      expect(isWalkableIn(area, p[0], p[2])).toBe(false)
    }
    const trees = scatterVegetation(s).filter((l) => l.kind === 'conifer' || l.kind === 'broadleaf')
    expect(trees.length).toBeGreaterThan(0)
    for (const layer of trees) {
      for (let k = 0; k < layer.data.length; k += INSTANCE_STRIDE) {
        expect(inWaterfallView(fall, layer.data[k]!, layer.data[k + 2]!, LANDSCAPE_START)).toBe(false)
      }
    }
    // Grass and flowers still grow there: only what could hide the fall is kept out of the way.
    const grass = scatterVegetation(s).find((l) => l.kind === 'grass')!
    let inView = 0
    for (let k = 0; k < grass.data.length; k += INSTANCE_STRIDE)
      if (inWaterfallView(fall, grass.data[k]!, grass.data[k + 2]!, LANDSCAPE_START)) inView++
    expect(inView).toBeGreaterThan(0)
  })

  it('needs a river with a rock step at its head: none on level ground or without a river', () => {
    const valley = structureOf('river-valley').terrain
    expect(waterfallFor({ ...valley, mountains: 0 }, { width: 7 }, 1)).toBeUndefined()
    expect(
      waterfallFor({ ...valley, water: { ...valley.water, kind: 'lake' } }, { width: 7 }, 1),
    ).toBeUndefined()
    expect(waterfallFor(structureOf('meadow').terrain, { width: 7 }, 1)).toBeUndefined()
  })

  it('is drawn as a light sheet from the lip to under the water, and a few mist puffs at its foot', () => {
    const fall = fallOf()
    const sheet = createWaterfallGeometry(fall)
    const ys = sheet.getAttribute('position').array as Float32Array
    let top = -Infinity
    let bottom = Infinity
    for (let i = 1; i < ys.length; i += 3) [top, bottom] = [Math.max(top, ys[i]!), Math.min(bottom, ys[i]!)]
    expect(top).toBeGreaterThan(fall.lip[1])
    expect(top).toBeLessThan(fall.lip[1] + 1)
    expect(bottom).toBeLessThan(fall.foot[1])
    const mist = createMistGeometry(fall)
    // The Quest budget: a handful of triangles for both.
    expect(sheet.index!.count / 3 + mist.index!.count / 3).toBeLessThan(120)
    expect(mist.boundingSphere!.radius).toBeGreaterThan(fall.width)
  })
})
