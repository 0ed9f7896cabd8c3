import type { WordGroup } from './types'

/** Direct names of a place: strong evidence, and the title may use them. */
export const names = (weight: number, terms: readonly string[]): WordGroup => ({
  kind: 'names',
  weight,
  terms,
})

/** Cue words: weaker evidence that add up ("salt air and gulls" → beach). */
export const cues = (weight: number, terms: readonly string[], motifs?: string[]): WordGroup =>
  motifs ? { kind: 'cues', weight, terms, motifs } : { kind: 'cues', weight, terms }
