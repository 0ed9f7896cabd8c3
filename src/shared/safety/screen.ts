import type { Safety } from '../spec'
import { BENIGN_PHRASES, SOFT_MENTIONS } from './look-alikes'
import { TRAUMA_CATEGORIES, TRAUMA_LEXICON, type TraumaCategory } from './lexicon'
import { PhraseIndex, surface } from './phrases'
import { negationMask, tokenize, type Tok } from './tokens'

type Kind = 'held' | 'soft' | 'benign'
interface Hit {
  readonly kind: Kind
  readonly category?: TraumaCategory
}

/** At equal length the gentler reading wins: benign, then soft, then held. */
const PRIORITY: Record<Kind, number> = { benign: 0, soft: 1, held: 2 }

let index: PhraseIndex<Hit> | undefined

function getIndex(): PhraseIndex<Hit> {
  if (index) return index
  const entries: [string, Hit][] = []
  for (const category of TRAUMA_CATEGORIES) {
    for (const term of TRAUMA_LEXICON[category]) entries.push([term, { kind: 'held', category }])
    for (const term of SOFT_MENTIONS[category] ?? []) entries.push([term, { kind: 'soft', category }])
  }
  for (const term of BENIGN_PHRASES) entries.push([term, { kind: 'benign' }])
  index = new PhraseIndex(entries)
  return index
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

/** Finds every trauma-lexicon word in the tokens (longest phrase first, never inside another word). */
export function findSafetyHits(tokens: readonly Tok[]): SafetyHit[] {
  const idx = getIndex()
  const negated = negationMask(tokens)
  const hits: SafetyHit[] = []
  for (let i = 0; i < tokens.length;) {
    const candidates = idx.candidatesAt(tokens, i)
    const best = candidates.reduce<(typeof candidates)[number] | undefined>((a, c) => {
      if (!a) return c
      if (c.length !== a.length) return c.length > a.length ? c : a
      return PRIORITY[c.data.kind] < PRIORITY[a.data.kind] ? c : a
    }, undefined)
    if (!best) {
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
export function screenSafety(input: string | readonly Tok[]): Safety {
  try {
    const tokens = typeof input === 'string' ? tokenize(input) : input
    const reasons: string[] = []
    const mentioned: string[] = []
    for (const hit of findSafetyHits(tokens)) {
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
