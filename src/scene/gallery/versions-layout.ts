import type { GalleryLayout, Pose, Slot } from '../../shared/layout'
import { MAX_VERSIONS } from '../../shared/refine/choices'

// Where an artwork's versions stand side by side: a calm row of small easels on the floor in front of its
// wall place, low enough that the hanging painting stays in view above them, each turned a little toward the place
// the visitor stands. Pure (no three.js), so the rules below are unit-tested: no overlaps, inside the room, clear of
// doorways, facing the viewer, at most MAX_VERSIONS.

/** Easels stand this far out from the wall. */
export const ROW_DISTANCE = 1.4
/** The visitor stands this far from the wall: the row and the hanging painting above it in one view. */
export const VIEW_DISTANCE = 3.9
/** Height of the easel's ledge; the painting's lower edge rests on it (below the line of sight to the wall). */
export const LEDGE_HEIGHT = 0.6
/** The frame's width around each small painting. */
export const FRAME_WIDTH = 0.04
/** Floor depth an easel takes (its back leg reaches behind the painting). */
export const EASEL_DEPTH = 0.42
/** The whole row is never wider than this: a glance takes it in without turning far. */
export const MAX_ROW_WIDTH = 3.4
/** Painting sizes (square, metres): large when few, smaller when many. */
export const MAX_PAINTING = 0.5
export const MIN_PAINTING = 0.22
const GAP = 0.14
const MIN_GAP = 0.08
/** Kept free along the corners and either side of a doorway, so nobody walks into an easel. */
const CORNER_MARGIN = 0.45
const DOORWAY_CLEARANCE = 0.35

export type VersionPlacement = {
  /** Foot of the easel on the floor (the painting's centre is straight above it). */
  x: number
  z: number
  /** Rotation about y turning a plane that faces +z toward the viewer. */
  rotationY: number
  /** Side of the square painting, metres. */
  size: number
  /** Height of the painting's centre above the floor. */
  centreY: number
}

export type VersionsLayout = {
  items: VersionPlacement[]
  /** Where to stand to see the row and the wall painting together (yaw faces the wall). */
  viewer: Pose
}

type Segment = { lo: number; hi: number }

/** Free stretches of floor along the wall (in metres from the wall's midpoint, along `u`), doorways left clear. */
function freeSegments(layout: GalleryLayout, slot: Slot, u: { x: number; z: number }): Segment[] {
  const wall = layout.walls.find((w) => w.id === slot.wallId)
  const room = layout.rooms[slot.roomIndex]
  if (!wall || !room) return []
  const f = room.floor
  const along = [f.minX, f.maxX].flatMap((x) =>
    [f.minZ, f.maxZ].map((z) => (x - wall.x) * u.x + (z - wall.z) * u.z),
  )
  const lo = Math.min(...along) + CORNER_MARGIN
  const hi = Math.max(...along) - CORNER_MARGIN
  const doors = wall.openings
    .filter((o) => o.kind === 'doorway')
    .map((o) => ({
      lo: o.center - o.width / 2 - DOORWAY_CLEARANCE,
      hi: o.center + o.width / 2 + DOORWAY_CLEARANCE,
    }))
    .sort((a, b) => a.lo - b.lo)
  const out: Segment[] = []
  let from = lo
  for (const d of doors) {
    if (d.lo > from) out.push({ lo: from, hi: Math.min(d.lo, hi) })
    from = Math.max(from, d.hi)
  }
  if (hi > from) out.push({ lo: from, hi })
  return out.filter((s) => s.hi - s.lo > 0.5)
}

/** Painting size and gap for `n` easels within `room` metres of wall (largest first, never below the minimum). */
function sizing(n: number, room: number): { size: number; gap: number } {
  const width = Math.min(MAX_ROW_WIDTH, room)
  for (const gap of [GAP, MIN_GAP]) {
    const size = (width - (n - 1) * gap) / n - 2 * FRAME_WIDTH
    if (size >= MIN_PAINTING) return { size: Math.min(MAX_PAINTING, size), gap }
  }
  return { size: MIN_PAINTING, gap: MIN_GAP }
}

/**
 * The row for `count` versions of the artwork in `slotIndex` (count is capped at MAX_VERSIONS). Empty when the slot
 * does not exist. Placements run left to right as seen by the visitor facing the wall (version 1 leftmost).
 */
export function layoutVersions(
  layout: GalleryLayout,
  slotIndex: number,
  count: number,
): VersionsLayout | null {
  const slot = layout.slots[slotIndex]
  const wall = slot ? layout.walls.find((w) => w.id === slot.wallId) : undefined
  if (!slot || !wall) return null
  const n = Math.max(0, Math.min(MAX_VERSIONS, Math.floor(count)))
  const normal = slot.normal
  // "Left to right" for someone facing the wall: the wall's right-hand direction seen from inside the room.
  const u = { x: normal.z, z: -normal.x }
  const t0 = (slot.position.x - wall.x) * u.x + (slot.position.z - wall.z) * u.z
  const segments = freeSegments(layout, slot, u)
  const distanceTo = (s: Segment) => (t0 < s.lo ? s.lo - t0 : t0 > s.hi ? t0 - s.hi : 0)
  const segment = [...segments].sort((a, b) => distanceTo(a) - distanceTo(b))[0] ?? { lo: t0 - 1, hi: t0 + 1 }
  const { size, gap } = sizing(Math.max(1, n), segment.hi - segment.lo)
  const pitch = size + 2 * FRAME_WIDTH + gap
  const total = n * (size + 2 * FRAME_WIDTH) + Math.max(0, n - 1) * gap
  const centre =
    total >= segment.hi - segment.lo
      ? (segment.lo + segment.hi) / 2
      : Math.min(segment.hi - total / 2, Math.max(segment.lo + total / 2, t0))
  const at = (along: number, out: number) => ({
    x: wall.x + u.x * along + normal.x * out,
    z: wall.z + u.z * along + normal.z * out,
  })
  const eye = at(centre, VIEW_DISTANCE)
  const items: VersionPlacement[] = []
  for (let i = 0; i < n; i++) {
    const p = at(centre + (i - (n - 1) / 2) * pitch, ROW_DISTANCE)
    items.push({
      ...p,
      rotationY: Math.atan2(eye.x - p.x, eye.z - p.z),
      size,
      centreY: LEDGE_HEIGHT + FRAME_WIDTH + size / 2,
    })
  }
  return { items, viewer: { ...eye, yaw: slot.rotationY } }
}
