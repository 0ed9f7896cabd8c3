import { PhraseIndex } from '../safety/phrases'
import { mergeEffects, type Effect } from './effects'
import { FEELING_ENTRIES } from './lexicon-feelings'
import { MOTIF_ENTRIES } from './lexicon-motifs'
import { PLACE_ENTRIES } from './lexicon-places'
import { SKY_ENTRIES } from './lexicon-sky'

let index: PhraseIndex<Effect> | undefined

/** Every interpretation entry in one longest-match index; entries sharing words are merged. */
export function getLexicon(): PhraseIndex<Effect> {
  if (index) return index
  const merged = new Map<string, Effect>()
  for (const [phrase, effect] of [...PLACE_ENTRIES, ...SKY_ENTRIES, ...MOTIF_ENTRIES, ...FEELING_ENTRIES]) {
    const key = phrase
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean)
      .join(' ')
    const prev = merged.get(key)
    merged.set(key, prev ? mergeEffects(prev, effect) : effect)
  }
  index = new PhraseIndex(merged)
  return index
}

/** Direct place names per biome, for tests that check a paraphrase names no place. */
export function placeNames(): Map<string, string> {
  const out = new Map<string, string>()
  for (const [phrase, effect] of PLACE_ENTRIES) if (effect.place) out.set(phrase, effect.place)
  return out
}
