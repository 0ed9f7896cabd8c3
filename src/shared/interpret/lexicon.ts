import { PhraseIndex } from '../safety/phrases'
import type { SupportedLanguage } from '../safety/language'
import { mergeEffects, type Effect, type InterpretWords, type LexiconEntry } from './effects'
import { WORDS_DE } from './lexicon-de'
import { WORDS_ES } from './lexicon-es'
import { WORDS_FR } from './lexicon-fr'
import { FEELING_ENTRIES } from './lexicon-feelings'
import { MOTIF_ENTRIES } from './lexicon-motifs'
import { PLACE_ENTRIES } from './lexicon-places'
import { SKY_ENTRIES } from './lexicon-sky'

const ENGLISH: readonly LexiconEntry[] = [
  ...PLACE_ENTRIES,
  ...SKY_ENTRIES,
  ...MOTIF_ENTRIES,
  ...FEELING_ENTRIES,
]

/** The words of each language besides English. */
export const LANGUAGE_WORDS: Readonly<Record<Exclude<SupportedLanguage, 'en'>, InterpretWords>> = {
  es: WORDS_ES,
  fr: WORDS_FR,
  de: WORDS_DE,
}

export interface Lexicon {
  readonly index: PhraseIndex<Effect>
  /** Compound endings, longest first (see InterpretWords.heads). */
  readonly heads: readonly string[]
}

const built = new Map<SupportedLanguage, Lexicon>()

function phraseKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
    .join(' ')
}

/**
 * One longest-match index per language: its own words with the English ones (people mix in English words),
 * entries sharing words merged. Languages are kept apart because a word can be a place in one and an ordinary
 * word in another: German "See" is a lake, English "see" is not.
 */
export function getLexicon(language: SupportedLanguage = 'en'): Lexicon {
  const cached = built.get(language)
  if (cached) return cached
  const own = language === 'en' ? undefined : LANGUAGE_WORDS[language]
  const merged = new Map<string, Effect>()
  for (const [phrase, effect] of [...ENGLISH, ...(own?.entries ?? [])]) {
    const key = phraseKey(phrase)
    const prev = merged.get(key)
    merged.set(key, prev ? mergeEffects(prev, effect) : effect)
  }
  const heads = [...(own?.heads ?? [])].sort((a, b) => b.length - a.length)
  const lexicon = { index: new PhraseIndex(merged), heads }
  built.set(language, lexicon)
  return lexicon
}

/** Direct place names per biome, for tests that check a paraphrase names no place. */
export function placeNames(language: SupportedLanguage = 'en'): Map<string, string> {
  const out = new Map<string, string>()
  const entries = language === 'en' ? PLACE_ENTRIES : [...PLACE_ENTRIES, ...LANGUAGE_WORDS[language].entries]
  for (const [phrase, effect] of entries) if (effect.place) out.set(phrase, effect.place)
  return out
}
