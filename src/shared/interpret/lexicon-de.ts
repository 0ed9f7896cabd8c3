import type { InterpretWords } from './effects'

// prettier-ignore
export const WORDS_DE: InterpretWords = {
  entries: [],
}
