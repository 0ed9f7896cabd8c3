// Where an artwork's versions stand side by side (src/scene/gallery/versions-layout.ts): for every wall place of a
// large gallery and every number of versions, the easels never overlap, stay in the room and out of doorways and
// benches, face the visitor, keep the hanging painting in view, and are never more than MAX_VERSIONS.
import { describe, expect, it } from 'vitest'
import {
  isWalkable,
  layoutGallery,
  SLOT_HEIGHT,
  type GalleryLayout,
  type Rect,
} from '../../src/shared/layout'
import { MAX_VERSIONS } from '../../src/shared/refine/choices'
import {
  EASEL_DEPTH,
  FRAME_WIDTH,
  layoutVersions,
  MAX_ROW_WIDTH,
  MIN_PAINTING,
  ROW_DISTANCE,
  VIEW_DISTANCE,
  type VersionPlacement,
} from '../../src/scene/gallery/versions-layout'

type V = { x: number; z: number }
const EYE = 1.6
/** Painted area of a hanging painting (paint-scheduler's default plane). */
const WALL_PAINTING = 1.1

/** The easel's footprint on the floor: a rectangle turned with the painting. */
function footprint(p: VersionPlacement): V[] {
  const hw = p.size / 2 + FRAME_WIDTH
  const hd = EASEL_DEPTH / 2
  const f = { x: Math.sin(p.rotationY), z: Math.cos(p.rotationY) }
  const r = { x: f.z, z: -f.x }
  return [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([a, b]) => ({ x: p.x + r.x * hw * a! + f.x * hd * b!, z: p.z + r.z * hw * a! + f.z * hd * b! }))
}

/** Separating-axis test for two convex quads. */
function overlaps(a: V[], b: V[]): boolean {
  for (const poly of [a, b])
    for (let i = 0; i < poly.length; i++) {
      const p = poly[i]!
      const q = poly[(i + 1) % poly.length]!
      const axis = { x: -(q.z - p.z), z: q.x - p.x }
      const project = (pts: V[]) => pts.map((v) => v.x * axis.x + v.z * axis.z)
      const pa = project(a)
      const pb = project(b)
      if (Math.max(...pa) <= Math.min(...pb) || Math.max(...pb) <= Math.min(...pa)) return false
    }
  return true
}

const inside = (r: Rect, v: V, inset = 0) =>
  v.x >= r.minX + inset && v.x <= r.maxX - inset && v.z >= r.minZ + inset && v.z <= r.maxZ - inset
const rectQuad = (r: Rect): V[] => [
  { x: r.minX, z: r.minZ },
  { x: r.maxX, z: r.minZ },
  { x: r.maxX, z: r.maxZ },
  { x: r.minX, z: r.maxZ },
]

function checkRow(layout: GalleryLayout, slotIndex: number, count: number) {
  const slot = layout.slots[slotIndex]!
  const row = layoutVersions(layout, slotIndex, count)
  expect(row).not.toBeNull()
  const { items, viewer } = row!
  const where = `slot ${slotIndex}, ${count} versions`
  expect(items.length, where).toBe(Math.min(count, MAX_VERSIONS))
  const room = layout.rooms[slot.roomIndex]!
  // The visitor's place is on the floor of the same room, free to stand, facing the wall.
  expect(inside(room.floor, viewer, 0.3), where).toBe(true)
  expect(isWalkable(layout, viewer.x, viewer.z), where).toBe(true)
  expect(viewer.yaw).toBeCloseTo(slot.rotationY)
  const feet = items.map(footprint)
  for (let i = 0; i < items.length; i++) {
    const p = items[i]!
    expect(p.size, where).toBeGreaterThanOrEqual(MIN_PAINTING)
    // Inside the room, out of every doorway and off the benches.
    for (const c of feet[i]!) expect(inside(room.floor, c, 0.1), where).toBe(true)
    // A doorway and the floor just in front of it on both sides (where people walk through) stay free.
    for (const d of layout.doorways) {
      const ew = d.side === 'east' || d.side === 'west'
      const r = d.rect
      const approach = ew
        ? { ...r, minX: r.minX - 1.8, maxX: r.maxX + 1.8 }
        : { ...r, minZ: r.minZ - 1.8, maxZ: r.maxZ + 1.8 }
      expect(overlaps(feet[i]!, rectQuad(approach)), where).toBe(false)
    }
    for (const b of layout.benches.filter((x) => x.roomIndex === slot.roomIndex)) {
      const bench = { minX: b.x - 1, maxX: b.x + 1, minZ: b.z - 1, maxZ: b.z + 1 }
      expect(overlaps(feet[i]!, rectQuad(bench)), where).toBe(false)
    }
    for (let j = i + 1; j < items.length; j++)
      expect(overlaps(feet[i]!, feet[j]!), `${where}: ${i}/${j}`).toBe(false)
    // Faces the visitor: the painting's normal points at the place they stand.
    const to = { x: viewer.x - p.x, z: viewer.z - p.z }
    const len = Math.hypot(to.x, to.z)
    expect((Math.sin(p.rotationY) * to.x + Math.cos(p.rotationY) * to.z) / len, where).toBeGreaterThan(0.999)
    // Low enough that the painting on the wall stays in view above the easels.
    const bottom = SLOT_HEIGHT - WALL_PAINTING / 2
    const sight = bottom + ((EYE - bottom) * ROW_DISTANCE) / VIEW_DISTANCE
    expect(p.centreY + p.size / 2, where).toBeLessThan(sight)
    // Version 1 on the visitor's left, then on to the right.
    if (i > 0) {
      const q = items[i - 1]!
      const right = { x: Math.cos(viewer.yaw), z: -Math.sin(viewer.yaw) }
      expect((p.x - q.x) * right.x + (p.z - q.z) * right.z, where).toBeGreaterThan(0)
    }
  }
  // The whole row is taken in at a glance.
  if (items.length > 1) {
    const a = items[0]!
    const b = items.at(-1)!
    expect(Math.hypot(a.x - b.x, a.z - b.z) + a.size + 2 * FRAME_WIDTH, where).toBeLessThanOrEqual(
      MAX_ROW_WIDTH + 1e-9,
    )
  }
}

describe('versions side by side: layout', () => {
  const layout = layoutGallery(40)

  it('every wall place, every number of versions: no overlaps, in the room, facing the visitor', () => {
    for (let slot = 0; slot < layout.slots.length; slot++)
      for (let count = 2; count <= MAX_VERSIONS; count++) checkRow(layout, slot, count)
  })

  it('never more than MAX_VERSIONS easels; nothing for a missing slot or no versions', () => {
    expect(layoutVersions(layout, 0, 20)!.items).toHaveLength(MAX_VERSIONS)
    checkRow(layout, 3, 20)
    expect(layoutVersions(layout, 9999, 3)).toBeNull()
    expect(layoutVersions(layout, 0, 0)!.items).toHaveLength(0)
    expect(layoutVersions(layout, 0, -2)!.items).toHaveLength(0)
  })

  it('few versions are larger than many, and a small row stands right before its painting', () => {
    const three = layoutVersions(layout, 0, 3)!
    const eight = layoutVersions(layout, 0, 8)!
    expect(three.items[0]!.size).toBeGreaterThan(eight.items[0]!.size)
    const slot = layout.slots[0]!
    const mid = three.items[1]!
    // The middle easel is straight out from the painting, ROW_DISTANCE into the room.
    expect(mid.x).toBeCloseTo(slot.position.x + slot.normal.x * (ROW_DISTANCE - 0.04), 1)
    expect(mid.z).toBeCloseTo(slot.position.z + slot.normal.z * (ROW_DISTANCE - 0.04), 1)
  })
})
