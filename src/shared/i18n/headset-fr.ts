import type { CatalogOf } from './catalog'
import type { HEADSET_EN } from './headset-en'
import { CORE_FR } from './headset/core-fr'
import { EXERCISES_FR } from './headset/exercises-fr'
import { SESSION_FR } from './headset/session-fr'
import { WORDS_FR } from './headset/words-fr'

export const HEADSET_FR: CatalogOf<typeof HEADSET_EN> = {
  ...CORE_FR,
  ...WORDS_FR,
  ...SESSION_FR,
  ...EXERCISES_FR,
}
