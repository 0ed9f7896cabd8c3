import type { SceneSpec } from '../spec'
import { createRng } from './random'
import type { Motifs } from './schema'

const round = (v: number): number => Math.round(v * 10000) / 10000

/** Composition facts the motifs are placed against (all canvas units, 0 = bottom). */
export type MotifLayout = { horizon: number; focalX: number; sunX: number; night: boolean }

const has = (motifs: readonly string[], word: string): boolean => motifs.some((m) => m.includes(word))

/**
 * Place the cheap motifs a client named. They get their own generator (seed-derived) so adding a motif never
 * shifts the rest of the painting: "a beach" and "a beach with birds" share sky, shore and light.
 */
export function placeMotifs(spec: SceneSpec, seed: number, at: MotifLayout): Motifs {
  const rng = createRng((seed ^ 0x5bd1e995) >>> 0)
  const out: Motifs = { birds: [], boat: [0.5, at.horizon, 0], palms: [] }
  const sky = 1 - at.horizon
  // Birds: a loose, small flock far off, on the side away from the sun so they never sit in its glare.
  if (has(spec.motifs, 'bird') && !at.night && spec.biome !== 'underwater' && spec.biome !== 'abstract') {
    const count = rng.int(3, 5)
    const cx = at.sunX < 0.5 ? rng.range(0.58, 0.78) : rng.range(0.22, 0.42)
    const cy = at.horizon + sky * rng.range(0.35, 0.55)
    for (let i = 0; i < count; i++) {
      const x = cx + rng.range(-0.12, 0.12)
      const y = cy + rng.range(-0.06, 0.06)
      // Higher birds are nearer, so a little larger: depth without detail.
      const span = 0.011 + 0.012 * rng.next() + (y - cy) * 0.05
      out.birds.push([round(x), round(Math.min(0.97, y)), round(Math.max(0.006, span))])
    }
  }
  // A boat: a small sail on open water, beside (not on) the sun's path of light.
  if (has(spec.motifs, 'boat') && (spec.biome === 'beach' || spec.biome === 'mountain-lake')) {
    const side = at.focalX < 0.5 ? 1 : -1
    const x = at.sunX + side * rng.range(0.1, 0.18)
    const y = at.horizon - rng.range(0.025, spec.biome === 'beach' ? 0.05 : 0.09)
    out.boat = [round(Math.min(0.9, Math.max(0.1, x))), round(y), round(rng.range(0.045, 0.065))]
  }
  // Palms lean in from the near corner away from the focal third, framing the view.
  if (has(spec.motifs, 'palm') && spec.biome === 'beach') {
    const corner = at.focalX < 0.5 ? 1 : 0
    const count = rng.int(1, 2)
    for (let i = 0; i < count; i++) {
      const inset = rng.range(0.06, 0.14) + i * 0.1
      const x = corner === 1 ? 1 - inset : inset
      const lean = (corner === 1 ? -1 : 1) * rng.range(0.25, 0.6)
      out.palms.push([round(x), round(rng.range(0.5, 0.68) - i * 0.12), round(lean)])
    }
  }
  return out
}
