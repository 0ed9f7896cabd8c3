import type { RoomLayout } from '../../shared/landscape/room'
import { EMIT, SURFACE, type PartsBuilder } from './room-parts'

// Colours of the room's fixed parts (display values). Warm and low in contrast (docs/ART.md): dark oak beams
// and frames against cream plaster, a sandstone hearth.
const OAK_DARK = '#85603f'
const FRAME = '#6f4b30'
const STONE = '#b5a58c'
const SOOT = '#3a2a22'
const SKIRTING = '#6a4a31'
const PANEL = '#9a7150'
const CURTAIN = '#b07048'

/** The floor and the rug: the one mesh a visitor can click or teleport onto. */
export function buildFloor(b: PartsBuilder, r: RoomLayout): void {
  const w = r.maxX - r.minX
  const d = r.maxZ - r.minZ
  b.frame(0, 0, 0)
  b.plane((r.minX + r.maxX) / 2, 0, (r.minZ + r.maxZ) / 2, w, d, 'y', '#ffffff', SURFACE.floor)
  b.plane(r.rug.x, 0.006, r.rug.z, r.rug.halfX * 2, r.rug.halfZ * 2, 'y', '#ffffff', SURFACE.rug)
}

/** Walls with the window openings left open (the sky dome shows through), the beamed ceiling, the fireplace. */
export function buildShell(b: PartsBuilder, r: RoomLayout): void {
  const H = r.height
  const w = r.maxX - r.minX
  const d = r.maxZ - r.minZ
  const cx = (r.minX + r.maxX) / 2
  const cz = (r.minZ + r.maxZ) / 2
  b.frame(0, 0, 0)
  // Side walls, back wall and ceiling.
  b.plane(r.minX, H / 2, cz, d, H, 'x', '#ffffff', SURFACE.plaster)
  b.plane(r.maxX, H / 2, cz, d, H, '-x', '#ffffff', SURFACE.plaster)
  b.plane(cx, H / 2, r.maxZ, w, H, '-z', '#ffffff', SURFACE.plaster)
  b.plane(cx, H, cz, w, d, '-y', '#f4ece0', SURFACE.plaster)
  buildFarWall(b, r)
  // Skirting boards all round (the far wall's too: the windows start well above them).
  const sk = 0.14
  b.box(cx, sk / 2, r.minZ + 0.015, w, sk, 0.03, SKIRTING, SURFACE.wood)
  b.box(cx, sk / 2, r.maxZ - 0.015, w, sk, 0.03, SKIRTING, SURFACE.wood)
  b.box(r.minX + 0.015, sk / 2, cz, 0.03, sk, d, SKIRTING, SURFACE.wood)
  b.box(r.maxX - 0.015, sk / 2, cz, 0.03, sk, d, SKIRTING, SURFACE.wood)
  // Wooden panelling to dado height on the side and back walls (the far wall's windows come down too low).
  const dado = 0.92
  const f = r.fireplace
  b.box(r.minX + 0.012, dado / 2, cz, 0.024, dado, d, PANEL, SURFACE.panel)
  b.box(r.maxX - 0.012, dado / 2, cz, 0.024, dado, d, PANEL, SURFACE.panel)
  b.box(r.minX + 0.025, dado, cz, 0.05, 0.04, d, SKIRTING, SURFACE.wood)
  b.box(r.maxX - 0.025, dado, cz, 0.05, 0.04, d, SKIRTING, SURFACE.wood)
  for (const [x0, x1] of [
    [r.minX, f.x - f.width / 2],
    [f.x + f.width / 2, r.maxX],
  ] as const) {
    b.box((x0 + x1) / 2, dado / 2, r.maxZ - 0.012, x1 - x0, dado, 0.024, PANEL, SURFACE.panel)
    b.box((x0 + x1) / 2, dado, r.maxZ - 0.025, x1 - x0, 0.04, 0.05, SKIRTING, SURFACE.wood)
  }
  // Beams across the ceiling, resting on a plate along each side wall.
  const beams = 6
  for (let i = 0; i < beams; i++) {
    const z = r.minZ + ((i + 0.5) / beams) * d
    b.box(cx, H - 0.12, z, w, 0.24, 0.2, OAK_DARK, SURFACE.wood)
  }
  b.box(r.minX + 0.1, H - 0.1, cz, 0.2, 0.2, d, OAK_DARK, SURFACE.wood)
  b.box(r.maxX - 0.1, H - 0.1, cz, 0.2, 0.2, d, OAK_DARK, SURFACE.wood)
  buildFireplace(b, r)
}

/** The far wall as the rectangles around its windows, with deep reveals, sills, frames and glazing bars. */
function buildFarWall(b: PartsBuilder, r: RoomLayout): void {
  const H = r.height
  const z = r.minZ
  const depth = 0.3
  const wins = [...r.windows].sort((a, c) => a.x0 - c.x0)
  let x = r.minX
  for (const win of wins) {
    // The pier left of this window, then above and below it.
    if (win.x0 > x) b.plane((x + win.x0) / 2, H / 2, z, win.x0 - x, H, 'z', '#ffffff', SURFACE.plaster)
    const ww = win.x1 - win.x0
    const mid = (win.x0 + win.x1) / 2
    b.plane(mid, win.sill / 2, z, ww, win.sill, 'z', '#ffffff', SURFACE.plaster)
    b.plane(mid, (win.top + H) / 2, z, ww, H - win.top, 'z', '#ffffff', SURFACE.plaster)
    const wh = win.top - win.sill
    const my = (win.sill + win.top) / 2
    // Reveals: the wall's thickness inside the opening.
    b.plane(win.x0, my, z - depth / 2, depth, wh, 'x', '#ffffff', SURFACE.plaster)
    b.plane(win.x1, my, z - depth / 2, depth, wh, '-x', '#ffffff', SURFACE.plaster)
    b.plane(mid, win.top, z - depth / 2, ww, depth, '-y', '#ffffff', SURFACE.plaster)
    // A deep wooden sill a cup could stand on.
    b.box(mid, win.sill - 0.025, z - depth / 2 + 0.06, ww + 0.16, 0.05, depth + 0.12, FRAME, SURFACE.wood)
    // The frame round the glass, a glazing bar down the middle and a transom (the shader casts their shadow).
    const g = z - depth * 0.5
    const f = 0.07
    b.box(win.x0 + f / 2, my, g, f, wh, 0.08, FRAME, SURFACE.wood)
    b.box(win.x1 - f / 2, my, g, f, wh, 0.08, FRAME, SURFACE.wood)
    b.box(mid, win.top - f / 2, g, ww, f, 0.08, FRAME, SURFACE.wood)
    b.box(mid, win.sill + f / 2, g, ww, f, 0.08, FRAME, SURFACE.wood)
    b.box(mid, my, g, 0.05, wh, 0.06, FRAME, SURFACE.wood)
    b.box(mid, win.sill + wh * 0.68, g, ww, 0.05, 0.06, FRAME, SURFACE.wood)
    // Curtains drawn back to either side, on a rod above the window.
    for (const side of [win.x0 - 0.14, win.x1 + 0.14])
      b.box(side, (win.top + 0.25) / 2 + 0.05, z + 0.07, 0.36, win.top + 0.15, 0.07, CURTAIN, SURFACE.fabric)
    b.box(mid, win.top + 0.26, z + 0.09, ww + 0.9, 0.035, 0.035, OAK_DARK, SURFACE.wood)
    x = win.x1
  }
  if (x < r.maxX) b.plane((x + r.maxX) / 2, H / 2, z, r.maxX - x, H, 'z', '#ffffff', SURFACE.plaster)
}

/** The chimney breast on the back wall: stone jambs and lintel round a sooty, fire-lit opening, oak mantel, hearth. */
function buildFireplace(b: PartsBuilder, r: RoomLayout): void {
  const f = r.fireplace
  const H = r.height
  const back = r.maxZ
  const front = back - f.depth
  const ow = f.openingWidth
  const oh = f.openingHeight
  const jamb = (f.width - ow) / 2
  const mantelY = oh + 0.4
  const cz = back - f.depth / 2
  b.frame(0, 0, 0)
  // Jambs and lintel in stone, the breast above in plaster up to the ceiling.
  b.box(f.x - ow / 2 - jamb / 2, mantelY / 2, cz, jamb, mantelY, f.depth, STONE, SURFACE.stone)
  b.box(f.x + ow / 2 + jamb / 2, mantelY / 2, cz, jamb, mantelY, f.depth, STONE, SURFACE.stone)
  b.box(f.x, (oh + mantelY) / 2, cz, ow, mantelY - oh, f.depth, STONE, SURFACE.stone)
  b.box(
    f.x,
    (mantelY + H) / 2,
    cz + 0.05,
    f.width - 0.2,
    H - mantelY,
    f.depth - 0.1,
    '#ffffff',
    SURFACE.plaster,
  )
  // The mantel shelf, with a few small things on it (a jar, a box, a cup).
  b.box(f.x, mantelY + 0.04, front + 0.1, f.width + 0.3, 0.08, 0.34, OAK_DARK, SURFACE.wood)
  b.box(f.x - 0.75, mantelY + 0.16, front + 0.12, 0.12, 0.16, 0.12, '#8a5a44', SURFACE.plain)
  b.box(f.x + 0.8, mantelY + 0.2, front + 0.12, 0.22, 0.24, 0.12, '#5a6a5e', SURFACE.plain)
  b.cylinder(f.x + 0.45, mantelY + 0.14, front + 0.12, 0.05, 0.06, 0.12, '#c9b48a', SURFACE.plain)
  // Inside the opening: soot-dark walls that the fire lights from within.
  b.plane(f.x, oh / 2, back - 0.02, ow, oh, '-z', SOOT, SURFACE.stone, EMIT.fire)
  b.plane(f.x - ow / 2, oh / 2, cz, f.depth, oh, 'x', SOOT, SURFACE.stone, EMIT.fire)
  b.plane(f.x + ow / 2, oh / 2, cz, f.depth, oh, '-x', SOOT, SURFACE.stone, EMIT.fire)
  b.plane(f.x, oh, cz, ow, f.depth, '-y', SOOT, SURFACE.stone, EMIT.fire)
  b.plane(f.x, 0.004, cz, ow, f.depth, 'y', SOOT, SURFACE.stone, EMIT.fire)
  // Logs on the fire, their undersides glowing.
  b.log(f.x - 0.08, 0.09, cz + 0.02, 0.065, 0.72, 0.15, '#4a3424', EMIT.fire)
  b.log(f.x + 0.1, 0.1, cz - 0.06, 0.06, 0.66, -0.2, '#553b28', EMIT.fire)
  b.log(f.x, 0.2, cz, 0.055, 0.6, 0.05, '#4e3626', EMIT.fire)
  // The hearth stone, a step proud of the floor.
  b.box(
    f.x,
    0.03,
    front - f.hearthDepth / 2 + 0.05,
    f.width + 0.2,
    0.06,
    f.hearthDepth + 0.1,
    STONE,
    SURFACE.stone,
  )
}
