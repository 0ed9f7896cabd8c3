import {
  DOORWAY_HEIGHT,
  DOORWAY_WIDTH,
  ROOM_SIZE,
  ROOMS_PER_ROW,
  SLOT_HEIGHT,
  SLOT_OFFSET,
  SLOT_SPACING,
  START_DISTANCE,
  WALL_HEIGHT,
  WALL_THICKNESS,
  WINDOW_BOTTOM,
  WINDOW_TOP,
  WINDOW_WIDTH,
} from './constants'
import type { Bench, Doorway, GalleryLayout, Opening, Rect, Room, Side, Slot, Wall } from './types'

const PITCH = ROOM_SIZE + WALL_THICKNESS
const HALF = ROOM_SIZE / 2
const SIDES: Side[] = ['north', 'south', 'east', 'west']
/** Unit vectors pointing into a room from each of its sides. */
const INWARD: Record<Side, { x: number; z: number }> = {
  north: { x: 0, z: 1 },
  south: { x: 0, z: -1 },
  east: { x: -1, z: 0 },
  west: { x: 1, z: 0 },
}
const OPPOSITE: Record<Side, Side> = { north: 'south', south: 'north', east: 'west', west: 'east' }
/** A plain wall holds four paintings, centre-out so the first ones are the easiest to see. */
const PLAIN_OFFSETS = [-0.5, 0.5, -1.5, 1.5].map((k) => k * SLOT_SPACING)
/** A wall with a doorway or window in its middle keeps one painting either side, well clear of the opening. */
const OPENING_OFFSETS = [-3.5, 3.5]

function cellOf(index: number): { col: number; row: number } {
  const row = Math.floor(index / ROOMS_PER_ROW)
  const i = index % ROOMS_PER_ROW
  // A serpentine keeps the gallery compact: row 0 runs east, row 1 comes back west, and so on northward.
  return { row, col: row % 2 === 0 ? i : ROOMS_PER_ROW - 1 - i }
}

function sideToward(from: number, to: number): Side {
  const a = cellOf(from)
  const b = cellOf(to)
  if (b.col > a.col) return 'east'
  if (b.col < a.col) return 'west'
  return b.row > a.row ? 'north' : 'south'
}

function roomAt(index: number): Room {
  const { col, row } = cellOf(index)
  const cx = col * PITCH
  const cz = -row * PITCH
  const entry = index === 0 ? null : sideToward(index, index - 1)
  const exit = sideToward(index, index + 1)
  // Only sides that can never gain a neighbour get a window, so adding rooms never bricks one up.
  const outside: Side[] = []
  if (row === 0) outside.push('south')
  if (col === 0) outside.push('west')
  if (col === ROOMS_PER_ROW - 1) outside.push('east')
  const windowSide = outside.find((s) => s !== entry && s !== exit) ?? null
  return {
    index,
    col,
    row,
    floor: { minX: cx - HALF, maxX: cx + HALF, minZ: cz - HALF, maxZ: cz + HALF },
    entry,
    exit,
    windowSide,
  }
}

/** Walls in the order a visitor meets them: the one facing the entrance first. */
function sideOrder(room: Room): Side[] {
  const facing = room.entry ? OPPOSITE[room.entry] : 'north'
  const rest = SIDES.filter((s) => s !== facing && s !== room.entry)
  return room.entry ? [facing, ...rest, room.entry] : [facing, ...rest]
}

function sideHasOpening(room: Room, side: Side): boolean {
  // The exit is always reserved (no painting there), so opening it later never moves a slot.
  return side === room.entry || side === room.exit || side === room.windowSide
}

function wallCentre(room: Room, side: Side): { x: number; z: number } {
  const f = room.floor
  const cx = (f.minX + f.maxX) / 2
  const cz = (f.minZ + f.maxZ) / 2
  if (side === 'north') return { x: cx, z: f.minZ }
  if (side === 'south') return { x: cx, z: f.maxZ }
  if (side === 'east') return { x: f.maxX, z: cz }
  return { x: f.minX, z: cz }
}

/** "Right" along a wall, as seen by someone facing it from inside the room. */
function alongWall(side: Side): { x: number; z: number } {
  const n = INWARD[side]
  return { x: n.z, z: -n.x }
}

function roomSlots(room: Room, firstIndex: number): Slot[] {
  const slots: Slot[] = []
  for (const side of sideOrder(room)) {
    const c = wallCentre(room, side)
    const n = INWARD[side]
    const u = alongWall(side)
    for (const offset of sideHasOpening(room, side) ? OPENING_OFFSETS : PLAIN_OFFSETS) {
      slots.push({
        index: firstIndex + slots.length,
        roomIndex: room.index,
        wallId: `r${room.index}-${side}`,
        position: {
          x: c.x + u.x * offset + n.x * SLOT_OFFSET,
          y: SLOT_HEIGHT,
          z: c.z + u.z * offset + n.z * SLOT_OFFSET,
        },
        normal: { ...n },
        rotationY: Math.atan2(n.x, n.z),
      })
    }
  }
  return slots
}

function roomWalls(room: Room, roomCount: number): Wall[] {
  return SIDES.map((side) => {
    const c = wallCentre(room, side)
    const openings: Opening[] = []
    const isDoor = side === room.entry || (side === room.exit && room.index + 1 < roomCount)
    if (isDoor)
      openings.push({ kind: 'doorway', center: 0, width: DOORWAY_WIDTH, bottom: 0, top: DOORWAY_HEIGHT })
    if (side === room.windowSide)
      openings.push({
        kind: 'window',
        center: 0,
        width: WINDOW_WIDTH,
        bottom: WINDOW_BOTTOM,
        top: WINDOW_TOP,
      })
    const horizontal = side === 'north' || side === 'south'
    return {
      id: `r${room.index}-${side}`,
      roomIndex: room.index,
      side,
      x: c.x,
      z: c.z,
      // North/south bands also cover the corners, so east/west bands stop at the floor's edge: no overlaps.
      length: horizontal ? ROOM_SIZE + WALL_THICKNESS : ROOM_SIZE,
      thickness: WALL_THICKNESS / 2,
      height: WALL_HEIGHT,
      normal: { ...INWARD[side] },
      openings,
    }
  })
}

function doorwayBetween(a: Room, b: Room): Doorway {
  const side = sideToward(a.index, b.index)
  const c = wallCentre(a, side)
  const half = DOORWAY_WIDTH / 2
  // The passage spans the full wall: from one room's floor edge to the other's.
  const rect: Rect =
    side === 'east' || side === 'west'
      ? {
          minX: Math.min(a.floor.maxX, b.floor.maxX),
          maxX: Math.max(a.floor.minX, b.floor.minX),
          minZ: c.z - half,
          maxZ: c.z + half,
        }
      : {
          minX: c.x - half,
          maxX: c.x + half,
          minZ: Math.min(a.floor.maxZ, b.floor.maxZ),
          maxZ: Math.max(a.floor.minZ, b.floor.minZ),
        }
  return { fromRoom: a.index, toRoom: b.index, rect, side }
}

function benchFor(room: Room): Bench {
  const facing = room.entry ? OPPOSITE[room.entry] : 'north'
  const n = INWARD[facing]
  const f = room.floor
  return {
    roomIndex: room.index,
    // A little back from the centre, so a seated visitor sees the facing wall whole.
    x: (f.minX + f.maxX) / 2 + n.x * 1.2,
    z: (f.minZ + f.maxZ) / 2 + n.z * 1.2,
    // Seat faces the wall opposite the entrance.
    rotationY: Math.atan2(n.x, n.z),
    width: 1.8,
    depth: 0.5,
  }
}

/** How many paintings room `index` holds; depends only on the room itself, never on its neighbours. */
export function roomCapacity(index: number): number {
  return roomSlots(roomAt(index), 0).length
}

/**
 * The gallery needed for `count` artworks: rooms in a serpentine joined by wide doorways, a slot for each
 * artwork. Slots are stable: `layoutGallery(n + 1).slots[i]` equals `layoutGallery(n).slots[i]` for i < n.
 */
export function layoutGallery(count: number): GalleryLayout {
  const wanted = Math.max(0, Math.floor(count))
  const rooms: Room[] = [roomAt(0)]
  const slots: Slot[] = roomSlots(rooms[0]!, 0)
  while (slots.length < wanted) {
    const room = roomAt(rooms.length)
    rooms.push(room)
    slots.push(...roomSlots(room, slots.length))
  }
  slots.length = wanted
  const walls = rooms.flatMap((r) => roomWalls(r, rooms.length))
  const doorways = rooms.slice(1).map((r) => doorwayBetween(rooms[r.index - 1]!, r))
  const first = roomSlots(rooms[0]!, 0)[0]!
  const start = {
    x: first.position.x + first.normal.x * START_DISTANCE,
    z: first.position.z + first.normal.z * START_DISTANCE,
    yaw: Math.atan2(first.normal.x, first.normal.z),
  }
  const bounds = rooms.reduce<Rect>(
    (b, r) => ({
      minX: Math.min(b.minX, r.floor.minX),
      maxX: Math.max(b.maxX, r.floor.maxX),
      minZ: Math.min(b.minZ, r.floor.minZ),
      maxZ: Math.max(b.maxZ, r.floor.maxZ),
    }),
    { ...rooms[0]!.floor },
  )
  return {
    rooms,
    walls,
    doorways,
    benches: rooms.map(benchFor),
    slots,
    start,
    height: WALL_HEIGHT,
    bounds,
  }
}
