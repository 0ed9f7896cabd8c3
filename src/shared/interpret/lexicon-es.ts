import type { InterpretWords } from './effects'

// prettier-ignore
export const WORDS_ES: InterpretWords = {
  entries: [],
}
