export {
  REFINE_CHOICES,
  REFINE_CHOICE_LABELS,
  MAX_VERSIONS,
  REFINE_WORDS_MAX_CHARS,
  isRefineChoice,
} from './choices'
export type { RefineChoice } from './choices'
export { applyChoice, measure, withMotif, MAX_MOTIFS } from './apply-choice'
export { mergeWords, parseRefineWords } from './words'
export type { Interpret, ParsedWords } from './words'
export { paletteChroma, paletteLuma, paletteWarmth } from './palette-shift'
export { refineSpec, specChanged } from './refine-spec'
export type { RefineRequest, RefineResult } from './refine-spec'
