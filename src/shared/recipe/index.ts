export { createRecipe } from './create-recipe'
export { seedFromText, createRng } from './random'
export type { Rng } from './random'
export {
  PaintRecipeSchema,
  RidgeSchema,
  RgbSchema,
  MotifsSchema,
  COMPOSITIONS,
  MAX_RIDGES,
  MAX_BIRDS,
  MAX_PALMS,
} from './schema'
export type { PaintRecipe, Ridge, Motifs } from './schema'
