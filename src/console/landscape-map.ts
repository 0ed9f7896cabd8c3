import { roomFootprints, type RoomFootprint } from '../shared/landscape/room'
import { BIOME_BUILD } from '../shared/landscape/tables'
import { isUnderWater, landscapeSeed } from '../shared/landscape/terrain'
import { waterfallFor } from '../shared/landscape/waterfall'
import {
  artworkArcRadius,
  MAX_LANDSCAPE_ARTWORKS,
  landscapeArea,
  landscapeChoice,
  placeArtworks,
  type ArtworkStand,
  type LandscapeArea,
} from '../shared/landscape/walk-area'
import type { Biome } from '../shared/scene-constants'

/**
 * The top-down map of a landscape, as pure geometry: the same walkable area and artwork stands the headset uses
 * (src/shared/landscape/walk-area.ts), so what the therapist sees on the map is where the client can walk.
 */

export type MapBounds = { minX: number; maxX: number; minZ: number; maxZ: number }

/** World metres → canvas pixels, north (-z) up, the bounds centred in the canvas. */
export type MapTransform = {
  scale: number
  x: (worldX: number) => number
  z: (worldZ: number) => number
}

export function fitTransform(b: MapBounds, size: { width: number; height: number }, pad = 14): MapTransform {
  const w = Math.max(1e-6, b.maxX - b.minX)
  const h = Math.max(1e-6, b.maxZ - b.minZ)
  const scale = Math.max(1e-6, Math.min((size.width - pad * 2) / w, (size.height - pad * 2) / h))
  const ox = (size.width - w * scale) / 2 - b.minX * scale
  const oz = (size.height - h * scale) / 2 - b.minZ * scale
  return { scale, x: (wx) => ox + wx * scale, z: (wz) => oz + wz * scale }
}

export type MapStand = ArtworkStand & { id: string }

/**
 * Which artwork stands where. `ids` are the shown artworks in slot order, as the headset's scene lists them; the
 * choice is the scene's own (`landscapeChoice`), so the map matches what the client walks among.
 */
export function standsFor(ids: readonly string[], biome?: Biome): MapStand[] {
  const chosen = landscapeChoice(ids)
  // Indoors the arc is the room's own (artworkArcRadius), as the headset's Stands.tsx places them.
  const stands = placeArtworks(chosen.length, biome && artworkArcRadius(biome))
  return chosen.map((id, i) => ({ ...stands[i]!, id }))
}

/** A run of water cells along one row of the map grid (fewer rectangles to draw than single cells). */
export type WaterRun = { z: number; x0: number; x1: number }

export type LandscapeMapShape = {
  biome: Biome
  /** Radius of the level clearing the client may walk in (metres about the origin). */
  radius: number
  /** How far the map reaches: a little past the clearing, so a shore or a pond's far bank shows. */
  extent: number
  bounds: MapBounds
  /** Grid cell size (metres) of the water runs. */
  cell: number
  water: WaterRun[]
  /** Stand feet the client walks around (easels and the lookout frame; floating panels are not in the way). */
  obstacles: LandscapeArea['obstacles']
  stands: MapStand[]
  start: LandscapeArea['start']
  /** Indoors: the walls, the windows in the far wall, and the furniture and hearth the client walks around. */
  room?: MapRoom
  /** Where the place's waterfall falls, when it has one: often far down the valley, beyond the map's edge. */
  waterfall?: MapWaterfall
}

export type MapRoom = {
  walls: MapBounds
  /** Spans across x of the windows in the far wall (z = walls.minZ). */
  windows: Array<{ x0: number; x1: number }>
  /** The fireplace's opening in the back wall (z = walls.maxZ), across x. */
  fire: { x0: number; x1: number }
  /** Each piece of furniture and the hearth, as the four corners of its footprint on the floor. */
  blocks: Array<ReadonlyArray<{ x: number; z: number }>>
}

export type MapWaterfall = {
  x: number
  z: number
  width: number
  /** From the start, metres. */ distance: number
}

/** The four corners of a footprint, turned as the scene turns it (rotation about y by `yaw`). */
export function footprintCorners(f: RoomFootprint): Array<{ x: number; z: number }> {
  const c = Math.cos(f.yaw)
  const s = Math.sin(f.yaw)
  return [
    [-f.halfX, -f.halfZ],
    [f.halfX, -f.halfZ],
    [f.halfX, f.halfZ],
    [-f.halfX, f.halfZ],
  ].map(([lx = 0, lz = 0]) => ({ x: f.x + lx * c + lz * s, z: f.z - lx * s + lz * c }))
}

/** A little floor beyond the walls, so the walls are drawn whole. */
const ROOM_MARGIN = 0.8

function mapRoom(area: LandscapeArea): MapRoom | undefined {
  if (!area.room) return undefined
  const r = area.room.layout
  const { x, openingWidth } = r.fireplace
  return {
    walls: { minX: r.minX, maxX: r.maxX, minZ: r.minZ, maxZ: r.maxZ },
    windows: r.windows.map((w) => ({ x0: w.x0, x1: w.x1 })),
    fire: { x0: x - openingWidth / 2, x1: x + openingWidth / 2 },
    blocks: roomFootprints(r).map(footprintCorners),
  }
}

function mapWaterfall(biome: Biome, area: LandscapeArea): MapWaterfall | undefined {
  const wish = BIOME_BUILD[biome].waterfall
  const fall = wish && waterfallFor(area.terrain, wish, landscapeSeed(biome))
  if (!fall) return undefined
  const [x, , z] = fall.foot
  return { x, z, width: fall.width, distance: Math.hypot(x - area.start.x, z - area.start.z) }
}

/** Everything the map draws for a landscape of `biome` with these artworks (slot order). Pure and deterministic. */
export function landscapeMapShape(biome: Biome, ids: readonly string[], cell = 0.5): LandscapeMapShape {
  const area = landscapeArea(biome, Math.min(ids.length, MAX_LANDSCAPE_ARTWORKS))
  const extent = area.radius + 4
  const water: WaterRun[] = []
  const n = Math.ceil((extent * 2) / cell)
  for (let j = 0; j < n; j++) {
    const z = -extent + (j + 0.5) * cell
    let runStart: number | null = null
    for (let i = 0; i <= n; i++) {
      const x = -extent + (i + 0.5) * cell
      const wet = i < n && Math.hypot(x, z) <= extent && isUnderWater(area.terrain, x, z)
      if (wet && runStart === null) runStart = x - cell / 2
      if (!wet && runStart !== null) {
        water.push({ z: z - cell / 2, x0: runStart, x1: x - cell / 2 })
        runStart = null
      }
    }
  }
  const room = mapRoom(area)
  const waterfall = mapWaterfall(biome, area)
  const w = room?.walls
  return {
    biome,
    radius: area.radius,
    extent,
    bounds: w
      ? {
          minX: w.minX - ROOM_MARGIN,
          maxX: w.maxX + ROOM_MARGIN,
          minZ: w.minZ - ROOM_MARGIN,
          maxZ: w.maxZ + ROOM_MARGIN,
        }
      : { minX: -extent, maxX: extent, minZ: -extent, maxZ: extent },
    cell,
    water,
    obstacles: area.obstacles,
    stands: standsFor(ids, biome),
    start: area.start,
    ...(room && { room }),
    ...(waterfall && { waterfall }),
  }
}

export type GazePoint = { id: string; x: number; y: number; z: number }

/** The stands' paintings as points to look at. */
export function standTargets(stands: readonly MapStand[]): GazePoint[] {
  return stands.map((s) => ({ id: s.id, x: s.x, y: s.y, z: s.z }))
}

/** About the size of a painting at 3 m, as the headset uses for the gallery (src/client/session/gaze.ts). */
const COS_LIMIT = Math.cos((12 * Math.PI) / 180)
const MAX_DISTANCE = 14

/**
 * The painting nearest the centre of view. In a landscape the headset sends no artwork id with its gaze (it
 * leaves the placement to the console), so the console works it out from the pose with the same angle test.
 */
export function lookedAt(
  head: ArrayLike<number>,
  dir: ArrayLike<number>,
  targets: readonly GazePoint[],
): string | undefined {
  const [hx = 0, hy = 0, hz = 0] = [head[0], head[1], head[2]]
  const [dx = 0, dy = 0, dz = 0] = [dir[0], dir[1], dir[2]]
  const dl = Math.hypot(dx, dy, dz)
  if (!(dl > 0) || !Number.isFinite(hx + hy + hz)) return undefined
  let best: string | undefined
  let bestCos = COS_LIMIT
  for (const t of targets) {
    const vx = t.x - hx
    const vy = t.y - hy
    const vz = t.z - hz
    const d = Math.hypot(vx, vy, vz)
    if (d < 1e-6 || d > MAX_DISTANCE) continue
    const c = (vx * dx + vy * dy + vz * dz) / (d * dl)
    if (c > bestCos) {
      bestCos = c
      best = t.id
    }
  }
  return best
}
