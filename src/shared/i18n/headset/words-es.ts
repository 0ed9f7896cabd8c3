import type { CatalogOf } from '../catalog'
import type { WORDS_EN } from './words-en'

// prettier-ignore
export const WORDS_ES: CatalogOf<typeof WORDS_EN> = {
}
