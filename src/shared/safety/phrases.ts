import type { Tok } from './tokens'

/**
 * Longest-match lookup of words and multi-word phrases over tokens. A phrase word matches a token's
 * word or its lemma; `*` matches any one word. Phrases never cross punctuation, and whole tokens are
 * compared, so "fire" never matches inside "fireflies".
 */
export interface PhraseMatch<T> {
  readonly start: number
  /** Tokens consumed. */
  readonly length: number
  readonly data: T
  readonly phrase: string
}

interface Entry<T> {
  readonly words: readonly string[]
  readonly data: T
  readonly phrase: string
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>()
  private readonly wild: Entry<T>[] = []

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, data] of entries) {
      const words = phrase.split(/[\s-]+/).filter(Boolean)
      const first = words[0]
      if (!first) continue
      const entry = { words, data, phrase }
      if (first === '*') this.wild.push(entry)
      else {
        const list = this.byFirst.get(first) ?? []
        list.push(entry)
        this.byFirst.set(first, list)
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
  }

  /** All candidates at `i`, longest first (callers pick by their own priority among equal lengths). */
  candidatesAt(tokens: readonly Tok[], i: number): PhraseMatch<T>[] {
    const t = tokens[i]
    if (!t || t.punct) return []
    const found: PhraseMatch<T>[] = []
    const lists = [this.byFirst.get(t.w), t.lemma !== t.w ? this.byFirst.get(t.lemma) : undefined]
    const seen = new Set<Entry<T>>()
    for (const list of lists) {
      for (const e of list ?? []) {
        if (seen.has(e)) continue
        seen.add(e)
        if (matches(e.words, tokens, i))
          found.push({ start: i, length: e.words.length, data: e.data, phrase: e.phrase })
      }
    }
    found.sort((a, b) => b.length - a.length)
    return found
  }
}

function matches(words: readonly string[], tokens: readonly Tok[], i: number): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k]
    const w = words[k]
    if (!t || t.punct || w === undefined) return false
    if (w !== '*' && t.w !== w && t.lemma !== w) return false
  }
  return true
}

/** The surface words of a match, as typed: "Soldiers". */
export function surface(tokens: readonly Tok[], m: { start: number; length: number }): string {
  return tokens
    .slice(m.start, m.start + m.length)
    .map((t) => t.raw)
    .join(' ')
}
