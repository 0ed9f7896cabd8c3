import type { Tok } from '../safety/tokens'
import type { Lexicon } from './lexicon'

/** The shortest start a compound needs before its ending: "See" alone is a word, "Bergsee" a compound. */
const MIN_START = 3

/**
 * German joins words: "Bergsee", "Kiefernwald", "Sonnenuntergang". A word the lexicon does not know that ends
 * in one of its compound endings takes that ending as its lemma, so the index finds it. Known words are left
 * alone, so a listed compound keeps its own meaning.
 */
export function withCompoundHeads(tokens: readonly Tok[], lexicon: Lexicon): readonly Tok[] {
  if (!lexicon.heads.length) return tokens
  return tokens.map((t, i) => {
    if (t.punct || lexicon.index.candidatesAt(tokens, i).length) return t
    const head = lexicon.heads.find((h) => t.w.length >= h.length + MIN_START && t.w.endsWith(h))
    return head ? { ...t, lemma: head } : t
  })
}
