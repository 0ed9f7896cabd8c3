import { CORE_EN } from './headset/core-en'
import { EXERCISES_EN } from './headset/exercises-en'
import { SESSION_EN } from './headset/session-en'
import { WORDS_EN } from './headset/words-en'

/**
 * The headset's words in English: the 2D page and every VR panel, in parts (`headset/<part>-<lang>.ts`) so each
 * part is written and reviewed on its own. Short, warm and plain (docs/ART.md); each other language writes its
 * own, not word for word. Keys are `area.what`; plural forms end in `_one`/`_other`.
 */
export const HEADSET_EN = { ...CORE_EN, ...WORDS_EN, ...SESSION_EN, ...EXERCISES_EN } as const

export type HeadsetKey = keyof typeof HEADSET_EN
