import { describe, expect, it } from 'vitest'
import { isPathClear, isWalkable, FRAMED_SIZE, type Rect } from '../../src/shared/layout'
import {
  layoutTimeline,
  timelineRoomAt,
  timelineRoomLength,
  TIMELINE_START,
  TIMELINE_MIN_ROOM_LENGTH,
} from '../../src/shared/record/timeline-layout'
import { visibleRooms } from '../../src/scene/timeline/room-window'

const sessions = (counts: number[]) =>
  counts.map((count, i) => ({ id: `s${i}`, label: `Day ${i + 1}`, count }))
const overlaps = (a: Rect, b: Rect) =>
  a.minX < b.maxX && b.minX < a.maxX && a.minZ < b.maxZ && b.minZ < a.maxZ
const centre = (r: Rect) => ({ x: (r.minX + r.maxX) / 2, z: (r.minZ + r.maxZ) / 2 })

describe('layoutTimeline', () => {
  const counts = [1, 10, 0, 23, 4, 60]
  const layout = layoutTimeline(sessions(counts))

  it('gives one room per session, in order, running east without overlaps', () => {
    expect(layout.rooms).toHaveLength(counts.length)
    expect(layout.sessions.map((s) => s.sessionId)).toEqual(counts.map((_, i) => `s${i}`))
    for (let i = 1; i < layout.rooms.length; i++) {
      expect(layout.rooms[i]!.floor.minX).toBeGreaterThan(layout.rooms[i - 1]!.floor.maxX)
      expect(layout.sessions[i]!.sign.x).toBeGreaterThan(layout.sessions[i - 1]!.sign.x)
    }
    for (const a of layout.rooms)
      for (const b of layout.rooms) if (a !== b) expect(overlaps(a.floor, b.floor)).toBe(false)
  })

  it('hangs every artwork of a session in its own room, in time order along the walk, with space around', () => {
    expect(layout.slots).toHaveLength(counts.reduce((a, b) => a + b, 0))
    for (const info of layout.sessions) {
      const room = layout.rooms[info.index]!
      const mine = layout.slots.slice(info.firstSlot, info.firstSlot + info.slotCount)
      expect(mine).toHaveLength(counts[info.index]!)
      for (const [k, s] of mine.entries()) {
        expect(s.roomIndex).toBe(info.index)
        expect(s.position.x - FRAMED_SIZE / 2).toBeGreaterThan(room.floor.minX)
        expect(s.position.x + FRAMED_SIZE / 2).toBeLessThan(room.floor.maxX)
        // Eye level (docs/ART.md), facing into the room.
        expect(s.position.y).toBeCloseTo(1.5)
        expect(isWalkable(layout, s.position.x + s.normal.x * 2, s.position.z + s.normal.z * 2)).toBe(true)
        if (k > 0) expect(s.position.x).toBeGreaterThanOrEqual(mine[k - 1]!.position.x)
      }
      // Frames on one wall never touch: at least ~1.5 m of wall between neighbours.
      for (const side of [-1, 1]) {
        const wall = mine.filter((s) => Math.sign(s.normal.z) === side).map((s) => s.position.x)
        for (let i = 1; i < wall.length; i++) expect(wall[i]! - wall[i - 1]!).toBeGreaterThanOrEqual(2.5)
      }
      // The sign stays clear of the first painting on its wall.
      const firstNorth = mine.find((s) => s.normal.z > 0)
      if (firstNorth) expect(firstNorth.position.x - FRAMED_SIZE / 2).toBeGreaterThan(info.sign.x + 0.6)
    }
  })

  it('can be walked from the first room to the last through the doorways', () => {
    expect(isWalkable(layout, layout.start.x, layout.start.z)).toBe(true)
    for (const d of layout.doorways) {
      const from = layout.rooms[d.fromRoom]!.floor
      const mid = centre(d.rect)
      const b = centre(layout.rooms[d.toRoom]!.floor)
      // From just inside the room (where the previous doorway left us) along the room to the doorway and through it.
      const inside = d.fromRoom === 0 ? layout.start : { x: from.minX + 1, z: -mid.z }
      const beforeDoor = { x: from.maxX - 1, z: mid.z }
      const afterDoor = { x: layout.rooms[d.toRoom]!.floor.minX + 1, z: mid.z }
      expect(isPathClear(layout, inside.x, inside.z, inside.x, mid.z)).toBe(true)
      expect(isPathClear(layout, inside.x, mid.z, beforeDoor.x, beforeDoor.z)).toBe(true)
      expect(isPathClear(layout, beforeDoor.x, beforeDoor.z, afterDoor.x, afterDoor.z)).toBe(true)
      expect(isPathClear(layout, afterDoor.x, afterDoor.z, b.x, mid.z)).toBe(true)
    }
    // Walls are walls: no walking between rooms away from a doorway, nor out of the building.
    const d0 = layout.doorways[0]!
    const wallX = (d0.rect.minX + d0.rect.maxX) / 2
    expect(isWalkable(layout, wallX, (d0.rect.minZ + d0.rect.maxZ) / 2)).toBe(true)
    expect(isWalkable(layout, wallX, d0.rect.maxZ + 0.6)).toBe(false)
    expect(isWalkable(layout, 2, layout.bounds.maxZ + 0.5)).toBe(false)
  })

  it('alternates doorways either side of the centre line, so no sight line runs through three rooms', () => {
    const zs = layout.doorways.map((d) => (d.rect.minZ + d.rect.maxZ) / 2)
    for (let i = 1; i < zs.length; i++) expect(Math.sign(zs[i]!)).toBe(-Math.sign(zs[i - 1]!))
    // Each doorway has a matching opening on both rooms' walls.
    for (const d of layout.doorways) {
      const east = layout.walls.find((w) => w.id === `t${d.fromRoom}-east`)!
      const west = layout.walls.find((w) => w.id === `t${d.toRoom}-west`)!
      expect(east.openings.filter((o) => o.kind === 'doorway')).toHaveLength(1)
      expect(west.openings.filter((o) => o.kind === 'doorway')).toHaveLength(1)
    }
  })

  it('dates each room with a sign inside and the same date over the doorway into it', () => {
    expect(layout.sessions[0]!.lintel).toBeNull()
    for (const info of layout.sessions.slice(1)) {
      const prev = layout.rooms[info.index - 1]!.floor
      expect(info.lintel!.x).toBeLessThanOrEqual(prev.maxX)
      expect(info.lintel!.x).toBeGreaterThan(prev.maxX - 0.1)
      expect(info.lintel!.y).toBeGreaterThan(2.8)
      expect(info.label).toBe(`Day ${info.index + 1}`)
    }
  })

  it('sizes rooms by their artworks, never smaller than a calm room', () => {
    expect(timelineRoomLength(0)).toBe(TIMELINE_MIN_ROOM_LENGTH)
    expect(timelineRoomLength(60)).toBeGreaterThan(timelineRoomLength(10))
    const lengths = layout.rooms.map((r) => r.floor.maxX - r.floor.minX)
    expect(lengths[5]).toBeGreaterThan(lengths[1]!)
  })

  it('is one quiet room, start inside, when there is nothing to show', () => {
    const empty = layoutTimeline([])
    expect(empty.rooms).toHaveLength(1)
    expect(empty.slots).toHaveLength(0)
    expect(empty.start).toEqual(TIMELINE_START)
    expect(isWalkable(empty, TIMELINE_START.x, TIMELINE_START.z)).toBe(true)
  })

  it('finds the room of a point and the rooms in view around it', () => {
    for (const r of layout.rooms) expect(timelineRoomAt(layout, centre(r.floor).x)).toBe(r.index)
    expect(timelineRoomAt(layout, -5)).toBe(0)
    expect(timelineRoomAt(layout, 1e6)).toBe(layout.rooms.length - 1)
    expect(visibleRooms(0, 6)).toEqual([0, 1])
    expect(visibleRooms(3, 6)).toEqual([2, 3, 4])
    expect(visibleRooms(9, 6)).toEqual([4, 5])
    expect(visibleRooms(0, 0)).toEqual([])
  })
})
