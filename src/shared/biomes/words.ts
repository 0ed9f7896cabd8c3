import type { WordGroup } from './types'

// Marked free of side effects so that a bundle which never reads a place's words (the headset's first one) leaves
// them out.

/** Direct names of a place: strong evidence, and the title may use them. */
export const names = /* @__NO_SIDE_EFFECTS__ */ (weight: number, terms: readonly string[]): WordGroup => ({
  kind: 'names',
  weight,
  terms,
})

/** Cue words: weaker evidence that add up ("salt air and gulls" → beach). */
export const cues = /* @__NO_SIDE_EFFECTS__ */ (
  weight: number,
  terms: readonly string[],
  motifs?: string[],
): WordGroup => (motifs ? { kind: 'cues', weight, terms, motifs } : { kind: 'cues', weight, terms })
