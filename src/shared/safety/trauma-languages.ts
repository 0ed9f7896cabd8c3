import type { TraumaWords } from './lang-types'
import type { SupportedLanguage } from './language'
import { TRAUMA_DE } from './trauma-de'
import { TRAUMA_ES } from './trauma-es'
import { TRAUMA_FR } from './trauma-fr'

type Other = Exclude<SupportedLanguage, 'en'>

/** The trauma words of every language besides English (whose lists are `lexicon.ts` and `look-alikes.ts`). */
export const TRAUMA_WORDS: Readonly<Record<Other, TraumaWords>> = {
  es: TRAUMA_ES,
  fr: TRAUMA_FR,
  de: TRAUMA_DE,
}

/**
 * Ordinary English words that another language's trauma list holds: "brand" is a fire in German, "sang" blood
 * in French. In English text only the English lists may hold them.
 */
// prettier-ignore
export const ENGLISH_FALSE_FRIENDS: readonly string[] = [
  'brand', 'sang', 'gift', 'arm', 'mist', 'tot', 'rat', 'fast', 'crash',
]
