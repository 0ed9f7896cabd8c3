import { BIOME_WORDS } from '../biomes/words-table'
import { BIOMES } from '../scene-constants'
import { cues, names, type LexiconEntry } from './effects'

/**
 * Place words, read from each place's words beside its entry in the biome table. Names weigh 3 (multi-word names 4); cue words
 * weigh 0.5–2 and add up, so a paraphrase without any name ("salt air and gulls") still finds its place. Lemmas
 * match too ("pines" → "pine").
 */
export const PLACE_ENTRIES: readonly LexiconEntry[] = BIOMES.flatMap((biome) =>
  BIOME_WORDS[biome].flatMap((group) =>
    group.kind === 'names'
      ? names(biome, group.weight, group.terms)
      : cues(biome, group.weight, group.terms, group.motifs),
  ),
)
