import type { GalleryLayout, Rect } from './types'

/** A visitor's body radius: keeps the eye from clipping into walls and frames. */
export const VISITOR_RADIUS = 0.35

function inside(r: Rect, x: number, z: number, inset: number): boolean {
  return x >= r.minX + inset && x <= r.maxX - inset && z >= r.minZ + inset && z <= r.maxZ - inset
}

function benchRect(b: GalleryLayout['benches'][number]): Rect {
  // Benches only ever turn by quarter turns, so their footprint stays axis-aligned.
  const across = Math.abs(Math.sin(b.rotationY)) > 0.5
  const hx = (across ? b.depth : b.width) / 2
  const hz = (across ? b.width : b.depth) / 2
  return { minX: b.x - hx, maxX: b.x + hx, minZ: b.z - hz, maxZ: b.z + hz }
}

/** True when a visitor of `radius` can stand at (x, z): on a floor or in a doorway, clear of walls and benches. */
export function isWalkable(layout: GalleryLayout, x: number, z: number, radius = VISITOR_RADIUS): boolean {
  const onFloor =
    layout.rooms.some((r) => inside(r.floor, x, z, radius)) ||
    layout.doorways.some((d) => {
      // The passage reaches `radius` into both rooms (meeting their inset floors) and keeps `radius` off the jambs.
      const r = d.rect
      return d.side === 'east' || d.side === 'west'
        ? x >= r.minX - radius && x <= r.maxX + radius && z >= r.minZ + radius && z <= r.maxZ - radius
        : z >= r.minZ - radius && z <= r.maxZ + radius && x >= r.minX + radius && x <= r.maxX - radius
    })
  if (!onFloor) return false
  return !layout.benches.some((b) => inside(benchRect(b), x, z, -radius))
}

/**
 * Moves from (fromX, fromZ) toward (toX, toZ) without leaving walkable floor; slides along walls rather than
 * stopping dead, which feels far less jarring. Writes into `out` so callers in the frame loop allocate nothing.
 */
export function constrainMove(
  layout: GalleryLayout,
  fromX: number,
  fromZ: number,
  toX: number,
  toZ: number,
  out: { x: number; z: number },
  radius = VISITOR_RADIUS,
): { x: number; z: number } {
  if (isWalkable(layout, toX, toZ, radius)) {
    out.x = toX
    out.z = toZ
  } else if (isWalkable(layout, toX, fromZ, radius)) {
    out.x = toX
    out.z = fromZ
  } else if (isWalkable(layout, fromX, toZ, radius)) {
    out.x = fromX
    out.z = toZ
  } else {
    out.x = fromX
    out.z = fromZ
  }
  return out
}

/** True when a straight walk between two points stays on walkable floor (sampled every 10 cm). */
export function isPathClear(
  layout: GalleryLayout,
  fromX: number,
  fromZ: number,
  toX: number,
  toZ: number,
  radius = VISITOR_RADIUS,
): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(toX - fromX, toZ - fromZ) / 0.1))
  for (let i = 0; i <= steps; i++) {
    const t = i / steps
    if (!isWalkable(layout, fromX + (toX - fromX) * t, fromZ + (toZ - fromZ) * t, radius)) return false
  }
  return true
}

/** Where to stand to look at slot `index`: in front of it at `distance`, facing it. */
export function viewingPose(
  layout: GalleryLayout,
  index: number,
  distance = 2.4,
): { x: number; z: number; yaw: number } | null {
  const slot = layout.slots[index]
  if (!slot) return null
  return {
    x: slot.position.x + slot.normal.x * distance,
    z: slot.position.z + slot.normal.z * distance,
    yaw: slot.rotationY,
  }
}
