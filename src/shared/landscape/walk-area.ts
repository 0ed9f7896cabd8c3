import { VISITOR_RADIUS } from '../layout/walkable'
import { LANDSCAPE_START, type LandscapeWalk } from './landscape-walk'
import type { Biome } from '../scene-constants'
import { isFreeInRoom, roomFootprints, ROOM_LAYOUT, type RoomFootprint, type RoomLayout } from './room'
import { BIOME_BUILD } from './tables'
import { isUnderWater, landscapeSeed, terrainFor, WALK_RADIUS } from './terrain'
import type { TerrainParams } from './types'

// No zod here: the app imports this in its first bundle to constrain walking in the landscape.

/** At most this many of the newest artworks stand in the landscape; the gallery keeps them all. */
export const MAX_LANDSCAPE_ARTWORKS = 9

/**
 * Which artworks stand in the landscape, in stand order: the newest `MAX_LANDSCAPE_ARTWORKS`, newest first, so the
 * newest is in the lookout frame. One rule for the scene and the console's map.
 */
export function landscapeChoice<T>(items: readonly T[]): T[] {
  return items.slice(-MAX_LANDSCAPE_ARTWORKS).reverse()
}

export type ArtworkStandKind = 'frame' | 'easel' | 'panel'
export type ArtworkStand = {
  kind: ArtworkStandKind
  /** Centre of the painting. */
  x: number
  y: number
  z: number
  /** Rotation about y turning a +z-facing plane to face the middle of the clearing. */
  rotationY: number
}

export { LANDSCAPE_START }

const ARC_ANGLES = [-40, 40, -66, 66, -92, 92, -118, 118]
const ARC_RADIUS = 8

/** The arc the artworks stand on in `biome`: outdoors 8 m, indoors the room's own, so every stand is inside. */
export function artworkArcRadius(biome: Biome): number {
  return BIOME_BUILD[biome].terrain.kind === 'room' ? ROOM_LAYOUT.standRadius : ARC_RADIUS
}

/**
 * Where the artworks stand, newest first: the newest in a standing frame at the lookout straight ahead, the
 * rest on easels and soft floating panels around the clearing, about 3 m apart, each facing its middle so it
 * can be walked to and looked at.
 */
export function placeArtworks(count: number, radius = ARC_RADIUS): ArtworkStand[] {
  const n = Math.max(0, Math.min(MAX_LANDSCAPE_ARTWORKS, Math.floor(count)))
  const out: ArtworkStand[] = []
  for (let i = 0; i < n; i++) {
    if (i === 0) {
      out.push({ kind: 'frame', x: 0, y: 1.55, z: -radius, rotationY: 0 })
      continue
    }
    const deg = ARC_ANGLES[i - 1]!
    const a = (deg * Math.PI) / 180
    const kind: ArtworkStandKind = i % 2 === 1 ? 'easel' : 'panel'
    out.push({
      kind,
      x: Math.sin(a) * radius,
      y: kind === 'easel' ? 1.42 : 1.62,
      z: -Math.cos(a) * radius,
      rotationY: -a,
    })
  }
  return out
}

/**
 * Where a visitor may stand in a landscape: a level clearing, minus water and the artworks' stands; indoors, the
 * room inside its walls, minus the furniture.
 */
export type LandscapeArea = {
  /** The clearing's radius; indoors the distance to the farthest corner (the walls bound the walk instead). */
  radius: number
  obstacles: Array<{ x: number; z: number; r: number }>
  terrain: TerrainParams
  start: { x: number; z: number; yaw: number }
  /** Indoors only: the room and the footprints of its furniture. */
  room?: { layout: RoomLayout; blocks: RoomFootprint[] }
}

export function landscapeArea(
  biome: Biome,
  artworkCount: number,
  seed = landscapeSeed(biome),
): LandscapeArea {
  const terrain = terrainFor(biome, seed)
  const indoors = terrain.kind === 'room'
  const r = ROOM_LAYOUT
  return {
    radius: indoors ? Math.hypot(Math.max(-r.minX, r.maxX), Math.max(-r.minZ, r.maxZ)) : WALK_RADIUS,
    obstacles: placeArtworks(artworkCount, artworkArcRadius(biome))
      // Floating panels hang in the air: a visitor may step right up to (and under) them.
      .filter((s) => s.kind !== 'panel')
      .map((s) => ({ x: s.x, z: s.z, r: 0.45 })),
    terrain,
    start: { ...LANDSCAPE_START },
    ...(indoors && { room: { layout: r, blocks: roomFootprints(r) } }),
  }
}

export function isWalkableIn(area: LandscapeArea, x: number, z: number, radius = VISITOR_RADIUS): boolean {
  if (!Number.isFinite(x) || !Number.isFinite(z)) return false
  if (area.room) {
    if (!isFreeInRoom(area.room.layout, area.room.blocks, x, z, radius)) return false
  } else if (Math.hypot(x, z) > area.radius - radius) return false
  if (area.obstacles.some((o) => Math.hypot(x - o.x, z - o.z) < o.r + radius)) return false
  return !isUnderWater(area.terrain, x, z)
}

/** Like the gallery's constrainMove: slide along the edge rather than stopping dead. Writes into `out`. */
export function constrainMoveIn(
  area: LandscapeArea,
  fromX: number,
  fromZ: number,
  toX: number,
  toZ: number,
  out: { x: number; z: number },
  radius = VISITOR_RADIUS,
): { x: number; z: number } {
  if (isWalkableIn(area, toX, toZ, radius)) [out.x, out.z] = [toX, toZ]
  else if (isWalkableIn(area, toX, fromZ, radius)) [out.x, out.z] = [toX, fromZ]
  else if (isWalkableIn(area, fromX, toZ, radius)) [out.x, out.z] = [fromX, toZ]
  else [out.x, out.z] = [fromX, fromZ]
  return out
}

export function isPathClearIn(
  area: LandscapeArea,
  fromX: number,
  fromZ: number,
  toX: number,
  toZ: number,
  radius = VISITOR_RADIUS,
): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(toX - fromX, toZ - fromZ) / 0.1))
  for (let i = 0; i <= steps; i++) {
    const t = i / steps
    if (!isWalkableIn(area, fromX + (toX - fromX) * t, fromZ + (toZ - fromZ) * t, radius)) return false
  }
  return true
}

/** The walking rules of `biome`'s landscape with `artworkCount` stands, bound for the viewer (landscape-walk.ts). */
export function landscapeWalk(biome: Biome, artworkCount: number): LandscapeWalk {
  const area = landscapeArea(biome, artworkCount)
  return {
    constrainMove: (fromX, fromZ, toX, toZ, out) => constrainMoveIn(area, fromX, fromZ, toX, toZ, out),
    isWalkable: (x, z) => isWalkableIn(area, x, z),
    isPathClear: (fromX, fromZ, toX, toZ) => isPathClearIn(area, fromX, fromZ, toX, toZ),
  }
}
