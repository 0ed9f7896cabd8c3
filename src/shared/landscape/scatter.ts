import { createRng } from '../recipe/random'
import { isUnderWater, terrainHeight, TERRAIN_RADIUS, WALK_RADIUS } from './terrain'
import type { LandscapeStructure, PropKind, VegetationKind } from './types'
import { LANDSCAPE_START, placeArtworks } from './walk-area'
import { inWaterfallView } from './waterfall'

/** Floats per instance: x, y, z, scale, rotation about y, a random 0…1 (colour and sway phase). */
export const INSTANCE_STRIDE = 6

type Ring = { min: number; max: number; power: number }

/** Where each kind grows: small things among the visitor's feet, trees around the clearing, never on the path. */
const RINGS: Record<VegetationKind, Ring> = {
  grass: { min: 1.2, max: 55, power: 1.6 },
  flower: { min: 1.5, max: 45, power: 1.5 },
  broadleaf: { min: WALK_RADIUS + 2, max: 90, power: 1.6 },
  conifer: { min: WALK_RADIUS + 1.5, max: 95, power: 1.4 },
  palm: { min: 9.5, max: 28, power: 1 },
  bush: { min: WALK_RADIUS + 0.5, max: 45, power: 1.5 },
  rock: { min: WALK_RADIUS - 1, max: 70, power: 1.5 },
  kelp: { min: WALK_RADIUS + 0.5, max: 60, power: 1.4 },
  coral: { min: 5, max: 45, power: 1.3 },
  cactus: { min: WALK_RADIUS + 2, max: 60, power: 1.3 },
  orb: { min: 6, max: 48, power: 1.2 },
}

const SPOTS = placeArtworks(9)

/** Plants tall enough to hide a waterfall from the start view. */
const TALL = new Set<VegetationKind>(['broadleaf', 'conifer', 'palm', 'bush', 'cactus'])

/** Lands you can't plant on: open water and the artworks' spots. Underwater plants grow on the sea floor. */
function plantable(structure: LandscapeStructure, kind: VegetationKind, x: number, z: number): boolean {
  const t = structure.terrain
  if (isUnderWater(t, x, z, 0.15)) return false
  // The waterfall is the view down the valley: no tree stands between it and the visitor's first look.
  const fall = structure.waterfall
  if (fall && TALL.has(kind) && inWaterfallView(fall, x, z, LANDSCAPE_START)) return false
  // Keep the strip in front of each artwork clear so nothing stands between a visitor and a painting.
  return !SPOTS.some((s) => Math.hypot(x - s.x * 0.8, z - s.z * 0.8) < (kind === 'grass' ? 0.6 : 1.6))
}

/**
 * Seeded positions for every vegetation layer. Pure: the same structure always grows the same plants, in the
 * headset and on the therapist's mirror.
 */
export function scatterVegetation(
  structure: LandscapeStructure,
): Array<{ kind: VegetationKind; data: Float32Array }> {
  return structure.vegetation.map((layer, li) => {
    const rng = createRng((structure.seed ^ Math.imul(li + 1, 0x9e3779b1)) >>> 0)
    const ring = RINGS[layer.kind]
    const data = new Float32Array(layer.count * INSTANCE_STRIDE)
    let placed = 0
    for (let tries = 0; placed < layer.count && tries < layer.count * 8; tries++) {
      const r = ring.min + (Math.min(ring.max, TERRAIN_RADIUS) - ring.min) * rng.next() ** ring.power
      const a = rng.next() * Math.PI * 2
      const x = Math.sin(a) * r
      const z = -Math.cos(a) * r
      if (layer.kind === 'palm' && z < -9) continue
      // Dune grass grows on the dunes behind and beside the visitor, not down the open sand to the sea.
      if (layer.kind === 'grass' && structure.biome === 'beach' && z < -3) continue
      if (!plantable(structure, layer.kind, x, z)) continue
      const o = placed * INSTANCE_STRIDE
      const floating = layer.kind === 'orb'
      data[o] = x
      data[o + 1] = terrainHeight(structure.terrain, x, z) + (floating ? 1.2 + rng.next() * 5 : -0.03)
      data[o + 2] = z
      data[o + 3] = layer.scale * (0.7 + 0.6 * rng.next()) * (floating ? 0.6 + 1.2 * rng.next() : 1)
      data[o + 4] = rng.next() * Math.PI * 2
      data[o + 5] = rng.next()
      placed++
    }
    return { kind: layer.kind, data: data.subarray(0, placed * INSTANCE_STRIDE) }
  })
}

/**
 * Moving props (boats, birds, fish, lanterns): a centre to move about and a phase. Their slow motion itself is
 * computed in the shader from time, so a still frame (reduced motion) costs nothing.
 */
export function scatterProps(structure: LandscapeStructure): Array<{ kind: PropKind; data: Float32Array }> {
  return structure.props.map((layer, li) => {
    const rng = createRng((structure.seed ^ Math.imul(li + 11, 0x85ebca6b)) >>> 0)
    const data = new Float32Array(layer.count * INSTANCE_STRIDE)
    const w = structure.terrain.water
    for (let i = 0; i < layer.count; i++) {
      const o = i * INSTANCE_STRIDE
      let x = 0
      let y = 0
      let z = 0
      if (layer.kind === 'boat') {
        // Boats rest out on the water ahead, a little apart, never close enough to loom.
        x = (i % 2 === 0 ? -1 : 1) * (8 + rng.next() * 14)
        z = w.kind === 'lake' ? w.centre[1] + rng.range(-6, 10) : -38 - rng.next() * 25
        y = w.level
      } else if (layer.kind === 'bird') {
        x = rng.range(-30, 30)
        z = rng.range(-70, -40)
        y = 24 + rng.next() * 10
      } else if (layer.kind === 'fish') {
        const a = rng.next() * Math.PI * 2
        const r = 6 + rng.next() * 14
        x = Math.sin(a) * r
        z = -Math.cos(a) * r
        y = 2 + rng.next() * 4
      } else {
        // Lanterns: a soft ring at the clearing's edge.
        const a = (i / layer.count) * Math.PI * 2 + 0.3
        x = Math.sin(a) * (WALK_RADIUS + 0.6)
        z = -Math.cos(a) * (WALK_RADIUS + 0.6)
        y = terrainHeight(structure.terrain, x, z)
      }
      data[o] = x
      data[o + 1] = y
      data[o + 2] = z
      data[o + 3] = 0.8 + 0.4 * rng.next()
      data[o + 4] = rng.next() * Math.PI * 2
      data[o + 5] = rng.next()
    }
    return { kind: layer.kind, data }
  })
}
