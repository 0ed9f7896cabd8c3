/**
 * The calm keyboard of the VR Describe panel: its keys, what a key does to the words, and suggestions from what
 * Stillroom understands. Pure, so the panel only draws it and Node tests every key.
 */

export const KEY_ROWS: readonly (readonly string[])[] = [
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', "'"],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm', ',', '.', '-'],
]

/**
 * The language's own letters, in one more row shown only in that language (English has none): the QWERTY rows and
 * their key names stay the same in every language.
 */
export const ACCENT_KEYS: Readonly<Record<'en' | 'es' | 'fr' | 'de', readonly string[]>> = {
  en: [],
  es: ['ñ', 'á', 'é', 'í', 'ó', 'ú', 'ü', '¿', '¡'],
  fr: ['é', 'è', 'ê', 'à', 'ç', 'ù', 'â', 'î', 'ô', 'œ', 'ë', 'ï', '’'],
  de: ['ä', 'ö', 'ü', 'ß'],
}

/** Long enough for a few sentences; a description in VR is a place, not a letter. */
export const VR_WORDS_MAX = 280

export type KeyAction =
  | { kind: 'char'; char: string }
  | { kind: 'space' }
  | { kind: 'backspace' }
  | { kind: 'clear' }
  /** A suggestion replaces the word being typed, and a space follows it. */
  | { kind: 'suggestion'; word: string }

const ALLOWED = /^[a-z',.\-ñáéíóúü¿¡èêàçùâîôœëï’äöß]$/

export function typeKey(text: string, action: KeyAction): string {
  switch (action.kind) {
    case 'char':
      if (!ALLOWED.test(action.char)) return text
      return text.length >= VR_WORDS_MAX ? text : text + action.char
    case 'space':
      // Never two spaces, never a leading one: the words stay tidy however the ray wobbles.
      return text === '' || text.endsWith(' ') || text.length >= VR_WORDS_MAX ? text : `${text} `
    case 'backspace':
      return text.slice(0, -1)
    case 'clear':
      return ''
    case 'suggestion': {
      const next = `${text.replace(/[a-z']*$/i, '')}${action.word} `
      return next.length > VR_WORDS_MAX ? text : next
    }
  }
}

/** The word being typed: the letters after the last space or punctuation. */
export const partialWord = (text: string): string => /[a-z']*$/i.exec(text)?.[0]?.toLowerCase() ?? ''

/**
 * Up to `count` words that start with what is being typed, shortest first (the likeliest to be meant), from the
 * words Stillroom understands. Nothing until two letters are typed, so the row does not flicker with every key.
 */
export function suggest(text: string, vocabulary: readonly string[], count = 3): string[] {
  const part = partialWord(text)
  if (part.length < 2) return []
  const seen = new Set<string>()
  const out: string[] = []
  for (const word of [...vocabulary].sort((a, b) => a.length - b.length || a.localeCompare(b))) {
    if (word === part || !word.startsWith(part) || seen.has(word)) continue
    seen.add(word)
    out.push(word)
    if (out.length >= count) break
  }
  return out
}

/** Single calm words from phrases (the interpreter's places, skies, things and feelings), for `suggest`. */
export function vocabularyOf(phrases: Iterable<string>): string[] {
  const words = new Set<string>()
  for (const phrase of phrases)
    for (const w of phrase.toLowerCase().split(/[^a-z']+/))
      if (w.length >= 3 && /^[a-z']+$/.test(w)) words.add(w)
  return [...words]
}
