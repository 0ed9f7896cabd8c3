import { z } from 'zod'
import { BIOMES } from '../scene-constants'
import { MAX_BIRDS, MAX_COMPOSITION, MAX_PALMS, MAX_RIDGES } from './constants'

export { COMPOSITIONS, MAX_BIRDS, MAX_PALMS, MAX_RIDGES } from './constants'

/**
 * A paint recipe: everything the GLSL painter needs, as plain numbers. It is small JSON on purpose — it
 * crosses the network and is kept per texture so a lost WebGL context can be repainted exactly.
 */
const unit = z.number().min(0).max(1)
export const RgbSchema = z.tuple([unit, unit, unit])

export const RidgeSchema = z.object({
  /** Base height of the ridge line, 0 = bottom of the canvas, 1 = top. */
  y: unit,
  /** Height of the ridge's hills, in canvas units. */
  amp: z.number().min(0).max(0.5),
  /** Hills across the canvas. */
  freq: z.number().min(0.5).max(16),
  /** 0 rolling hills … 1 sharp mountain peaks. */
  sharp: unit,
  colour: RgbSchema,
})

/**
 * Small seeded things from `spec.motifs`, placed where they help the composition (never on the calm third).
 * Each is cheap in the shader: a few distance tests against these positions.
 */
export const MotifsSchema = z.object({
  /** Far-off birds: x, y (canvas units) and wing span. */
  birds: z.array(z.tuple([unit, unit, z.number().min(0.004).max(0.05)])).max(MAX_BIRDS),
  /** A small sail on the water: x, y of the hull's waterline and height (0 = no boat). */
  boat: z.tuple([unit, unit, z.number().min(0).max(0.12)]),
  /** Palm trees on the near sand: x of the foot, height, lean (-1 … 1). */
  palms: z.array(z.tuple([unit, z.number().min(0.1).max(0.9), z.number().min(-1).max(1)])).max(MAX_PALMS),
})

export const PaintRecipeSchema = z.object({
  version: z.literal(1),
  biome: z.enum(BIOMES),
  composition: z.number().int().min(0).max(MAX_COMPOSITION),
  seed: z.number().int().min(0).max(0xffffffff),
  /** Noise-space offset derived from the seed, so each painting samples its own patch of noise. */
  offset: z.tuple([z.number().min(0).max(512), z.number().min(0).max(512)]),
  /** Horizon (or water line) height, on a third. */
  horizon: unit,
  /** Where the eye should rest (a tree, a boat, the sun's reflection), on a third. */
  focal: z.tuple([unit, unit]),
  sky: z.object({ zenith: RgbSchema, horizon: RgbSchema, glow: RgbSchema }),
  sun: z.object({
    position: z.tuple([unit, z.number().min(-0.3).max(1.2)]),
    radius: z.number().min(0.005).max(0.2),
    colour: RgbSchema,
    /** Strength of the halo around the disc. */
    glow: unit,
    /** 0 sun, 1 moon. */
    kind: z.union([z.literal(0), z.literal(1)]),
  }),
  light: z.object({ warm: RgbSchema, shadow: RgbSchema }),
  ridges: z.array(RidgeSchema).min(3).max(MAX_RIDGES),
  ground: z.object({ far: RgbSchema, near: RgbSchema }),
  water: z.object({
    colour: RgbSchema,
    /** How much of the sky the water mirrors. */
    reflect: unit,
    /** Shore line height at the left and right edges (beach, lake). */
    shore: z.tuple([unit, unit]),
    surf: unit,
  }),
  trees: z.object({ density: unit, height: unit, colour: RgbSchema, trunk: RgbSchema }),
  flowers: z.object({ density: unit, colours: z.tuple([RgbSchema, RgbSchema, RgbSchema]) }),
  accent: RgbSchema,
  stars: unit,
  motifs: MotifsSchema,
  weather: z.object({ clouds: unit, fog: unit, rain: unit, snow: unit, wind: unit, storm: unit }),
  finish: z.object({
    brush: unit,
    grain: unit,
    vignette: unit,
    /** 0.6 (very calm) … 1 (full contrast). */
    contrast: z.number().min(0.5).max(1),
    /** Edge softness; calmer words paint softer edges. */
    softness: unit,
    /** -1 cool … 1 warm light. */
    warmth: z.number().min(-1).max(1),
  }),
})
export type PaintRecipe = z.infer<typeof PaintRecipeSchema>
export type Ridge = z.infer<typeof RidgeSchema>
export type Motifs = z.infer<typeof MotifsSchema>
