import {
  DOORWAY_HEIGHT,
  DOORWAY_WIDTH,
  SLOT_HEIGHT,
  SLOT_OFFSET,
  SLOT_SPACING,
  WALL_HEIGHT,
  WALL_THICKNESS,
  WINDOW_BOTTOM,
  WINDOW_TOP,
  WINDOW_WIDTH,
} from '../layout/constants'
import type { Bench, Doorway, GalleryLayout, Opening, Rect, Room, Side, Slot, Wall } from '../layout/types'
import { TIMELINE_START } from './timeline-start'

/**
 * The walkable timeline: one calm room per session, oldest first, running east. It is a `GalleryLayout`,
 * so the gallery's architecture, walking, teleport and frames work on it unchanged. Paintings hang on the long
 * north and south walls in time order (north, south, north, …); a soft dated sign hangs on the north wall just
 * inside each room, and the same date sits over the doorway that leads into it.
 */

/** Across the room (z). Wide enough that facing paintings are ~7 m apart: calm, not a corridor squeeze. */
export const TIMELINE_ROOM_WIDTH = 7.2
/** Wall kept free at the start of each room for its sign. */
export const TIMELINE_SIGN_SPACE = 2.6
const END_SPACE = 1.4
/** A room with a painting or two is still a room, not a cupboard. */
export const TIMELINE_MIN_ROOM_LENGTH = 8.4
/** Doorways alternate either side of the centre line, so the eye is not pulled down a tunnel of rooms. */
const DOOR_SHIFT = 1.1
const HALF_W = TIMELINE_ROOM_WIDTH / 2

export type TimelineSign = { x: number; y: number; z: number; rotationY: number }

export type TimelineRoomInfo = {
  /** Index in `rooms` (and in the sessions given to the layout). */
  index: number
  sessionId: string
  label: string
  /** First slot of this room in `slots`, and how many it holds. */
  firstSlot: number
  slotCount: number
  /** The dated sign on the north wall, facing into the room. */
  sign: TimelineSign
  /** The same date over the doorway that leads in, facing the previous room; null for the first room. */
  lintel: TimelineSign | null
}

export type TimelineLayout = GalleryLayout & { sessions: TimelineRoomInfo[] }

export type TimelineLayoutInput = { id: string; label: string; count: number }

const INWARD: Record<Side, { x: number; z: number }> = {
  north: { x: 0, z: 1 },
  south: { x: 0, z: -1 },
  east: { x: -1, z: 0 },
  west: { x: 1, z: 0 },
}

/** Length (x) a room needs for `count` paintings on its two long walls. */
export function timelineRoomLength(count: number): number {
  const perWall = Math.ceil(Math.max(0, count) / 2)
  return Math.max(TIMELINE_MIN_ROOM_LENGTH, TIMELINE_SIGN_SPACE + perWall * SLOT_SPACING + END_SPACE)
}

/** z of the doorway from room `index` into room `index + 1`. */
function doorZ(index: number): number {
  return index % 2 === 0 ? DOOR_SHIFT : -DOOR_SHIFT
}

/**
 * The timeline for these sessions (oldest first; sessions without artworks should be left out by the caller).
 * With no sessions it is one quiet empty room, so the view never has nothing to stand in.
 */
export { TIMELINE_START }

export function layoutTimeline(sessions: readonly TimelineLayoutInput[]): TimelineLayout {
  const inputs = sessions.length ? sessions : [{ id: '', label: '', count: 0 }]
  const rooms: Room[] = []
  const slots: Slot[] = []
  const infos: TimelineRoomInfo[] = []
  let x0 = 0
  for (const [index, s] of inputs.entries()) {
    const length = timelineRoomLength(s.count)
    const floor: Rect = { minX: x0, maxX: x0 + length, minZ: -HALF_W, maxZ: HALF_W }
    const last = index === inputs.length - 1
    rooms.push({
      index,
      col: index,
      row: 0,
      floor,
      entry: index === 0 ? null : 'west',
      exit: 'east',
      // The two ends look out at the sky: where the record began, and what has not happened yet.
      windowSide: index === 0 ? 'west' : last ? 'east' : null,
    })
    const firstSlot = slots.length
    for (let k = 0; k < s.count; k++) {
      const side: Side = k % 2 === 0 ? 'north' : 'south'
      const n = INWARD[side]
      const along = x0 + TIMELINE_SIGN_SPACE + (Math.floor(k / 2) + 0.5) * SLOT_SPACING
      const wallZ = side === 'north' ? -HALF_W : HALF_W
      slots.push({
        index: slots.length,
        roomIndex: index,
        wallId: `t${index}-${side}`,
        position: { x: along, y: SLOT_HEIGHT, z: wallZ + n.z * SLOT_OFFSET },
        normal: { ...n },
        rotationY: Math.atan2(n.x, n.z),
      })
    }
    infos.push({
      index,
      sessionId: s.id,
      label: s.label,
      firstSlot,
      slotCount: s.count,
      sign: { x: x0 + TIMELINE_SIGN_SPACE / 2, y: 1.55, z: -HALF_W + 0.03, rotationY: 0 },
      // Over the doorway, on the previous room's side of the wall (facing west, toward the visitor arriving).
      lintel:
        index === 0
          ? null
          : {
              x: x0 - WALL_THICKNESS - 0.01,
              y: (DOORWAY_HEIGHT + WALL_HEIGHT) / 2,
              z: doorZ(index - 1),
              rotationY: -Math.PI / 2,
            },
    })
    x0 += length + WALL_THICKNESS
  }

  const walls = rooms.flatMap((room) => roomWalls(room, rooms.length))
  const doorways: Doorway[] = rooms.slice(1).map((b) => {
    const a = rooms[b.index - 1]!
    const z = doorZ(a.index)
    return {
      fromRoom: a.index,
      toRoom: b.index,
      side: 'east',
      rect: {
        minX: a.floor.maxX,
        maxX: b.floor.minX,
        minZ: z - DOORWAY_WIDTH / 2,
        maxZ: z + DOORWAY_WIDTH / 2,
      },
    }
  })
  const benches: Bench[] = rooms
    .filter((r) => r.floor.maxX - r.floor.minX >= 11)
    .map((r) => ({
      roomIndex: r.index,
      x: (r.floor.minX + r.floor.maxX) / 2,
      // On the centre line, lengthwise: the doorways sit at ±1.1 m and the best places to look at a painting
      // (~2 m out from each wall) stay free. The seat faces one long wall, then the other, room by room.
      z: 0,
      rotationY: r.index % 2 === 0 ? 0 : Math.PI,
      width: 1.8,
      depth: 0.5,
    }))
  const first = rooms[0]!.floor
  // The first room always starts at x = 0, so the start is known before the timeline has loaded.
  const start = { ...TIMELINE_START }
  const bounds: Rect = {
    minX: first.minX,
    maxX: rooms.at(-1)!.floor.maxX,
    minZ: -HALF_W,
    maxZ: HALF_W,
  }
  return { rooms, walls, doorways, benches, slots, start, height: WALL_HEIGHT, bounds, sessions: infos }
}

function roomWalls(room: Room, roomCount: number): Wall[] {
  const f = room.floor
  const length = f.maxX - f.minX
  const cx = (f.minX + f.maxX) / 2
  const sides: Array<{ side: Side; x: number; z: number; length: number }> = [
    // North/south bands also cover the corners, as in the gallery: no overlaps, no cracks.
    { side: 'north', x: cx, z: f.minZ, length: length + WALL_THICKNESS },
    { side: 'south', x: cx, z: f.maxZ, length: length + WALL_THICKNESS },
    { side: 'east', x: f.maxX, z: 0, length: TIMELINE_ROOM_WIDTH },
    { side: 'west', x: f.minX, z: 0, length: TIMELINE_ROOM_WIDTH },
  ]
  return sides.map(({ side, x, z, length: wallLength }) => {
    const openings: Opening[] = []
    const n = INWARD[side]
    // `center` runs along the wall's "right" as seen from inside: u = (n.z, -n.x).
    const along = (worldZ: number) => worldZ * -n.x
    if (side === 'west' && room.index > 0) openings.push(door(along(doorZ(room.index - 1))))
    if (side === 'east' && room.index + 1 < roomCount) openings.push(door(along(doorZ(room.index))))
    if (side === room.windowSide)
      openings.push({
        kind: 'window',
        center: 0,
        width: WINDOW_WIDTH,
        bottom: WINDOW_BOTTOM,
        top: WINDOW_TOP,
      })
    return {
      id: `t${room.index}-${side}`,
      roomIndex: room.index,
      side,
      x,
      z,
      length: wallLength,
      thickness: WALL_THICKNESS / 2,
      height: WALL_HEIGHT,
      normal: { ...n },
      openings,
    }
  })
}

function door(center: number): Opening {
  return { kind: 'doorway', center, width: DOORWAY_WIDTH, bottom: 0, top: DOORWAY_HEIGHT }
}

/** The room the point (x, z) is in or nearest to along the timeline (doorways count as the room they enter). */
export function timelineRoomAt(layout: GalleryLayout, x: number): number {
  const rooms = layout.rooms
  for (const r of rooms) if (x < r.floor.maxX + WALL_THICKNESS / 2) return r.index
  return Math.max(0, rooms.length - 1)
}
