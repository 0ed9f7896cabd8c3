import type { RiskCategory, RiskHit, RiskMark } from './risk'
import { RISK_WORDS } from './risk-languages'
import { RISK_IDIOMS } from './risk-idioms'
import { SELF_HARM, SUICIDAL } from './risk-lexicon'
import { PLAN_OR_MEANS } from './risk-lexicon-means'
import { DANGER_NOW, HARM_TO_OTHERS } from './risk-lexicon-people'
import { normaliseForRisk, type RiskText } from './risk-normalise'

type Words = (typeof RISK_WORDS)[keyof typeof RISK_WORDS]

// Everything below is built on first use, inside functions: a module that only needs the category names (the
// headset's first bundle, through the session state) must not carry every language's patterns.

/** Every other language's words of one kind. */
const otherWords = (pick: (l: Words) => readonly string[] | undefined): string[] =>
  Object.values(RISK_WORDS).flatMap((l) => pick(l) ?? [])

/**
 * The patterns of each category, in every language we read, English first: risk is raised whatever language it is
 * said in, and a short text's language cannot be told.
 */
export function riskPatterns(): Readonly<Record<RiskCategory, readonly string[]>> {
  const of = (category: RiskCategory, english: readonly string[]) => [
    ...english,
    ...otherWords((l) => l.patterns[category]),
  ]
  return {
    'suicidal-thoughts': of('suicidal-thoughts', SUICIDAL),
    'self-harm': of('self-harm', SELF_HARM),
    'plan-or-means': of('plan-or-means', PLAN_OR_MEANS),
    'harm-to-others': of('harm-to-others', HARM_TO_OTHERS),
    'danger-now': of('danger-now', DANGER_NOW),
  }
}

/** A hit with where it was found, so hits can be put in order. */
export interface PlacedRiskHit extends RiskHit {
  readonly at: number
}

/** The most of the client's words one hit shows. */
export const RISK_WORDS_MAX = 150

/** How far back a negator or a what-if reaches ("I would never …", "what if I just …"). */
const LOOK_BACK = 6
/** "I can't stop thinking about it", "I don't know why": the negator is about the next word, not the risk. */
const NEGATOR_ABOUT_NEXT = new Set(['stop', 'help', 'know', 'care'])
/** Words that start a new thought: "I'm fine but I want to die" is not negated. */
// prettier-ignore
const breakers = () => new Set([
  'but', 'though', 'although', 'yet', 'however', 'except', 'and', 'so', 'because', ...otherWords((l) => l.breakers),
])
/**
 * Only a real what-if makes a mention hypothetical. "I keep thinking about killing myself" is active ideation (the
 * Columbia screener's second question), so thinking, wondering or fantasising about it is a plain statement here.
 */
const whatIf = () =>
  new RegExp(
    `(?:^| )(?:${[
      'what if',
      'if',
      'imagine',
      'imagining',
      'suppose',
      'supposing',
      'pretend',
      'pretending',
      'hypothetically',
      ...otherWords((l) => l.whatIf),
    ].join('|')})(?: |$)`,
  )

interface Compiled {
  readonly patterns: readonly (readonly [RiskCategory, RegExp])[]
  readonly idioms: RegExp
  readonly negators: ReadonlySet<string>
  readonly breakers: ReadonlySet<string>
  readonly whatIf: RegExp
}

let compiled: Compiled | undefined

/**
 * A trivially true lookbehind after every space between words. It changes no match, but it stops the regex
 * compiler from analysing long chains of word alternatives as one, which made the first screen take ~300 ms
 * (now ~35 ms). Spaces inside a character class or before a quantifier (" ?") are left alone.
 */
export function withBarriers(source: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? ''
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '')
      i++
    } else if (inClass) {
      inClass = ch !== ']'
      out += ch
    } else {
      inClass = ch === '['
      out += ch === ' ' && !/[?*+{]/.test(source[i + 1] ?? '') ? ' (?<= )' : ch
    }
  }
  return out
}

/** Whole words only: a pattern starts after a space (or the start) and ends before one (or the end). */
function wordRegExp(alternatives: readonly string[]): RegExp {
  return new RegExp(withBarriers(`(?<![^ ])(?:${alternatives.join('|')})(?![^ ])`), 'g')
}

/** Compiled once, on first use: nothing is paid by a bundle that never screens. */
function getCompiled(): Compiled {
  if (compiled) return compiled
  const patterns = riskPatterns()
  compiled = {
    patterns: (Object.keys(patterns) as RiskCategory[]).map((c) => [c, wordRegExp(patterns[c])] as const),
    idioms: wordRegExp([...RISK_IDIOMS, ...otherWords((l) => l.idioms)]),
    negators: new Set(['not', 'never', 'no', 'nor', 'neither', ...otherWords((l) => l.negators)]),
    breakers: breakers(),
    whatIf: whatIf(),
  }
  return compiled
}

/** Every match of a global regex; exec with lastIndex, not matchAll, which copies the regex on each call. */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m)
    if (m[0].length === 0) re.lastIndex++
  }
  return out
}

/** The first and last word of a match. */
function wordRange(t: RiskText, start: number, end: number): [number, number] {
  let first = 0
  while (first < t.at.length - 1 && (t.at[first] ?? 0) < start) first++
  let last = first
  while (last + 1 < t.at.length && (t.at[last + 1] ?? Infinity) < end) last++
  return [first, last]
}

/** The words before a hit, back to the start of its clause. */
function wordsBefore(t: RiskText, first: number): string[] {
  const out: string[] = []
  for (let i = first - 1; i >= 0 && out.length < LOOK_BACK; i--) {
    const w = t.words[i]?.w ?? '.'
    if (w === '.' || getCompiled().breakers.has(w)) break
    out.unshift(w)
  }
  return out
}

function markOf(t: RiskText, first: number, m: RegExpExecArray): RiskMark {
  // The patterns' only capturing group is a negator inside the phrase ("I would never hurt my kids").
  if (m.slice(1).some((g) => g !== undefined)) return 'negated'
  const before = wordsBefore(t, first)
  const { negators, whatIf } = getCompiled()
  const negated = before.some((w, i) => negators.has(w) && !NEGATOR_ABOUT_NEXT.has(before[i + 1] ?? ''))
  if (negated) return 'negated'
  return whatIf.test(before.join(' ')) ? 'hypothetical' : 'direct'
}

/** The client's words as typed, on one line and not too long. */
function typed(raw: string, t: RiskText, first: number, last: number): string {
  const words = raw
    .slice(t.words[first]?.start ?? 0, t.words[last]?.end ?? 0)
    .replace(/\s+/g, ' ')
    .trim()
  return words.length > RISK_WORDS_MAX ? `${words.slice(0, RISK_WORDS_MAX - 1)}…` : words
}

/** Every risk phrase in the text, with its category and mark, in the order the patterns found them. */
export function findRiskHits(raw: string): PlacedRiskHit[] {
  const t = normaliseForRisk(raw)
  if (!t.words.length) return []
  const { patterns, idioms } = getCompiled()
  const idiomSpans = allMatches(idioms, t.text).map((m) => [m.index, m.index + m[0].length] as const)
  const hits: PlacedRiskHit[] = []
  for (const [category, re] of patterns) {
    for (const m of allMatches(re, t.text)) {
      const start = m.index
      const end = start + m[0].length
      if (end === start || idiomSpans.some(([a, b]) => a < end && start < b)) continue
      const [first, last] = wordRange(t, start, end)
      hits.push({ category, words: typed(raw, t, first, last), mark: markOf(t, first, m), at: start })
    }
  }
  return hits
}
