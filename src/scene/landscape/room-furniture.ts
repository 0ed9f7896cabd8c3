import type { RoomPiece } from '../../shared/landscape/room'
import { EMIT, SURFACE, type PartsBuilder } from './room-parts'

// Muted, warm fabrics and woods (docs/ART.md: nothing loud, nothing glossy). `tone` picks a fabric.
const FABRIC = ['#a8583f', '#9a8454', '#76856a']
const WOOD = '#6b4a30'
const BOOKS = ['#7d3f33', '#4f5f4a', '#a0825a', '#3f4a5c', '#8c6a3f', '#6a3f46', '#c2ab86', '#56483a']

/** A stable pseudo-random number in [0, 1) from an integer: the same books on the same shelf every time. */
function hash(i: number): number {
  let h = Math.imul(i + 0x9e3779b9, 0x85ebca6b) >>> 0
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35) >>> 0
  h ^= h >>> 16
  return h / 4294967296
}

/** Every piece in the room, each built in its own frame (front toward local +z). */
export function buildFurniture(b: PartsBuilder, pieces: readonly RoomPiece[]): void {
  for (const p of pieces) {
    b.frame(p.x, p.z, p.yaw)
    if (p.kind === 'armchair') armchair(b, FABRIC[p.tone % FABRIC.length]!)
    else if (p.kind === 'bookshelf') bookshelf(b, p.halfX * 2, p.halfZ * 2)
    else if (p.kind === 'lamp') lamp(b)
    else if (p.kind === 'low-table') lowTable(b, p.halfX * 2, p.halfZ * 2)
    else logBasket(b)
  }
  b.frame(0, 0, 0)
}

function armchair(b: PartsBuilder, fabric: string): void {
  const legs = 0.09
  for (const [x, z] of [
    [-0.36, -0.36],
    [0.36, -0.36],
    [-0.36, 0.36],
    [0.36, 0.36],
  ] as const)
    b.box(x, legs / 2, z, 0.06, legs, 0.06, WOOD, SURFACE.wood)
  b.box(0, legs + 0.17, 0, 0.86, 0.34, 0.84, fabric, SURFACE.fabric)
  // A plump seat cushion, a tall back, rolled arms.
  b.box(0, legs + 0.41, 0.07, 0.6, 0.14, 0.66, fabric, SURFACE.fabric)
  b.box(0, legs + 0.62, -0.33, 0.86, 0.9, 0.2, fabric, SURFACE.fabric)
  b.box(0, legs + 0.66, -0.22, 0.58, 0.36, 0.08, fabric, SURFACE.fabric)
  b.box(-0.37, legs + 0.46, 0.02, 0.14, 0.24, 0.8, fabric, SURFACE.fabric)
  b.box(0.37, legs + 0.46, 0.02, 0.14, 0.24, 0.8, fabric, SURFACE.fabric)
  // A folded throw over one arm.
  b.box(0.37, legs + 0.59, 0.08, 0.18, 0.03, 0.42, '#d9c7a3', SURFACE.fabric)
}

function bookshelf(b: PartsBuilder, width: number, depth: number): void {
  const h = 2.15
  const t = 0.04
  b.box(-width / 2 + t / 2, h / 2, 0, t, h, depth, WOOD, SURFACE.wood)
  b.box(width / 2 - t / 2, h / 2, 0, t, h, depth, WOOD, SURFACE.wood)
  b.box(0, h - t / 2, 0, width, t, depth, WOOD, SURFACE.wood)
  b.box(0, 0.06, 0, width, 0.12, depth, WOOD, SURFACE.wood)
  b.box(0, h / 2, -depth / 2 + 0.01, width - t, h, 0.02, '#4a3526', SURFACE.wood)
  const shelves = 5
  const inner = width - t * 2
  let seed = 7
  for (let s = 0; s < shelves; s++) {
    const y0 = 0.12 + (s * (h - 0.16)) / shelves
    if (s > 0) b.box(0, y0 - 0.015, 0, inner, 0.03, depth - 0.02, WOOD, SURFACE.wood)
    // Books of many heights and widths, with a gap here and there.
    let x = -inner / 2 + 0.02
    while (x < inner / 2 - 0.06) {
      const bw = 0.025 + hash(seed++) * 0.04
      const bh = 0.2 + hash(seed++) * 0.12
      if (hash(seed++) > 0.9) {
        x += 0.08 + bw
        continue
      }
      const colour = BOOKS[Math.floor(hash(seed++) * BOOKS.length)]!
      b.box(x + bw / 2, y0 + bh / 2, 0.02, bw, bh, depth - 0.1, colour, SURFACE.plain)
      x += bw + 0.004
    }
  }
}

function lamp(b: PartsBuilder): void {
  b.cylinder(0, 0.015, 0, 0.15, 0.17, 0.03, '#3e3024', SURFACE.wood)
  b.cylinder(0, 0.72, 0, 0.015, 0.015, 1.4, '#3e3024', SURFACE.wood, EMIT.none, 6)
  // A linen shade, lit from inside: it glows rather than shines.
  b.cylinder(0, 1.5, 0, 0.15, 0.23, 0.3, '#f3dcb0', SURFACE.plain, EMIT.lamp, 16)
}

function lowTable(b: PartsBuilder, width: number, depth: number): void {
  const h = 0.45
  b.box(0, h - 0.025, 0, width, 0.05, depth, WOOD, SURFACE.wood)
  for (const sx of [-1, 1])
    for (const sz of [-1, 1])
      b.box(
        sx * (width / 2 - 0.05),
        (h - 0.05) / 2,
        sz * (depth / 2 - 0.05),
        0.05,
        h - 0.05,
        0.05,
        WOOD,
        SURFACE.wood,
      )
  // A book and a cup of tea.
  b.box(-0.1, h + 0.02, 0.02, 0.22, 0.04, 0.16, '#7d3f33', SURFACE.plain)
  b.cylinder(0.18, h + 0.045, -0.02, 0.04, 0.035, 0.09, '#e6ddd0', SURFACE.plain)
}

function logBasket(b: PartsBuilder): void {
  b.box(0, 0.16, 0, 0.54, 0.32, 0.38, '#8a6a45', SURFACE.fabric)
  b.log(0, 0.36, -0.06, 0.06, 0.5, 0, '#7a5a3c')
  b.log(0, 0.36, 0.07, 0.055, 0.48, 0.1, '#6e5036')
  b.log(0, 0.46, 0, 0.05, 0.46, -0.08, '#80603f')
}
