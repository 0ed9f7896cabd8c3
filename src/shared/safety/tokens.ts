/**
 * Tiny, dependency-free tokenizer and negation scope shared by the safety screen and the interpreter.
 * It runs in the browser too (the console screens text before sending it), so no NLP model here.
 */

export interface Tok {
  /** Lower-case word without diacritics ("jardin"), or the punctuation mark itself. */
  readonly w: string
  /** A base form when one is known (from the NLP model); equals `w` otherwise. */
  readonly lemma: string
  /** Sentence or clause punctuation: it ends a negation scope and a phrase. */
  readonly punct: boolean
  /** The word as typed, for reasons shown to the therapist. */
  readonly raw: string
}

/** Lower case, unify apostrophes and spellings, strip diacritics: "Jardín" → "jardin", "Straße" → "strasse". */
export function normalizeWord(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/ß/g, 'ss')
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|[.,;:!?()[\]{}"\u201c\u201d\u2026\u2014\u2013/|<>]/gu

/** "l'", "d'", "qu'", "j'" … before a word: French (and Italian) elision. */
const ELISION_RE = /^(qu|jusqu|lorsqu|puisqu|[jmtsldnc])'(.+)$/

/** Splits text into word and punctuation tokens. Hyphenated words become separate words ("fire-coloured"). */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = []
  const clean = normalizeWord(text)
  for (const m of clean.matchAll(TOKEN_RE)) {
    const raw = m[0]
    const punct = !/[\p{L}\p{N}]/u.test(raw)
    let w = raw
    // "waves'" / "o'clock" stay; leading/trailing apostrophes never reach here.
    if (!punct && w.endsWith("'s")) w = w.slice(0, -2)
    // French elisions are two words: "l'incendie" is "l'" and "incendie", so "incendie" is found.
    const elided = punct ? null : ELISION_RE.exec(w)
    if (elided?.[1] && elided[2]) {
      out.push({ w: elided[1], lemma: elided[1], punct: false, raw: `${elided[1]}'` })
      w = elided[2]
    }
    out.push({ w, lemma: w, punct, raw: elided?.[2] ?? raw })
  }
  return out
}

const NEGATORS = new Set([
  'no',
  'not',
  'never',
  'without',
  'nothing',
  'none',
  'nor',
  'neither',
  'nobody',
  'nowhere',
  'zero',
  'dont',
  'cant',
  'wont',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'didnt',
  'doesnt',
  'couldnt',
  'wouldnt',
  'shouldnt',
  'hasnt',
  'havent',
  'hadnt',
  'aint',
  'cannot',
  // Spanish
  'sin',
  'nunca',
  'jamas',
  'ningun',
  'ninguna',
  'ninguno',
  'ni',
  'nada',
  'tampoco',
  // French
  'sans',
  'jamais',
  'aucun',
  'aucune',
  'pas',
  'rien',
  'aucuns',
  'aucunes',
  'nul',
  'nulle',
  'guere',
  // German
  'nicht',
  'nichts',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'keines',
  'ohne',
  'nie',
  'niemals',
  'weder',
  'keinerlei',
])

/** Words that end a negation's reach: "no rain but a storm" negates only the rain. */
const SCOPE_BREAKERS = new Set([
  'but',
  'and',
  'except',
  'only',
  'just',
  'yet',
  'though',
  'although',
  'instead',
  'besides',
  'until',
  'then',
  'while',
  'when',
  'because',
  'pero',
  'sino',
  'mais',
  'et',
  // French: "pas de neige, juste un lac", "pas la mer, plutôt la forêt", "sauf l'orage"
  'sauf',
  'plutot',
  'juste',
  'seulement',
  'pourtant',
  'cependant',
  'sinon',
  'puis',
  'quand',
  'lorsque',
  'parce',
  'car',
  'alors',
  'y',
  'aber',
  'sondern',
  'und',
  'doch',
  // German: "kein Regen, nur Sonne", "kein Strand lieber Berge" negate only the first
  'nur',
  'lieber',
  'statt',
  'stattdessen',
  'ausser',
  'trotzdem',
  'obwohl',
  'weil',
  'wenn',
  'bis',
  'dann',
  'jedoch',
])

/** How many words after a negator it reaches ("without any of the smoke" = 4). */
const SCOPE = 4

export function isNegator(t: Tok): boolean {
  return !t.punct && (NEGATORS.has(t.w) || t.w.endsWith("n't"))
}

/**
 * Marks every token that falls inside a negation's reach. "free of" / "free from" negate too.
 * Deliberately short-sighted: for safety it is better to hold a negated word than to miss a real one.
 */
export function negationMask(tokens: readonly Tok[]): boolean[] {
  const mask = tokens.map(() => false)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t) continue
    const next = tokens[i + 1]
    const freeOf = t.w === 'free' && next !== undefined && (next.w === 'of' || next.w === 'from')
    if (!isNegator(t) && !freeOf) continue
    let reach = 0
    for (let j = i + (freeOf ? 2 : 1); j < tokens.length && reach < SCOPE; j++) {
      const u = tokens[j]
      if (!u || u.punct || SCOPE_BREAKERS.has(u.w)) break
      if (u.w === 'or') continue
      mask[j] = true
      reach++
    }
  }
  return mask
}
