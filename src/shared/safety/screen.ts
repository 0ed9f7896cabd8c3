import type { Safety } from '../spec'
import type { TraumaWords } from './lang-types'
import { readLanguage, type Language, type SupportedLanguage } from './language'
import { ENGLISH_FALSE_FRIENDS, TRAUMA_WORDS } from './trauma-languages'
import { BENIGN_PHRASES, SOFT_MENTIONS } from './look-alikes'
import { TRAUMA_CATEGORIES, TRAUMA_LEXICON, type TraumaCategory } from './lexicon'
import { PhraseIndex, surface } from './phrases'
import { negationMask, tokenize, type Tok } from './tokens'

type Kind = 'held' | 'soft' | 'benign'
interface Hit {
  readonly kind: Kind
  readonly category?: TraumaCategory
  /** The language whose list holds it. */
  readonly lang: SupportedLanguage
}

interface Screen {
  readonly index: PhraseIndex<Hit>
  /** Compound endings, longest first: [ending, category]. */
  readonly heads: readonly (readonly [string, TraumaCategory])[]
  readonly falseFriends: ReadonlyMap<SupportedLanguage, ReadonlySet<string>>
}

/** At equal length the gentler reading wins: benign, then soft, then held. */
const PRIORITY: Record<Kind, number> = { benign: 0, soft: 1, held: 2 }

let screen: Screen | undefined

/**
 * Every language's lists in one index: a client may write in one language and name a fear in another, and a
 * short text's language cannot be told, so every list is read in every text. Only false friends (German "war"
 * in English text) are left to the language they belong to.
 */
function getScreen(): Screen {
  if (screen) return screen
  const english: TraumaWords = {
    held: TRAUMA_LEXICON,
    soft: SOFT_MENTIONS,
    benign: BENIGN_PHRASES,
    falseFriends: ENGLISH_FALSE_FRIENDS,
  }
  const all = [
    ['en', english] as const,
    ...(Object.entries(TRAUMA_WORDS) as [SupportedLanguage, TraumaWords][]),
  ]
  const entries: [string, Hit][] = []
  const heads: [string, TraumaCategory][] = []
  const falseFriends = new Map<SupportedLanguage, ReadonlySet<string>>()
  for (const [lang, words] of all) {
    for (const category of TRAUMA_CATEGORIES) {
      for (const term of words.held[category]) entries.push([term, { kind: 'held', category, lang }])
      for (const term of words.soft?.[category] ?? []) entries.push([term, { kind: 'soft', category, lang }])
      for (const head of words.heads?.[category] ?? []) heads.push([head, category])
    }
    for (const term of words.benign ?? []) entries.push([term, { kind: 'benign', lang }])
    falseFriends.set(lang, new Set(words.falseFriends ?? []))
  }
  heads.sort((a, b) => b[0].length - a[0].length)
  screen = { index: new PhraseIndex(entries), heads, falseFriends }
  return screen
}

/** The shortest start a compound needs before its ending: "Brand" alone is a word, not a compound. */
const COMPOUND_MIN_START = 3

function compoundHead(s: Screen, t: Tok | undefined): TraumaCategory | undefined {
  if (!t || t.punct) return undefined
  for (const [head, category] of s.heads) {
    if (t.w.length >= head.length + COMPOUND_MIN_START && t.w.endsWith(head)) return category
  }
  return undefined
}

/** One trauma-lexicon hit with its place in the tokens, for callers that want to skip those words. */
export interface SafetyHit {
  readonly start: number
  readonly length: number
  readonly category: TraumaCategory
  readonly words: string
  /** 'held' holds the artwork; 'negated' and 'look-alike' are only mentioned. */
  readonly status: 'held' | 'negated' | 'look-alike'
}

/**
 * Finds every trauma-lexicon word in the tokens (longest phrase first, never inside another word, or at the end
 * of a compound word where a language joins words). `language` is the text's language when the words say so
 * clearly: only then are another language's false friends left alone.
 */
export function findSafetyHits(tokens: readonly Tok[], language?: Language): SafetyHit[] {
  const s = getScreen()
  const friends = language === undefined || language === 'other' ? undefined : s.falseFriends.get(language)
  const negated = negationMask(tokens)
  const hits: SafetyHit[] = []
  for (let i = 0; i < tokens.length;) {
    const candidates = s.index
      .candidatesAt(tokens, i)
      .filter((c) => c.data.lang === language || !friends?.has(c.phrase))
    const best = candidates.reduce<(typeof candidates)[number] | undefined>((a, c) => {
      if (!a) return c
      if (c.length !== a.length) return c.length > a.length ? c : a
      return PRIORITY[c.data.kind] < PRIORITY[a.data.kind] ? c : a
    }, undefined)
    if (!best) {
      const category = compoundHead(s, tokens[i])
      if (category) {
        const status = negated[i] === true ? 'negated' : 'held'
        hits.push({ start: i, length: 1, category, words: surface(tokens, { start: i, length: 1 }), status })
      }
      i++
      continue
    }
    const { kind, category } = best.data
    if (kind !== 'benign' && category) {
      const isNegated = negated[i] === true
      hits.push({
        start: i,
        length: best.length,
        category,
        words: surface(tokens, best),
        status: kind === 'soft' ? 'look-alike' : isNegated ? 'negated' : 'held',
      })
    }
    i += best.length
  }
  return hits
}

/**
 * The safety screen. Held words wait for the therapist; negated words and look-alikes are only
 * `mentioned`. Reasons are plain words: `war: 'soldiers'`. Accepts raw text or pre-made tokens.
 * Never throws.
 */
export function screenSafety(input: string | readonly Tok[], prefer?: SupportedLanguage): Safety {
  try {
    const tokens = typeof input === 'string' ? tokenize(input) : input
    const text = typeof input === 'string' ? input : input.map((t) => t.raw).join(' ')
    const reasons: string[] = []
    const mentioned: string[] = []
    const read = readLanguage(text, prefer)
    for (const hit of findSafetyHits(tokens, read.clear ? read.language : undefined)) {
      const label = `${hit.category}: '${hit.words}'`
      if (hit.status === 'held') pushUnique(reasons, label)
      else pushUnique(mentioned, hit.status === 'negated' ? `${label} (negated)` : `${label} (look-alike)`)
    }
    return { held: reasons.length > 0, reasons, mentioned }
  } catch {
    // A screen that cannot read the words must not let them through unseen.
    return { held: true, reasons: ['unreadable: the words could not be screened'], mentioned: [] }
  }
}

function pushUnique(list: string[], s: string): void {
  if (!list.includes(s)) list.push(s)
}
