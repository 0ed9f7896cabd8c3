import type { Biome } from '../scene-constants'
import { createRng, seedFromText } from '../recipe/random'
import { BIOME_BUILD } from './tables'
import type { TerrainParams } from './types'

/** The visitor walks inside this disc (metres, about the origin); the land stays level in it. */
export const WALK_RADIUS = 12
/** The terrain mesh reaches this far; fog and the painted sky take over beyond it. */
export const TERRAIN_RADIUS = 125

const smoothstep = (a: number, b: number, x: number): number => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)))
  return t * t * (3 - 2 * t)
}

function hash(x: number, y: number): number {
  let h = (Math.imul(x, 0x8da6b343) + Math.imul(y, 0xd8163841) + 0x5bd1e995) >>> 0
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d) >>> 0
  h ^= h >>> 12
  return (h >>> 8) / 16777216
}

/** Value noise in [0, 1], smooth (quintic fade). */
export function valueNoise(x: number, y: number): number {
  const ix = Math.floor(x)
  const iy = Math.floor(y)
  const fx = x - ix
  const fy = y - iy
  const ux = fx * fx * fx * (fx * (fx * 6 - 15) + 10)
  const uy = fy * fy * fy * (fy * (fy * 6 - 15) + 10)
  const a = hash(ix, iy)
  const b = hash(ix + 1, iy)
  const c = hash(ix, iy + 1)
  const d = hash(ix + 1, iy + 1)
  return a + (b - a) * ux + (c - a) * uy + (a - b - c + d) * ux * uy
}

export function fbm(x: number, y: number, octaves = 4): number {
  let s = 0
  let a = 0.5
  let norm = 0
  let px = x
  let py = y
  for (let i = 0; i < octaves; i++) {
    s += a * valueNoise(px, py)
    norm += a
    a *= 0.5
    // Rotate each octave so the lattice never lines up (no visible tiling).
    const nx = 1.6 * px - 1.2 * py + 17.1
    py = 1.2 * px + 1.6 * py + 31.7
    px = nx
  }
  return s / norm
}

/** Where a valley's river runs across x at depth z: a slow meander about the water's centre line. */
export function riverLine(t: TerrainParams, z: number): number {
  return t.water.centre[0] + 7 * Math.sin(z / 23 + t.offset[0])
}

/**
 * Ground height (metres) at (x, z). Level inside the walkable disc, rising into the place's own shape beyond it:
 * a shore falling to the sea, hills, dunes, drifts, a lake basin under a ring of mountains. Pure, so the mesh,
 * the planting and the walkable area all agree.
 */
export function terrainHeight(t: TerrainParams, x: number, z: number): number {
  const r = Math.hypot(x, z)
  const rise = smoothstep(WALK_RADIUS + 1, WALK_RADIUS + 26, r)
  const [ox, oz] = t.offset
  const n = fbm(x / t.scale + ox, z / t.scale + oz)
  let h: number
  switch (t.kind) {
    case 'shore': {
      // Sand falls gently to the sea ahead (-z); low dunes rise behind.
      const toSea = z < -6 ? (z + 6) * 0.075 : 0
      const dunes = smoothstep(4, 30, z) * (n - 0.25) * t.amplitude
      h = toSea + dunes + (n - 0.5) * 0.6 * rise * smoothstep(-20, 0, z)
      break
    }
    case 'dunes': {
      const phase = ((x * 0.8 + z * 0.6) / t.scale) * Math.PI * 2 + n * 4
      const crest = (0.5 + 0.5 * Math.sin(phase)) ** 1.6
      h = (crest * 0.75 + n * 0.5 - 0.3) * t.amplitude * rise
      break
    }
    case 'seafloor':
      h = (n - 0.4) * t.amplitude * rise + (n - 0.5) * 0.25
      break
    case 'valley': {
      // Slopes rise on both sides of the river's line, so the valley stays open ahead and behind.
      const across = Math.abs(x - riverLine(t, z))
      h = ((n - 0.32) * t.amplitude + smoothstep(14, 70, across) ** 1.3 * t.amplitude * 4) * rise
      break
    }
    default:
      h = (n - 0.32) * t.amplitude * rise
  }
  const w = t.water
  if (w.kind === 'river') {
    // A winding channel from the far end of the water toward the clearing, stopping short of it; the banks stay
    // above the water so it shows only in the channel.
    const along =
      smoothstep(-(WALK_RADIUS + 2), -(WALK_RADIUS + 8), z) *
      smoothstep(w.centre[1] - w.radius, w.centre[1] - w.radius + 10, z)
    const halfWidth = 2.5 + 0.04 * Math.max(0, -z - WALK_RADIUS)
    const s = smoothstep(halfWidth + 2.5, halfWidth * 0.6, Math.abs(x - riverLine(t, z))) * along
    h = Math.max(h, w.level + 0.3)
    h = h * (1 - s) + (w.level - 1.2) * s
  }
  if (w.kind === 'lake' || w.kind === 'pond') {
    const d = Math.hypot(x - w.centre[0], z - w.centre[1])
    const depth = w.kind === 'lake' ? 4 : 1
    const s = smoothstep(w.radius + (w.kind === 'lake' ? 2 : 1.2), w.radius * 0.7, d)
    h = h * (1 - s) + (w.level - depth) * s
  }
  if (t.mountains > 0) {
    const ridge = 1 - Math.abs(2 * fbm(x / 40 + oz, z / 40 + ox, 3) - 1)
    const ring = smoothstep(62, 115, r)
    const clear =
      w.kind === 'lake'
        ? 1 - 0.6 * smoothstep(w.radius + 30, w.radius, Math.hypot(x - w.centre[0], z - w.centre[1]))
        : 1
    // A river keeps its way open through the ring until its water ends: the mountains close the valley's head.
    const gap =
      w.kind === 'river' && z > w.centre[1] - w.radius ? smoothstep(30, 8, Math.abs(x - riverLine(t, z))) : 0
    h += t.mountains * ring * (0.35 + 0.65 * ridge * ridge) * clear * (1 - gap)
  }
  return h
}

/** True when (x, z) is under open water (sea, lake or pond) rather than on land. */
export function isUnderWater(t: TerrainParams, x: number, z: number, margin = 0.05): boolean {
  const k = t.water.kind
  if (k === 'none' || k === 'surface') return false
  return terrainHeight(t, x, z) < t.water.level + margin
}

/** The seed a place gets unless told otherwise: one per biome, so "a beach" stays the same beach across words. */
export function landscapeSeed(biome: Biome): number {
  return seedFromText(`landscape:${biome}`)
}

/** The terrain of `biome` with its seeded noise offset. */
export function terrainFor(biome: Biome, seed: number): TerrainParams {
  const build = BIOME_BUILD[biome].terrain
  const rng = createRng((seed ^ 0x2f6b1d3) >>> 0)
  return {
    ...build,
    water: { ...build.water, centre: [build.water.centre[0], build.water.centre[1]] },
    offset: [Math.round(rng.range(0, 500) * 100) / 100, Math.round(rng.range(0, 500) * 100) / 100],
  }
}
