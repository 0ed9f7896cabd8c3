import type { Biome } from '../scene-constants'

// Plain numbers shared by the recipe schema and the painter, kept apart from zod for the headset bundle.

/** Composition ids, one per biome; the shader switches on these numbers. */
export const COMPOSITIONS = {
  beach: 0,
  forest: 1,
  meadow: 2,
  'mountain-lake': 3,
  snow: 4,
  garden: 5,
  desert: 6,
  underwater: 7,
  'night-sky': 8,
  abstract: 9,
} as const satisfies Record<Biome, number>

export const MAX_RIDGES = 5
export const MAX_BIRDS = 5
export const MAX_PALMS = 2
