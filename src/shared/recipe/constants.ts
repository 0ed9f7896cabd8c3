import { perBiome } from '../biomes/table'
import type { Biome } from '../scene-constants'

// Plain numbers shared by the recipe schema and the painter, kept apart from zod for the headset bundle.

/** Composition ids, one per biome, from the biome table; the shaders see them by name (shader-defines.ts). */
export const COMPOSITIONS: Readonly<Record<Biome, number>> = perBiome((b) => b.composition)
/** The highest composition id a recipe may carry. */
export const MAX_COMPOSITION = Math.max(...Object.values(COMPOSITIONS))

export const MAX_RIDGES = 5
export const MAX_BIRDS = 5
export const MAX_PALMS = 2
