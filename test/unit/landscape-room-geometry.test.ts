import { describe, expect, it } from 'vitest'
import { ROOM_LAYOUT } from '../../src/shared/landscape/room'
import { buildFurniture } from '../../src/scene/landscape/room-furniture'
import { createPartsBuilder, EMIT, SURFACE } from '../../src/scene/landscape/room-parts'
import { buildFloor, buildShell } from '../../src/scene/landscape/room-shell'

const r = ROOM_LAYOUT

function build() {
  const floor = createPartsBuilder()
  buildFloor(floor, r)
  const room = createPartsBuilder()
  buildShell(room, r)
  buildFurniture(room, r.pieces)
  return { floor: floor.build(), room: room.build() }
}

describe('the room’s geometry', () => {
  it('is two small meshes that fit the Quest budget', () => {
    const { floor, room } = build()
    const triangles = (floor.getAttribute('position').count + room.getAttribute('position').count) / 3
    expect(triangles).toBeLessThan(20_000)
    for (const g of [floor, room]) {
      expect(g.index).toBeNull()
      for (const name of ['position', 'normal', 'color', 'aSurface'])
        expect(g.getAttribute(name), name).toBeTruthy()
    }
  })

  it('stays inside the walls (only the window reveals reach into the wall’s thickness)', () => {
    const { room, floor } = build()
    for (const g of [room, floor]) {
      const p = g.getAttribute('position')
      for (let i = 0; i < p.count; i++) {
        expect(p.getX(i)).toBeGreaterThanOrEqual(r.minX - 1e-6)
        expect(p.getX(i)).toBeLessThanOrEqual(r.maxX + 1e-6)
        expect(p.getY(i)).toBeGreaterThanOrEqual(-1e-6)
        expect(p.getY(i)).toBeLessThanOrEqual(r.height + 1e-6)
        expect(p.getZ(i)).toBeGreaterThanOrEqual(r.minZ - 0.31)
        expect(p.getZ(i)).toBeLessThanOrEqual(r.maxZ + 1e-6)
      }
    }
  })

  it('has a floor, plaster, a rug, the lamp’s glowing shade and the fire-lit hearth, the same every time', () => {
    const { floor, room } = build()
    const kinds = (g: typeof floor, k: 0 | 1) => {
      const a = g.getAttribute('aSurface')
      return new Set(Array.from({ length: a.count }, (_, i) => (k === 0 ? a.getX(i) : a.getY(i))))
    }
    expect(kinds(floor, 0)).toEqual(new Set([SURFACE.floor, SURFACE.rug]))
    expect(kinds(room, 0)).toContain(SURFACE.plaster)
    expect(kinds(room, 1)).toEqual(new Set([EMIT.none, EMIT.lamp, EMIT.fire]))
    const again = build()
    expect(Array.from(again.room.getAttribute('position').array)).toEqual(
      Array.from(room.getAttribute('position').array),
    )
  })
})
