/**
 * The risk screen: words that suggest a client may not be safe. Separate from the trauma hold on purpose — trauma
 * words wait quietly for the therapist, risk words are raised to a human at once and are never painted.
 * Pure, offline, never throws. An aid that raises words to a person, never a diagnosis.
 */
import { RISK_CATEGORIES, type RiskCategory } from './risk-categories'
import { findRiskHits, type PlacedRiskHit } from './risk-match'

export { RISK_CATEGORIES, RISK_CATEGORY_LABELS, type RiskCategory } from './risk-categories'

/** How the words put it: plainly, negated ("I'm not going to …") or as a what-if ("what if I …"). */
export type RiskMark = 'direct' | 'negated' | 'hypothetical'

export interface RiskHit {
  readonly category: RiskCategory
  /** The words as typed that were recognised. */
  readonly words: string
  readonly mark: RiskMark
}

export interface RiskScreen {
  /** True when the words must be raised to a human now. Negated and hypothetical mentions raise too. */
  readonly raised: boolean
  /** Every category recognised, in RISK_CATEGORIES order. */
  readonly categories: readonly RiskCategory[]
  readonly hits: readonly RiskHit[]
  /** Plain lines for the therapist: "self-harm: 'cutting myself'" or "… (negated)". */
  readonly reasons: readonly string[]
}

export const NO_RISK: RiskScreen = { raised: false, categories: [], hits: [], reasons: [] }

/** The longest reason line: a hit's words are cut before this. */
export const RISK_REASON_MAX_CHARS = 200

/**
 * Screens words for risk. Negated ("I would never kill myself") and hypothetical ("what if I just disappeared")
 * mentions are raised too, with their mark: negation never switches risk off. Idioms and scene words ("dying to
 * see the ocean", "a bridge over the river") are not raised. Never throws.
 */
export function screenRisk(text: string): RiskScreen {
  try {
    const order = (h: PlacedRiskHit) => RISK_CATEGORIES.indexOf(h.category)
    const placed = findRiskHits(String(text)).sort((a, b) => order(a) - order(b) || a.at - b.at)
    const seen = new Set<string>()
    const hits: RiskHit[] = []
    for (const { category, words, mark } of placed) {
      const key = `${category}\u0000${words.toLowerCase()}\u0000${mark}`
      if (seen.has(key)) continue
      seen.add(key)
      hits.push({ category, words, mark })
    }
    return summarise(hits)
  } catch {
    // A screen that cannot read the words must still bring them to a person.
    return {
      raised: true,
      categories: [],
      hits: [],
      reasons: ['unreadable: the words could not be screened for risk'],
    }
  }
}

export function summarise(hits: readonly RiskHit[]): RiskScreen {
  if (!hits.length) return NO_RISK
  const categories = RISK_CATEGORIES.filter((c) => hits.some((h) => h.category === c))
  const reasons = hits.map((h) => reasonLine(h))
  return { raised: true, categories, hits, reasons: [...new Set(reasons)] }
}

/** "self-harm: 'cutting myself'" or "suicidal-thoughts: 'wish i was dead' (negated)", never over 200 characters. */
export function reasonLine(h: RiskHit): string {
  const mark = h.mark === 'direct' ? '' : ` (${h.mark})`
  const room = RISK_REASON_MAX_CHARS - h.category.length - mark.length - 4
  const words = h.words.length > room ? `${h.words.slice(0, Math.max(0, room - 1))}…` : h.words
  return `${h.category}: '${words}'${mark}`
}
