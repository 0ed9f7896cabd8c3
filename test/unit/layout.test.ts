import { describe, expect, it } from 'vitest'
import {
  FRAMED_SIZE,
  isPathClear,
  isWalkable,
  layoutGallery,
  roomCapacity,
  SLOT_HEIGHT,
  viewingPose,
  type GalleryLayout,
} from '../../src/shared/layout'

const dist = (a: { x: number; z: number }, b: { x: number; z: number }) => Math.hypot(a.x - b.x, a.z - b.z)

describe('layoutGallery', () => {
  it('has one room and no slots for an empty gallery', () => {
    const l = layoutGallery(0)
    expect(l.rooms).toHaveLength(1)
    expect(l.slots).toHaveLength(0)
    expect(l.doorways).toHaveLength(0)
  })

  it('grows by whole rooms joined by doorways as artworks are added', () => {
    const cap0 = roomCapacity(0)
    expect(layoutGallery(cap0).rooms).toHaveLength(1)
    expect(layoutGallery(cap0 + 1).rooms).toHaveLength(2)
    const l = layoutGallery(cap0 + 1)
    expect(l.doorways).toHaveLength(1)
    // The new room is entered through a doorway at least 3 m wide.
    const d = l.doorways[0]!.rect
    expect(Math.max(d.maxX - d.minX, d.maxZ - d.minZ)).toBeGreaterThanOrEqual(3)
  })

  it('keeps every earlier slot exactly where it was when artworks are added', () => {
    let previous = layoutGallery(0)
    for (let n = 1; n <= 80; n++) {
      const next = layoutGallery(n)
      expect(next.slots.slice(0, n - 1)).toEqual(previous.slots)
      previous = next
    }
  })

  it('fits 60 artworks in a compact, calm gallery', () => {
    const l = layoutGallery(60)
    expect(l.slots).toHaveLength(60)
    expect(l.rooms.length).toBeLessThanOrEqual(7)
    const w = l.bounds.maxX - l.bounds.minX
    const d = l.bounds.maxZ - l.bounds.minZ
    // Not a 70 m corridor: the rooms fold back on themselves.
    expect(Math.max(w, d)).toBeLessThan(40)
  })

  it('hangs paintings at eye level, 2–3 m apart on a wall, never overlapping', () => {
    const l = layoutGallery(60)
    for (const s of l.slots) expect(s.position.y).toBeCloseTo(SLOT_HEIGHT)
    for (const a of l.slots) {
      const sameWall = l.slots.filter((b) => b !== a && b.wallId === a.wallId)
      const nearest = Math.min(...sameWall.map((b) => dist(a.position, b.position)))
      if (sameWall.length > 0) {
        expect(nearest).toBeGreaterThanOrEqual(2)
        expect(nearest).toBeLessThanOrEqual(7.1)
      }
      // Within a room (back-to-back paintings on a shared wall are fine), frames keep clear of each other.
      for (const b of l.slots)
        if (b !== a && b.roomIndex === a.roomIndex)
          expect(dist(a.position, b.position)).toBeGreaterThan(FRAMED_SIZE + 0.6)
    }
    const onPlainWall = l.slots.filter((s) => l.slots.filter((o) => o.wallId === s.wallId).length === 4)
    for (const s of onPlainWall) {
      const gaps = l.slots
        .filter((o) => o.wallId === s.wallId && o !== s)
        .map((o) => dist(o.position, s.position))
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2)
      expect(Math.min(...gaps)).toBeLessThanOrEqual(3)
    }
  })

  it('puts every slot on its wall, clear of doorways and windows, facing into its room', () => {
    const l = layoutGallery(60)
    for (const s of l.slots) {
      const wall = l.walls.find((w) => w.id === s.wallId)
      expect(wall).toBeDefined()
      if (!wall) continue
      expect(s.normal).toEqual(wall.normal)
      // On the wall plane (a few cm proud of it).
      const offWall = (s.position.x - wall.x) * wall.normal.x + (s.position.z - wall.z) * wall.normal.z
      expect(offWall).toBeGreaterThan(0)
      expect(offWall).toBeLessThan(0.1)
      const along = (s.position.x - wall.x) * wall.normal.z - (s.position.z - wall.z) * wall.normal.x
      expect(Math.abs(along) + FRAMED_SIZE / 2).toBeLessThan(wall.length / 2)
      for (const o of wall.openings)
        expect(Math.abs(along - o.center)).toBeGreaterThan(o.width / 2 + FRAMED_SIZE / 2)
      // Inside its room's floor rect.
      const f = l.rooms[s.roomIndex]!.floor
      expect(s.position.x).toBeGreaterThanOrEqual(f.minX - 0.01)
      expect(s.position.x).toBeLessThanOrEqual(f.maxX + 0.01)
      expect(s.position.z).toBeGreaterThanOrEqual(f.minZ - 0.01)
      expect(s.position.z).toBeLessThanOrEqual(f.maxZ + 0.01)
    }
  })

  it('lets a visitor walk from the start to stand before every painting', () => {
    const l = layoutGallery(60)
    expect(isWalkable(l, l.start.x, l.start.z)).toBe(true)
    const reached = reachableFrom(l, l.start.x, l.start.z)
    for (const s of l.slots) {
      const pose = viewingPose(l, s.index)!
      expect(isWalkable(l, pose.x, pose.z)).toBe(true)
      expect(reached(pose.x, pose.z)).toBe(true)
    }
  })

  it('places the first painting straight ahead of the start pose', () => {
    const l = layoutGallery(1)
    const s = l.slots[0]!
    const forward = { x: -Math.sin(l.start.yaw), z: -Math.cos(l.start.yaw) }
    const to = { x: s.position.x - l.start.x, z: s.position.z - l.start.z }
    const len = Math.hypot(to.x, to.z)
    expect(len).toBeGreaterThan(2)
    expect(len).toBeLessThan(4)
    expect((forward.x * to.x + forward.z * to.z) / len).toBeCloseTo(1)
  })

  it('does not let a visitor walk through walls', () => {
    const l = layoutGallery(60)
    const wall = l.walls.find((w) => w.openings.length === 0)!
    expect(isWalkable(l, wall.x - wall.normal.x * 0.2, wall.z - wall.normal.z * 0.2)).toBe(false)
    expect(
      isPathClear(
        l,
        wall.x + wall.normal.x * 2,
        wall.z + wall.normal.z * 2,
        wall.x - wall.normal.x * 2,
        wall.z - wall.normal.z * 2,
      ),
    ).toBe(false)
  })

  it('gives each room a bench and the gallery at least one window', () => {
    const l = layoutGallery(60)
    expect(l.benches).toHaveLength(l.rooms.length)
    for (const b of l.benches) expect(isWalkable(l, b.x, b.z, 0)).toBe(false)
    expect(l.walls.some((w) => w.openings.some((o) => o.kind === 'window'))).toBe(true)
  })
})

/** Flood fill over a 25 cm grid of walkable cells. */
function reachableFrom(l: GalleryLayout, x0: number, z0: number) {
  const step = 0.25
  const key = (i: number, j: number) => `${i},${j}`
  const toCell = (x: number, z: number) =>
    [Math.round((x - l.bounds.minX) / step), Math.round((z - l.bounds.minZ) / step)] as const
  const at = (i: number, j: number) => ({ x: l.bounds.minX + i * step, z: l.bounds.minZ + j * step })
  const seen = new Set<string>()
  const queue: Array<readonly [number, number]> = [toCell(x0, z0)]
  seen.add(key(...queue[0]!))
  while (queue.length > 0) {
    const [i, j] = queue.pop()!
    for (const [di, dj] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const) {
      const ni = i + di
      const nj = j + dj
      const p = at(ni, nj)
      if (seen.has(key(ni, nj)) || !isWalkable(l, p.x, p.z)) continue
      seen.add(key(ni, nj))
      queue.push([ni, nj])
    }
  }
  return (x: number, z: number) => {
    // A pose counts as reached when a walkable cell within one step of it was reached.
    const [i, j] = toCell(x, z)
    for (let di = -1; di <= 1; di++)
      for (let dj = -1; dj <= 1; dj++) if (seen.has(key(i + di, j + dj))) return true
    return false
  }
}
