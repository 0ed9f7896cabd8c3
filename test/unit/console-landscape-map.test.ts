// The console's top-down map of a landscape: the same walkable area and stands as the headset (walk-area.ts).
import { describe, expect, it } from 'vitest'
import { createConsoleStore } from '../../src/console/console-store'
import {
  fitTransform,
  footprintCorners,
  landscapeMapShape,
  lookedAt,
  standTargets,
  standsFor,
} from '../../src/console/landscape-map'
import { isUnderWater } from '../../src/shared/landscape/terrain'
import {
  LANDSCAPE_START,
  MAX_LANDSCAPE_ARTWORKS,
  isWalkableIn,
  landscapeArea,
  placeArtworks,
} from '../../src/shared/landscape/walk-area'
import { BIOMES } from '../../src/shared/spec'
import { applyCommand } from '../../src/shared/session/reducer'
import { createSessionState } from '../../src/shared/session/state'

const ids = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`)

describe('fitTransform', () => {
  it('centres the bounds in the canvas with north (-z) up, keeping proportions', () => {
    const t = fitTransform({ minX: -10, maxX: 10, minZ: -5, maxZ: 5 }, { width: 320, height: 240 }, 10)
    expect(t.scale).toBeCloseTo(15) // (320 - 20) / 20 is the tighter fit
    expect(t.x(0)).toBeCloseTo(160)
    expect(t.z(0)).toBeCloseTo(120)
    expect(t.z(-5)).toBeLessThan(t.z(5))
    expect(t.x(-10)).toBeCloseTo(10)
    expect(t.x(10)).toBeCloseTo(310)
  })
  it('survives degenerate bounds', () => {
    const t = fitTransform({ minX: 0, maxX: 0, minZ: 0, maxZ: 0 }, { width: 100, height: 100 })
    expect(Number.isFinite(t.x(0)) && Number.isFinite(t.z(0))).toBe(true)
  })
})

describe('standsFor', () => {
  it('puts the newest artwork in the lookout frame and the others on the headset’s stands, at most nine', () => {
    const s = standsFor(ids(12))
    expect(s).toHaveLength(MAX_LANDSCAPE_ARTWORKS)
    expect(s[0]).toMatchObject({ id: 'a11', kind: 'frame' })
    expect(s.map((x) => x.id)).toEqual(['a11', 'a10', 'a9', 'a8', 'a7', 'a6', 'a5', 'a4', 'a3'])
    const places = placeArtworks(MAX_LANDSCAPE_ARTWORKS)
    s.forEach((stand, i) => expect({ ...stand, id: undefined }).toEqual({ ...places[i], id: undefined }))
    expect(standsFor([])).toEqual([])
  })
})

describe('the map of a room and of a place with a waterfall', () => {
  it('draws the cozy room as its walls and furniture, where the client cannot walk, not as a clearing', () => {
    const shape = landscapeMapShape('cozy-room', ids(4))
    const area = landscapeArea('cozy-room', 4)
    const room = shape.room!
    expect(room).toBeDefined()
    const layout = area.room!.layout
    expect(room.walls).toEqual({ minX: layout.minX, maxX: layout.maxX, minZ: layout.minZ, maxZ: layout.maxZ })
    // The whole room is on the map, and the map is the room's size rather than a wide circle about it.
    expect(shape.bounds.minX).toBeLessThan(layout.minX)
    expect(shape.bounds.maxZ).toBeGreaterThan(layout.maxZ)
    expect(shape.bounds.maxX - shape.bounds.minX).toBeLessThan(layout.maxX - layout.minX + 3)
    expect(room.windows).toHaveLength(layout.windows.length)
    expect(room.blocks).toHaveLength(area.room!.blocks.length)
    for (const corners of room.blocks) {
      const cx = corners.reduce((a, c) => a + c.x, 0) / 4
      const cz = corners.reduce((a, c) => a + c.z, 0) / 4
      expect(isWalkableIn(area, cx, cz, 0.01), `${cx},${cz}`).toBe(false)
    }
    expect(isWalkableIn(area, shape.start.x, shape.start.z)).toBe(true)
    expect(shape.water).toEqual([])
    expect(shape.waterfall).toBeUndefined()
  })

  it('turns a footprint as the scene turns it', () => {
    const flat = footprintCorners({ x: 1, z: 2, halfX: 0.5, halfZ: 0.25, yaw: 0 })
    expect(flat).toEqual([
      { x: 0.5, z: 1.75 },
      { x: 1.5, z: 1.75 },
      { x: 1.5, z: 2.25 },
      { x: 0.5, z: 2.25 },
    ])
    // A quarter turn swaps the sides: the long side now runs along z.
    const turned = footprintCorners({ x: 0, z: 0, halfX: 0.5, halfZ: 0.25, yaw: Math.PI / 2 })
    const xs = turned.map((c) => c.x)
    const zs = turned.map((c) => c.z)
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(0.5)
    expect(Math.max(...zs) - Math.min(...zs)).toBeCloseTo(1)
  })

  it('shows where the river valley’s waterfall falls, far down the valley ahead, and no waterfall elsewhere', () => {
    const shape = landscapeMapShape('river-valley', ids(2))
    expect(shape.waterfall).toBeDefined()
    const fall = shape.waterfall!
    // Ahead of the visitor at the start (north, -z), well beyond the clearing.
    expect(fall.z).toBeLessThan(-shape.radius)
    expect(fall.distance).toBeGreaterThan(shape.extent)
    expect(shape.room).toBeUndefined()
    for (const biome of BIOMES.filter((b) => b !== 'river-valley'))
      expect(landscapeMapShape(biome, []).waterfall, biome).toBeUndefined()
  })
})

describe('landscapeMapShape', () => {
  it('is the headset’s walkable area: radius, start, obstacles', () => {
    for (const biome of BIOMES) {
      const shape = landscapeMapShape(biome, ids(5))
      const area = landscapeArea(biome, 5)
      expect(shape.radius).toBe(area.radius)
      expect(shape.obstacles).toEqual(area.obstacles)
      expect(shape.start).toEqual(LANDSCAPE_START)
      expect(shape.extent).toBeGreaterThan(shape.radius)
    }
  })

  it('draws water exactly where the terrain is under water, and nowhere a visitor may stand', () => {
    let wetBiomes = 0
    for (const biome of BIOMES) {
      const shape = landscapeMapShape(biome, ids(3), 1)
      const area = landscapeArea(biome, 3)
      if (shape.water.length) wetBiomes++
      for (const run of shape.water) {
        expect(run.x1).toBeGreaterThan(run.x0)
        for (let x = run.x0 + 0.5; x < run.x1; x += 1) {
          const z = run.z + 0.5
          expect(isUnderWater(area.terrain, x, z), `${biome} ${x},${z}`).toBe(true)
          expect(isWalkableIn(area, x, z)).toBe(false)
          expect(Math.hypot(x, z)).toBeLessThanOrEqual(shape.extent + 1e-9)
        }
      }
    }
    // The garden's pond lies in the clearing; the beach and the lake show their shores.
    expect(wetBiomes).toBeGreaterThanOrEqual(2)
    const garden = landscapeMapShape('garden', [])
    const pondInClearing = garden.water.some((r) => Math.hypot((r.x0 + r.x1) / 2, r.z) < garden.radius)
    expect(pondInClearing).toBe(true)
    expect(landscapeMapShape('meadow', []).water).toEqual([])
  })

  it('finds the dry cells next to the water dry (the runs are not just the whole map)', () => {
    const shape = landscapeMapShape('garden', [], 1)
    const area = landscapeArea('garden', 0)
    const wet = new Set(
      shape.water.flatMap((r) => {
        const out: string[] = []
        for (let x = r.x0; x < r.x1 - 1e-9; x += 1) out.push(`${x},${r.z}`)
        return out
      }),
    )
    let dry = 0
    for (let z = -shape.extent; z < shape.extent; z += 1)
      for (let x = -shape.extent; x < shape.extent; x += 1) {
        const cx = x + 0.5
        const cz = z + 0.5
        if (Math.hypot(cx, cz) > shape.extent) continue
        expect(wet.has(`${x},${z}`), `${cx},${cz}`).toBe(isUnderWater(area.terrain, cx, cz))
        if (!wet.has(`${x},${z}`)) dry++
      }
    expect(dry).toBeGreaterThan(100)
  })
})

describe('lookedAt', () => {
  const targets = standTargets(standsFor(ids(3)))
  it('names the painting in the centre of view, like the headset does in the gallery', () => {
    // From the start, straight ahead (-z) is the lookout frame with the newest artwork.
    expect(lookedAt([0, 1.6, 4.5], [0, 0, -1], targets)).toBe('a2')
    const side = targets[1]!
    const dir = [side.x - 0, side.y - 1.6, side.z - 0]
    expect(lookedAt([0, 1.6, 0], dir, targets)).toBe(side.id)
  })
  it('names nothing when looking away, too far, or with a broken pose', () => {
    expect(lookedAt([0, 1.6, 4.5], [0, 0, 1], targets)).toBeUndefined()
    expect(lookedAt([0, 1.6, 40], [0, 0, -1], targets)).toBeUndefined()
    expect(lookedAt([0, 1.6, 0], [0, 0, 0], targets)).toBeUndefined()
    expect(lookedAt([NaN, 1.6, 0], [0, 0, -1], targets)).toBeUndefined()
  })
})

describe('console store in the landscape', () => {
  const state = createSessionState({ id: 's1', clientId: 'c', clientAlias: 'R', therapistId: 't', now: 0 })
  const pose = (t: number, z: number) => ({
    v: 1 as const,
    type: 'pose' as const,
    t,
    head: { p: [0, 1.6, z] as [number, number, number], q: [0, 0, 0, 1] as [number, number, number, number] },
    gaze: { dir: [0, 0, -1] as [number, number, number] },
  })
  it('attributes gaze to the stands when the headset names none, and forgets the path when the view changes', () => {
    const store = createConsoleStore()
    store.replaceState(state)
    store.live.gazeTargets = standTargets(standsFor(['x', 'y']))
    for (let i = 0; i < 10; i++) store.receivePose(pose(i * 100, 4.5 - i * 0.3))
    expect(store.live.heatmap.byArtwork.get('y')).toBeCloseTo(0.9)
    expect(store.live.heatmap.trail.length).toBeGreaterThan(3)
    store.applyRemote({ type: 'set-view', view: 'landscape' }, 1)
    expect(store.live.heatmap.trail).toHaveLength(0)
    // Looking time is kept: it is about the artworks, not the place.
    expect(store.live.heatmap.byArtwork.get('y')).toBeCloseTo(0.9)
    store.receivePose(pose(2000, 0))
    store.applyRemote({ type: 'set-brightness', value: 0.8 }, 2)
    expect(store.live.heatmap.trail).toHaveLength(1)
    // A resync welcome with the other view also starts a new path.
    store.replaceState(applyCommand(store.getState().session!, { type: 'set-view', view: 'gallery' }, 3))
    expect(store.live.heatmap.trail).toHaveLength(0)
  })
})
