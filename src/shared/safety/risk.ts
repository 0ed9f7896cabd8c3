/**
 * The risk screen: words that suggest a client may not be safe. Separate from the trauma hold on purpose — trauma
 * words wait quietly for the therapist, risk words are raised to a human at once and are never painted.
 * Pure, offline, never throws. An aid that raises words to a person, never a diagnosis.
 */

export const RISK_CATEGORIES = [
  'suicidal-thoughts',
  'self-harm',
  'plan-or-means',
  'harm-to-others',
  'danger-now',
] as const
export type RiskCategory = (typeof RISK_CATEGORIES)[number]

/** Plain-language labels for the therapist console and the report. */
export const RISK_CATEGORY_LABELS: Record<RiskCategory, string> = {
  'suicidal-thoughts': 'Thoughts of suicide or of not being alive',
  'self-harm': 'Self-harm',
  'plan-or-means': 'A plan or means',
  'harm-to-others': 'Harm to someone else',
  'danger-now': 'In danger from someone',
}

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

// A first, small pattern set; the full table of phrasings lives beside it.
const PATTERNS: readonly (readonly [RiskCategory, RegExp])[] = [
  ['suicidal-thoughts', /\b(kill(ing)? myself|suicide|suicidal|want(ed)? to die|end(ing)? (it all|my life))\b/],
  ['self-harm', /\b(hurt(ing)? myself|cutting myself|cut myself|burn(ing|ed|t)? myself)\b/],
  ['harm-to-others', /\b(going to|gonna) (hurt|kill) (him|her|them)\b/],
  ['danger-now', /\b(he|she|they) (said|says) (he|she|they)('?d| would| will) kill me\b/],
]

export function screenRisk(text: string): RiskScreen {
  try {
    const clean = String(text).toLowerCase().replace(/[\u2018\u2019]/g, "'")
    const hits: RiskHit[] = []
    for (const [category, re] of PATTERNS) {
      const m = re.exec(clean)
      if (m) hits.push({ category, words: m[0], mark: 'direct' })
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
  const reasons = hits.map(
    (h) => `${h.category}: '${h.words}'${h.mark === 'direct' ? '' : ` (${h.mark})`}`,
  )
  return { raised: true, categories, hits, reasons: [...new Set(reasons)] }
}
