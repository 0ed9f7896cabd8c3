import * as THREE from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { WALL_THICKNESS, type GalleryLayout, type Rect, type Wall } from '../../shared/layout'

/** Plaster tiles every 2 m, boards every 1.6 m: world-space UVs so every wall shares one material. */
const PLASTER_TILE = 2
const FLOOR_TILE = 1.6

/** Baked ambient occlusion: a little darker near the floor and under the ceiling, no real lights needed. */
function shadeAt(y: number, height: number): number {
  if (y <= 0.001) return 0.8
  if (y <= 0.7) return 0.8 + (y / 0.7) * 0.17
  return 0.97 - ((y - 0.7) / (height - 0.7)) * 0.05
}

function box(
  w: Wall,
  from: number,
  to: number,
  bottom: number,
  top: number,
  depth = w.thickness,
  /** Where the box's centre sits along the normal; the wall band itself lies just outside the floor. */
  offset = -w.thickness / 2,
): THREE.BufferGeometry {
  const u = { x: w.normal.z, z: -w.normal.x }
  const along = (from + to) / 2
  const g = new THREE.BoxGeometry(to - from, top - bottom, depth)
  // Box depth runs along +z; turn it so +z points into the room, then centre it in this room's half of the wall.
  g.rotateY(Math.atan2(w.normal.x, w.normal.z))
  g.translate(
    w.x + u.x * along + w.normal.x * offset,
    (top + bottom) / 2,
    w.z + u.z * along + w.normal.z * offset,
  )
  return g
}

/** The wall pieces left around doorways and windows, as boxes. */
function wallPieces(w: Wall): THREE.BufferGeometry[] {
  const half = w.length / 2
  const pieces: THREE.BufferGeometry[] = []
  const openings = [...w.openings].sort((a, b) => a.center - b.center)
  let cursor = -half
  for (const o of openings) {
    const a = o.center - o.width / 2
    const b = o.center + o.width / 2
    if (a > cursor) pieces.push(box(w, cursor, a, 0, w.height))
    if (o.bottom > 0) pieces.push(box(w, a, b, 0, o.bottom))
    if (o.top < w.height) pieces.push(box(w, a, b, o.top, w.height))
    if (o.kind === 'window') {
      // Slim glazing bars, so the window reads as a window and not a hole.
      const mid = (o.bottom + o.top) / 2
      pieces.push(box(w, o.center - 0.025, o.center + 0.025, o.bottom, o.top, 0.05))
      pieces.push(box(w, a, b, mid - 0.025, mid + 0.025, 0.05))
      // A deep sill to rest the eye on.
      pieces.push(
        box(w, a - 0.08, b + 0.08, o.bottom - 0.04, o.bottom, w.thickness + 0.06, -w.thickness / 2 + 0.03),
      )
    }
    cursor = b
  }
  if (cursor < half) pieces.push(box(w, cursor, half, 0, w.height))
  return pieces
}

/** Rewrites UVs from world position (by face direction) and adds baked shading as vertex colours. */
function worldUvAndShade(g: THREE.BufferGeometry, tile: number, height: number): void {
  const pos = g.getAttribute('position')
  const nor = g.getAttribute('normal')
  const uv = new Float32Array(pos.count * 2)
  const col = new Float32Array(pos.count * 3)
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i)
    const y = pos.getY(i)
    const z = pos.getZ(i)
    const nx = Math.abs(nor.getX(i))
    const ny = Math.abs(nor.getY(i))
    uv[i * 2] = (nx > 0.5 ? z : x) / tile
    uv[i * 2 + 1] = (ny > 0.5 ? z : y) / tile
    const s = shadeAt(y, height)
    col[i * 3] = s
    col[i * 3 + 1] = s
    col[i * 3 + 2] = s
  }
  g.setAttribute('uv', new THREE.BufferAttribute(uv, 2))
  g.setAttribute('color', new THREE.BufferAttribute(col, 3))
}

/** Every wall of every room as one geometry: one draw call however large the gallery grows. */
export function createWallGeometry(layout: GalleryLayout): THREE.BufferGeometry {
  const parts = layout.walls.flatMap(wallPieces).map((g) => g.toNonIndexed())
  const merged = mergeGeometries(parts, false) ?? new THREE.BufferGeometry()
  for (const p of parts) p.dispose()
  worldUvAndShade(merged, PLASTER_TILE, layout.height)
  return merged
}

function rectPlane(r: Rect, y: number, facingUp: boolean): THREE.BufferGeometry {
  const g = new THREE.PlaneGeometry(r.maxX - r.minX, r.maxZ - r.minZ)
  g.rotateX(facingUp ? -Math.PI / 2 : Math.PI / 2)
  g.translate((r.minX + r.maxX) / 2, y, (r.minZ + r.maxZ) / 2)
  return g
}

function mergeRects(rects: Rect[], y: number, facingUp: boolean, tile: number): THREE.BufferGeometry {
  const parts = rects.map((r) => rectPlane(r, y, facingUp))
  const merged = mergeGeometries(parts, false) ?? new THREE.BufferGeometry()
  for (const p of parts) p.dispose()
  const pos = merged.getAttribute('position')
  const uv = new Float32Array(pos.count * 2)
  for (let i = 0; i < pos.count; i++) {
    uv[i * 2] = pos.getX(i) / tile
    uv[i * 2 + 1] = pos.getZ(i) / tile
  }
  merged.setAttribute('uv', new THREE.BufferAttribute(uv, 2))
  return merged
}

/** Floors and ceilings reach under the walls: edges that merely touch show hairline cracks without MSAA. */
function underWalls(r: Rect): Rect {
  // A centimetre of overlap: neighbouring floors share a colour and world UVs, so the overlap is invisible.
  const t = WALL_THICKNESS / 2 + 0.01
  return { minX: r.minX - t, maxX: r.maxX + t, minZ: r.minZ - t, maxZ: r.maxZ + t }
}

/** Room floors as one geometry; grown under the walls, they also cover each doorway's threshold. */
export function createFloorGeometry(layout: GalleryLayout): THREE.BufferGeometry {
  return mergeRects(
    layout.rooms.map((r) => underWalls(r.floor)),
    0,
    true,
    FLOOR_TILE,
  )
}

export function createCeilingGeometry(layout: GalleryLayout): THREE.BufferGeometry {
  return mergeRects(
    layout.rooms.map((r) => underWalls(r.floor)),
    layout.height,
    false,
    PLASTER_TILE,
  )
}

/** Sky planes a little way outside each window, big enough to fill the view through it from any angle. */
export function createSkyGeometry(layout: GalleryLayout): THREE.BufferGeometry {
  const parts: THREE.BufferGeometry[] = []
  for (const w of layout.walls)
    for (const o of w.openings) {
      if (o.kind !== 'window') continue
      const g = new THREE.PlaneGeometry(o.width * 6, (o.top - o.bottom) * 4)
      g.rotateY(Math.atan2(w.normal.x, w.normal.z))
      const u = { x: w.normal.z, z: -w.normal.x }
      const out = -(w.thickness + 3)
      g.translate(
        w.x + u.x * o.center + w.normal.x * out,
        o.bottom + (o.top - o.bottom) * 1.2,
        w.z + u.z * o.center + w.normal.z * out,
      )
      parts.push(g)
    }
  if (parts.length === 0) return new THREE.BufferGeometry()
  const merged = mergeGeometries(parts, false) ?? new THREE.BufferGeometry()
  for (const p of parts) p.dispose()
  return merged
}
