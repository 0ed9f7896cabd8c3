// No zod and no three here: the walk area (first bundle) and the scene both read this plain data, so the walls
// the visitor bumps into are exactly the walls that are drawn.

/** A furniture footprint on the floor: a rectangle about (x, z), turned by `yaw` (the scene's rotation.y). */
export type RoomFootprint = { x: number; z: number; halfX: number; halfZ: number; yaw: number }

export type RoomPieceKind = 'armchair' | 'bookshelf' | 'lamp' | 'low-table' | 'log-basket'

/** One piece of furniture. Its front faces local +z, which `yaw` turns to (sin yaw, cos yaw) in the room. */
export type RoomPiece = RoomFootprint & {
  kind: RoomPieceKind
  /** Picks colours; same value, same piece. */ tone: number
}

/** A window in the far wall (z = minZ): its span across x and from sill to top, in metres. */
export type RoomWindow = { x0: number; x1: number; sill: number; top: number }

export type RoomLayout = {
  minX: number
  maxX: number
  /** The far wall, with the windows, ahead of the visitor at the start. */
  minZ: number
  /** The back wall, with the fireplace, behind the visitor at the start. */
  maxZ: number
  height: number
  /** The artworks' arc radius indoors: it keeps every stand inside the walls with room to walk around it. */
  standRadius: number
  windows: RoomWindow[]
  /** The fireplace in the back wall, centred on `x`; the hearth stone lies in front of the chimney breast. */
  fireplace: {
    x: number
    width: number
    depth: number
    openingWidth: number
    openingHeight: number
    hearthDepth: number
  }
  rug: { x: number; z: number; halfX: number; halfZ: number }
  pieces: RoomPiece[]
  /** Where the warm lights sit (the fire low in its opening, the lamp inside its shade). */
  fireLight: { x: number; y: number; z: number }
  lampLight: { x: number; y: number; z: number }
}

/**
 * The cozy room, 12.6 m × 13.4 m, about the landscape's origin. The visitor starts at (0, 4.5) facing -z: ahead
 * the two windows with the hills, between them the newest painting; left a bookshelf, right a reading corner with
 * its lamp; behind, the fire with two armchairs. The artworks stand on an arc of 5.6 m instead of the clearing's
 * 8 m (neighbours still about 2.5 m apart), so a room of about 12 m holds them all with space to walk up to each.
 */
export const ROOM_LAYOUT: RoomLayout = {
  minX: -6.3,
  maxX: 6.3,
  minZ: -6.4,
  maxZ: 7,
  height: 3.2,
  standRadius: 5.6,
  windows: [
    { x0: -3.95, x1: -1.55, sill: 0.6, top: 2.7 },
    { x0: 1.55, x1: 3.95, sill: 0.6, top: 2.7 },
  ],
  fireplace: { x: 0, width: 2.4, depth: 0.5, openingWidth: 1.1, openingHeight: 0.95, hearthDepth: 0.5 },
  rug: { x: 0, z: 0.2, halfX: 1.7, halfZ: 2.3 },
  pieces: [
    // By the fire, facing each other across the hearth and turned a little toward it.
    { kind: 'armchair', x: -1.95, z: 5.75, halfX: 0.45, halfZ: 0.45, yaw: Math.PI / 2 + 0.35, tone: 1 },
    { kind: 'armchair', x: 1.95, z: 5.75, halfX: 0.45, halfZ: 0.45, yaw: -Math.PI / 2 - 0.35, tone: 2 },
    { kind: 'log-basket', x: -1.75, z: 6.75, halfX: 0.28, halfZ: 0.2, yaw: 0, tone: 0 },
    // The bookshelf in the far left corner, against the far wall.
    { kind: 'bookshelf', x: -5.25, z: -6.2, halfX: 0.9, halfZ: 0.2, yaw: 0, tone: 0 },
    // The reading corner: a chair turned into the room, its lamp and a low table with a book and a cup.
    { kind: 'armchair', x: 5.2, z: -5.3, halfX: 0.45, halfZ: 0.45, yaw: -Math.PI / 4, tone: 0 },
    { kind: 'lamp', x: 5.85, z: -4.45, halfX: 0.2, halfZ: 0.2, yaw: 0, tone: 0 },
    { kind: 'low-table', x: 4.15, z: -5.95, halfX: 0.4, halfZ: 0.28, yaw: 0, tone: 0 },
  ],
  fireLight: { x: 0, y: 0.45, z: 6.65 },
  lampLight: { x: 5.85, y: 1.5, z: -4.45 },
}

/** Everything a visitor cannot walk into: the furniture and the chimney breast with its hearth. */
export function roomFootprints(room: RoomLayout = ROOM_LAYOUT): RoomFootprint[] {
  const f = room.fireplace
  const hearthHalfZ = (f.depth + f.hearthDepth) / 2
  return [
    ...room.pieces.map(({ x, z, halfX, halfZ, yaw }) => ({ x, z, halfX, halfZ, yaw })),
    { x: f.x, z: room.maxZ - hearthHalfZ, halfX: f.width / 2 + 0.1, halfZ: hearthHalfZ, yaw: 0 },
  ]
}

/** Distance from (x, z) to a footprint's rectangle (0 inside). */
export function footprintDistance(f: RoomFootprint, x: number, z: number): number {
  const dx = x - f.x
  const dz = z - f.z
  const c = Math.cos(f.yaw)
  const s = Math.sin(f.yaw)
  // Into the piece's own frame: the inverse of three's rotation about y.
  const lx = dx * c - dz * s
  const lz = dx * s + dz * c
  return Math.hypot(Math.max(Math.abs(lx) - f.halfX, 0), Math.max(Math.abs(lz) - f.halfZ, 0))
}

/** Inside the walls with `radius` to spare, and clear of every footprint by `radius`. */
export function isFreeInRoom(
  room: RoomLayout,
  blocks: readonly RoomFootprint[],
  x: number,
  z: number,
  radius: number,
) {
  if (x < room.minX + radius || x > room.maxX - radius) return false
  if (z < room.minZ + radius || z > room.maxZ - radius) return false
  return blocks.every((b) => footprintDistance(b, x, z) >= radius)
}

/**
 * How strongly the fire and the lamp glow for the light outside: by day they are warm accents, at night they
 * carry the room. Slow in, slow out: the look itself glides, so these do too. Writes into `out`.
 */
export function roomLightBalance(
  sunIntensity: number,
  moon: number,
  out: { fire: number; lamp: number; daylight: number } = { fire: 0, lamp: 0, daylight: 0 },
): { fire: number; lamp: number; daylight: number } {
  const day = Math.min(1, Math.max(0, sunIntensity)) * (1 - 0.7 * Math.min(1, Math.max(0, moon)))
  out.daylight = day
  out.fire = 0.5 + 0.8 * (1 - day)
  out.lamp = 0.45 + 0.75 * (1 - day)
  return out
}

/**
 * The fire's breath: a factor about 1 that rises and falls by at most ±10 %, from two slow waves (0.23 Hz and
 * 0.61 Hz). No flicker: docs/CLINICAL.md asks that nothing flashes, and a fire's light is allowed to move only
 * like slow breathing.
 */
export function fireBreath(t: number): number {
  return 1 + 0.06 * Math.sin(2 * Math.PI * 0.23 * t) + 0.04 * Math.sin(2 * Math.PI * 0.61 * t + 1.3)
}
