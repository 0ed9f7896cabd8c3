import type { CatalogOf } from './catalog'
import type { HEADSET_EN } from './headset-en'
import { CORE_DE } from './headset/core-de'
import { EXERCISES_DE } from './headset/exercises-de'
import { SESSION_DE } from './headset/session-de'
import { WORDS_DE } from './headset/words-de'

export const HEADSET_DE: CatalogOf<typeof HEADSET_EN> = {
  ...CORE_DE,
  ...WORDS_DE,
  ...SESSION_DE,
  ...EXERCISES_DE,
}
