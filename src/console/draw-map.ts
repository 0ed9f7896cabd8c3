import type { GalleryLayout } from '../shared/layout'
import { GAZE_BINS, type GazeHeatmap } from './gaze-heatmap'
import {
  fitTransform,
  type LandscapeMapShape,
  type MapRoom,
  type MapTransform,
  type MapWaterfall,
} from './landscape-map'

export type MapArtwork = { id: string; slotIndex: number }

const FLOOR = '#efe6da'
const WALL = '#b9a88f'
const TRAIL = 'rgba(94, 122, 106, 0.35)'
const CLIENT = '#2f5f8a'
const HEAT = [222, 148, 92] // warm amber: attention, never alarm red

/**
 * Draws the top-down map: rooms, the artworks on their walls glowing by how long they were looked at, the path
 * walked, the client with a view cone, and a compass rose of gaze directions. North (-z) is up.
 */
export function drawMap(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number },
  layout: GalleryLayout,
  artworks: readonly MapArtwork[],
  heat: GazeHeatmap,
): void {
  const { width, height } = size
  ctx.clearRect(0, 0, width, height)
  const t = fitTransform(layout.bounds, size)
  const { scale, x: X, z: Z } = t

  ctx.fillStyle = FLOOR
  ctx.strokeStyle = WALL
  ctx.lineWidth = 2
  for (const room of layout.rooms) {
    const f = room.floor
    ctx.fillRect(X(f.minX), Z(f.minZ), (f.maxX - f.minX) * scale, (f.maxZ - f.minZ) * scale)
    ctx.strokeRect(X(f.minX), Z(f.minZ), (f.maxX - f.minX) * scale, (f.maxZ - f.minZ) * scale)
  }
  ctx.fillStyle = FLOOR
  for (const d of layout.doorways) {
    ctx.fillRect(
      X(d.rect.minX) - 1,
      Z(d.rect.minZ) - 1,
      (d.rect.maxX - d.rect.minX) * scale + 2,
      (d.rect.maxZ - d.rect.minZ) * scale + 2,
    )
  }

  // Artworks: a short bar on the wall; a warm glow whose strength is their share of the looking time.
  const maxHeat = Math.max(1, ...artworks.map((a) => heat.byArtwork.get(a.id) ?? 0))
  for (const a of artworks) {
    const slot = layout.slots[a.slotIndex]
    if (!slot) continue
    // The bar runs along the wall: perpendicular to the slot's normal.
    drawArtwork(ctx, t, heat, a.id, maxHeat, slot.position.x, slot.position.z, slot.normal.z, -slot.normal.x)
  }

  drawClient(ctx, t, heat)
  drawCompass(ctx, width - 34, height - 34, 26, heat)
}

const BEYOND = '#e6dece'
const CLEARING = '#f4eee3'
const WATER = '#bcd0d3'
const WATER_EDGE = '#9fb8bd'

/**
 * Draws the landscape seen from above: the level clearing the client can walk in, water, the easels and the lookout
 * frame with the artworks' glow, the path walked and the client. Same geometry as the headset's (landscape-map.ts).
 */
export function drawLandscapeMap(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number },
  shape: LandscapeMapShape,
  heat: GazeHeatmap,
): void {
  const { width, height } = size
  ctx.clearRect(0, 0, width, height)
  const t = fitTransform(shape.bounds, size)
  if (shape.room) drawRoom(ctx, t, shape.room)
  else drawClearing(ctx, t, shape)

  // Easel and frame feet: small, so the client's dot stays the thing the eye finds first.
  ctx.fillStyle = '#cbbba3'
  for (const o of shape.obstacles) {
    ctx.beginPath()
    ctx.arc(t.x(o.x), t.z(o.z), Math.max(2, o.r * t.scale), 0, Math.PI * 2)
    ctx.fill()
  }
  const maxHeat = Math.max(1, ...shape.stands.map((s) => heat.byArtwork.get(s.id) ?? 0))
  for (const s of shape.stands) {
    drawArtwork(ctx, t, heat, s.id, maxHeat, s.x, s.z, Math.cos(s.rotationY), -Math.sin(s.rotationY))
  }
  if (shape.waterfall) drawWaterfall(ctx, t, size, shape.waterfall)

  drawClient(ctx, t, heat)
  drawCompass(ctx, width - 34, height - 34, 26, heat)
}

/** Outdoors: the land beyond, the level clearing the client may walk in, and the water. */
function drawClearing(ctx: CanvasRenderingContext2D, t: MapTransform, shape: LandscapeMapShape) {
  const { scale, x: X, z: Z } = t
  // The land beyond the clearing (hills, dunes, shore), then the clearing itself with a soft edge.
  ctx.fillStyle = BEYOND
  ctx.beginPath()
  ctx.arc(X(0), Z(0), shape.extent * scale, 0, Math.PI * 2)
  ctx.fill()
  ctx.fillStyle = CLEARING
  ctx.beginPath()
  ctx.arc(X(0), Z(0), shape.radius * scale, 0, Math.PI * 2)
  ctx.fill()
  ctx.save()
  ctx.setLineDash([5, 4])
  ctx.strokeStyle = WALL
  ctx.lineWidth = 1.5
  ctx.stroke()
  ctx.restore()

  // Water is never walkable, in the clearing or beyond it. Runs overlap by a hair so no seams show.
  if (shape.water.length) {
    ctx.fillStyle = WATER
    for (const r of shape.water)
      ctx.fillRect(X(r.x0), Z(r.z), (r.x1 - r.x0) * scale + 0.5, shape.cell * scale + 0.5)
    ctx.save()
    ctx.beginPath()
    ctx.arc(X(0), Z(0), shape.extent * scale, 0, Math.PI * 2)
    ctx.strokeStyle = WATER_EDGE
    ctx.lineWidth = 1
    ctx.stroke()
    ctx.restore()
  }
}

const FURNITURE = '#d9c9b1'
const WINDOW = '#a9c3cf'
const FIRE = '#d98b57'

/** Indoors: the floor inside its walls, the windows and the fire in them, and the furniture to walk around. */
function drawRoom(ctx: CanvasRenderingContext2D, t: MapTransform, room: MapRoom) {
  const { x: X, z: Z } = t
  const w = room.walls
  ctx.fillStyle = CLEARING
  ctx.fillRect(X(w.minX), Z(w.minZ), X(w.maxX) - X(w.minX), Z(w.maxZ) - Z(w.minZ))
  ctx.strokeStyle = WALL
  ctx.lineWidth = 3
  ctx.strokeRect(X(w.minX), Z(w.minZ), X(w.maxX) - X(w.minX), Z(w.maxZ) - Z(w.minZ))
  ctx.lineWidth = 4
  ctx.strokeStyle = WINDOW
  for (const win of room.windows) line(ctx, X(win.x0), Z(w.minZ), X(win.x1), Z(w.minZ))
  ctx.strokeStyle = FIRE
  line(ctx, X(room.fire.x0), Z(w.maxZ), X(room.fire.x1), Z(w.maxZ))
  ctx.fillStyle = FURNITURE
  for (const corners of room.blocks) {
    ctx.beginPath()
    corners.forEach((c, i) => (i ? ctx.lineTo(X(c.x), Z(c.z)) : ctx.moveTo(X(c.x), Z(c.z))))
    ctx.closePath()
    ctx.fill()
  }
}

function line(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number) {
  ctx.beginPath()
  ctx.moveTo(x0, y0)
  ctx.lineTo(x1, y1)
  ctx.stroke()
}

/**
 * The waterfall: where it falls when it is on the map, otherwise a small mark at the map's edge pointing to it with
 * its distance, so the therapist knows what the client sees when they look down the valley.
 */
function drawWaterfall(
  ctx: CanvasRenderingContext2D,
  t: MapTransform,
  size: { width: number; height: number },
  fall: MapWaterfall,
) {
  const fx = t.x(fall.x)
  const fz = t.z(fall.z)
  const inside = fx > 10 && fx < size.width - 10 && fz > 10 && fz < size.height - 10
  ctx.fillStyle = WATER_EDGE
  if (inside) {
    const half = Math.max(3, (fall.width / 2) * t.scale)
    ctx.fillRect(fx - half, fz - 2, half * 2, 4)
    return
  }
  // From the map's centre toward the fall, stopped a little inside the edge.
  const cx = size.width / 2
  const cz = size.height / 2
  const dx = fx - cx
  const dz = fz - cz
  const k = Math.min(
    (size.width / 2 - 14) / Math.abs(dx || 1e-6),
    (size.height / 2 - 14) / Math.abs(dz || 1e-6),
  )
  const px = cx + dx * k
  const pz = cz + dz * k
  const a = Math.atan2(dz, dx)
  ctx.beginPath()
  ctx.moveTo(px + Math.cos(a) * 7, pz + Math.sin(a) * 7)
  ctx.lineTo(px + Math.cos(a + 2.4) * 6, pz + Math.sin(a + 2.4) * 6)
  ctx.lineTo(px + Math.cos(a - 2.4) * 6, pz + Math.sin(a - 2.4) * 6)
  ctx.closePath()
  ctx.fill()
  ctx.fillStyle = '#5d7a80'
  ctx.font = '11px system-ui, sans-serif'
  ctx.textAlign = px < cx ? 'left' : 'right'
  ctx.textBaseline = pz < cz ? 'top' : 'bottom'
  ctx.fillText(
    `waterfall, ${Math.round(fall.distance)} m`,
    px + (px < cx ? 10 : -10),
    pz + (pz < cz ? 4 : -4),
  )
}

/** A painting on the map: a short bar (about its width) and a warm glow by its share of the looking time. */
function drawArtwork(
  ctx: CanvasRenderingContext2D,
  t: MapTransform,
  heat: GazeHeatmap,
  id: string,
  maxHeat: number,
  wx: number,
  wz: number,
  tx: number,
  tz: number,
) {
  const x = t.x(wx)
  const z = t.z(wz)
  const share = (heat.byArtwork.get(id) ?? 0) / maxHeat
  if (share > 0.02) {
    const r = 6 + share * 16
    const g = ctx.createRadialGradient(x, z, 0, x, z, r)
    g.addColorStop(0, `rgba(${HEAT.join(',')}, ${0.25 + share * 0.6})`)
    g.addColorStop(1, `rgba(${HEAT.join(',')}, 0)`)
    ctx.fillStyle = g
    ctx.beginPath()
    ctx.arc(x, z, r, 0, Math.PI * 2)
    ctx.fill()
  }
  ctx.strokeStyle = heat.last?.artworkId === id ? CLIENT : '#6b5f53'
  ctx.lineWidth = 4
  ctx.beginPath()
  ctx.moveTo(x - tx * 0.6 * t.scale, z - tz * 0.6 * t.scale)
  ctx.lineTo(x + tx * 0.6 * t.scale, z + tz * 0.6 * t.scale)
  ctx.stroke()
}

/** The path walked, then the client with a soft view cone. */
function drawClient(ctx: CanvasRenderingContext2D, t: MapTransform, heat: GazeHeatmap) {
  const { scale, x: X, z: Z } = t
  if (heat.trail.length > 1) {
    ctx.strokeStyle = TRAIL
    ctx.lineWidth = 2
    ctx.beginPath()
    heat.trail.forEach((p, i) => (i ? ctx.lineTo(X(p.x), Z(p.z)) : ctx.moveTo(X(p.x), Z(p.z))))
    ctx.stroke()
  }

  const last = heat.last
  if (last) {
    const x = X(last.x)
    const z = Z(last.z)
    // yaw 0 looks toward -z (up on the map); the cone spans roughly the headset's field of view.
    const dirX = -Math.sin(last.yaw)
    const dirZ = -Math.cos(last.yaw)
    const a = Math.atan2(dirZ, dirX)
    ctx.fillStyle = 'rgba(47, 95, 138, 0.18)'
    ctx.beginPath()
    ctx.moveTo(x, z)
    ctx.arc(x, z, 3.2 * scale, a - 0.8, a + 0.8)
    ctx.closePath()
    ctx.fill()
    ctx.fillStyle = CLIENT
    ctx.beginPath()
    ctx.arc(x, z, 6, 0, Math.PI * 2)
    ctx.fill()
  }
}

/** Gaze directions as a rose: each petal's length is that direction's share of the looking time. */
function drawCompass(ctx: CanvasRenderingContext2D, cx: number, cy: number, r: number, heat: GazeHeatmap) {
  ctx.fillStyle = 'rgba(251, 248, 242, 0.9)'
  ctx.strokeStyle = '#d8cbb9'
  ctx.lineWidth = 1
  ctx.beginPath()
  ctx.arc(cx, cy, r + 4, 0, Math.PI * 2)
  ctx.fill()
  ctx.stroke()
  const max = Math.max(1e-6, ...heat.byDirection)
  const step = (Math.PI * 2) / GAZE_BINS
  ctx.fillStyle = `rgba(${HEAT.join(',')}, 0.85)`
  for (let i = 0; i < GAZE_BINS; i++) {
    const share = (heat.byDirection[i] ?? 0) / max
    if (share <= 0) continue
    // Bin 0 is north; canvas angle -π/2 is up, clockwise increasing.
    const mid = -Math.PI / 2 + i * step
    ctx.beginPath()
    ctx.moveTo(cx, cy)
    ctx.arc(cx, cy, 3 + share * (r - 3), mid - step / 2, mid + step / 2)
    ctx.closePath()
    ctx.fill()
  }
  ctx.fillStyle = '#6b5f53'
  ctx.font = '11px "Source Sans 3", sans-serif'
  ctx.textAlign = 'center'
  ctx.fillText('N', cx, cy - r - 6)
}
