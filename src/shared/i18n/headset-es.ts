import type { CatalogOf } from './catalog'
import type { HEADSET_EN } from './headset-en'
import { CORE_ES } from './headset/core-es'
import { EXERCISES_ES } from './headset/exercises-es'
import { SESSION_ES } from './headset/session-es'
import { WORDS_ES } from './headset/words-es'

export const HEADSET_ES: CatalogOf<typeof HEADSET_EN> = {
  ...CORE_ES,
  ...WORDS_ES,
  ...SESSION_ES,
  ...EXERCISES_ES,
}
