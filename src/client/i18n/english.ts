import { HEADSET_EN, type HeadsetKey } from '../../shared/i18n/headset-en'
import { createTranslator } from '../../shared/i18n/translate'
import type { HeadsetTranslate } from './headset-text'

/**
 * The English words, whatever language is on screen: for the names of VR meshes (`meshKey`), which tests and code
 * find by name and must not change with the language. Never for words a client reads.
 */
export const englishText: HeadsetTranslate = createTranslator<HeadsetKey>('en', HEADSET_EN)
