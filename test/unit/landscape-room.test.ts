import { describe, expect, it } from 'vitest'
import {
  artworkArcRadius,
  isPathClearIn,
  isWalkableIn,
  landscapeArea,
  landscapeParams,
  LANDSCAPE_START,
  MAX_LANDSCAPE_ARTWORKS,
  placeArtworks,
} from '../../src/shared/landscape'
import {
  fireBreath,
  footprintDistance,
  roomFootprints,
  roomLightBalance,
  ROOM_LAYOUT,
} from '../../src/shared/landscape/room'
import { BIOMES, DEFAULT_SCENE_SPEC } from '../../src/shared/scene-constants'

const room = ROOM_LAYOUT
const area = landscapeArea('cozy-room', MAX_LANDSCAPE_ARTWORKS)
const stands = placeArtworks(MAX_LANDSCAPE_ARTWORKS, artworkArcRadius('cozy-room'))

describe('the cozy room', () => {
  it('is the only indoor place, about 9–14 m across, with a ceiling a person stands under', () => {
    expect(BIOMES.filter((b) => landscapeArea(b, 0).room)).toEqual(['cozy-room'])
    for (const span of [room.maxX - room.minX, room.maxZ - room.minZ]) {
      expect(span).toBeGreaterThanOrEqual(9)
      expect(span).toBeLessThanOrEqual(14)
    }
    expect(room.height).toBeGreaterThan(2.6)
  })

  it('holds every artwork stand inside its walls, clear of the furniture, with a walkable spot before each', () => {
    for (const s of stands) {
      expect(s.x, s.kind).toBeGreaterThan(room.minX + 0.5)
      expect(s.x).toBeLessThan(room.maxX - 0.5)
      expect(s.z).toBeGreaterThan(room.minZ + 0.5)
      expect(s.z).toBeLessThan(room.maxZ - 0.5)
      for (const f of roomFootprints()) expect(footprintDistance(f, s.x, s.z), s.kind).toBeGreaterThan(0.6)
      const x = s.x + Math.sin(s.rotationY) * 1.5
      const z = s.z + Math.cos(s.rotationY) * 1.5
      expect(isWalkableIn(area, x, z)).toBe(true)
      expect(isPathClearIn(area, LANDSCAPE_START.x, LANDSCAPE_START.z, x, z)).toBe(true)
    }
    // Still the gallery's spacing, so easels and panels never crowd each other.
    for (const [i, s] of stands.entries())
      for (const t of stands.slice(i + 1)) expect(Math.hypot(s.x - t.x, s.z - t.z)).toBeGreaterThan(2.4)
  })

  it('lets the visitor start at the usual place and not walk through walls or furniture', () => {
    expect(isWalkableIn(area, LANDSCAPE_START.x, LANDSCAPE_START.z)).toBe(true)
    expect(isWalkableIn(area, 0, 0)).toBe(true)
    // Walls: just inside is fine, a body's width into the wall is not, nor anything beyond.
    expect(isWalkableIn(area, room.maxX - 0.5, 0)).toBe(true)
    expect(isWalkableIn(area, room.maxX - 0.1, 0)).toBe(false)
    expect(isWalkableIn(area, room.minX - 1, 0)).toBe(false)
    expect(isWalkableIn(area, 0, room.minZ + 0.1)).toBe(false)
    expect(isWalkableIn(area, 0, room.maxZ + 2)).toBe(false)
    for (const p of room.pieces) expect(isWalkableIn(area, p.x, p.z), p.kind).toBe(false)
    // The hearth and the fire.
    expect(isWalkableIn(area, room.fireplace.x, room.maxZ - 0.6)).toBe(false)
    // Walking straight at the fire stops before the hearth.
    expect(isPathClearIn(area, 0, 4.5, 0, room.maxZ - 0.2)).toBe(false)
  })

  it('opens with the windows ahead: a window lies well inside the start view', () => {
    const yaw = LANDSCAPE_START.yaw
    const ahead = [-Math.sin(yaw), -Math.cos(yaw)]
    const angles = room.windows.map((w) => {
      const dx = (w.x0 + w.x1) / 2 - LANDSCAPE_START.x
      const dz = room.minZ - LANDSCAPE_START.z
      return (Math.acos((dx * ahead[0]! + dz * ahead[1]!) / Math.hypot(dx, dz)) * 180) / Math.PI
    })
    expect(Math.min(...angles)).toBeLessThan(25)
    // Windows sit in the far wall, at a height a standing person looks through.
    for (const w of room.windows) {
      expect(w.x1 - w.x0).toBeGreaterThan(1.5)
      expect(w.sill).toBeLessThan(1.1)
      expect(w.top).toBeGreaterThan(2)
      expect(w.top).toBeLessThan(room.height)
    }
  })

  it('is plain, deterministic data: the same area every time', () => {
    expect(landscapeArea('cozy-room', 5)).toEqual(landscapeArea('cozy-room', 5))
    expect(JSON.parse(JSON.stringify(ROOM_LAYOUT))).toEqual(ROOM_LAYOUT)
  })

  it('has no plants, props or floating particles indoors, only rain on the glass', () => {
    const rain = landscapeParams({
      ...DEFAULT_SCENE_SPEC,
      biome: 'cozy-room',
      timeOfDay: 'night',
      weather: 'rain',
      motifs: ['trees', 'lanterns', 'fireflies', 'birds'],
    })
    expect(rain.structure.terrain.kind).toBe('room')
    expect(rain.structure.vegetation).toEqual([])
    expect(rain.structure.props).toEqual([])
    const { rain: drops, ...rest } = rain.look.particles
    expect(drops).toBeGreaterThan(0.5)
    expect(Object.values(rest).every((v) => v === 0)).toBe(true)
  })
})

describe('the room’s warm lights', () => {
  it('carry the room at night and are accents by day', () => {
    const noon = roomLightBalance(0.95, 0)
    const night = roomLightBalance(0.32, 1)
    expect(night.fire).toBeGreaterThan(noon.fire * 1.5)
    expect(night.lamp).toBeGreaterThan(noon.lamp * 1.5)
    expect(noon.daylight).toBeGreaterThan(night.daylight * 3)
    const out = { fire: 0, lamp: 0, daylight: 0 }
    expect(roomLightBalance(0.5, 0, out)).toBe(out)
  })

  it('the fire breathes slowly and softly: within ±10 %, never a step a flash could make', () => {
    const dt = 1 / 90
    let prev = fireBreath(0)
    let crossings = 0
    let biggest = 0
    for (let i = 1; i < 90 * 120; i++) {
      const v = fireBreath(i * dt)
      expect(v).toBeGreaterThanOrEqual(0.9)
      expect(v).toBeLessThanOrEqual(1.1)
      biggest = Math.max(biggest, Math.abs(v - prev))
      if ((prev - 1) * (v - 1) < 0) crossings++
      prev = v
    }
    // Crossings of the mean: at most two per cycle of about 1 Hz over two minutes.
    expect(crossings / 2 / 120).toBeLessThanOrEqual(1)
    expect(biggest).toBeLessThan(0.005)
  })
})

describe("the viewer's walking rules", () => {
  it('are the area’s own, for the room and a clearing alike', async () => {
    const { landscapeWalk } = await import('../../src/shared/landscape/walk-area')
    for (const biome of ['cozy-room', 'meadow'] as const) {
      const walk = landscapeWalk(biome, 5)
      const a = landscapeArea(biome, 5)
      for (const [x, z] of [
        [LANDSCAPE_START.x, LANDSCAPE_START.z],
        [0, -20],
        [room.maxX + 1, 0],
        [3, 3],
      ] as const) {
        expect(walk.isWalkable(x, z), `${biome} ${x},${z}`).toBe(isWalkableIn(a, x, z))
      }
      expect(walk.isPathClear(0, 4.5, 0, -20)).toBe(isPathClearIn(a, 0, 4.5, 0, -20))
    }
    // Walking into the room's wall slides along it instead of passing through.
    const out = { x: 0, z: 0 }
    landscapeWalk('cozy-room', 0).constrainMove(room.maxX - 0.6, 0, room.maxX + 2, 0.5, out)
    expect(out.x).toBeLessThan(room.maxX)
  })
})
