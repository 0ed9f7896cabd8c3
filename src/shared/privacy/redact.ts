import {
  AMBIGUOUS_NAMES,
  GIVEN_NAMES,
  MONTHS,
  MONTH_LIKE_NAMES,
  NOT_NAME_WORDS,
  PERSON_CUES_AFTER,
  PERSON_CUES_BEFORE,
  RELATIONS,
  STREET_SUFFIXES,
  SURNAMES,
  TITLES,
} from './redact-lexicon'

/**
 * The privacy guard: before any text leaves the machine, people's names, emails, phone numbers, street
 * addresses and dates of birth become neutral words. Pure and synchronous (no NLP model), so it is cheap
 * enough to run on every outbound call. Look-alikes stay: "a rose garden", "Brook Street" in a scene,
 * "may" the verb, "April showers". It leans towards removing: a lost detail costs a little imagery,
 * a leaked one costs a client's trust.
 */

export const REDACTION_KINDS = ['name', 'email', 'phone', 'address', 'dob'] as const
export type RedactionKind = (typeof REDACTION_KINDS)[number]

export interface Redaction {
  /** The text with every personal detail replaced by a neutral word. */
  text: string
  /** How many of each kind were replaced. Never the originals. */
  counts: Record<RedactionKind, number>
}

/** The neutral words. A name after a relation word is simply dropped ("my sister Anna" → "my sister"). */
export const NEUTRAL_WORDS: Record<RedactionKind, string> = {
  name: 'someone',
  email: 'an email address',
  phone: 'a phone number',
  address: 'a home address',
  dob: 'a date',
}

interface Span {
  start: number
  end: number
  kind: RedactionKind
  /** Replacement text; the kind's neutral word unless set. */
  with?: string
}

// Earlier kinds win an overlap: an email contains name-like words, an address contains numbers.
const PRIORITY: Record<RedactionKind, number> = { email: 0, address: 1, dob: 2, phone: 3, name: 4 }

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g
const PHONE =
  /(?<![\w+/.-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]?\d{2,5}){1,4}(?![\w/-])/g
const YEAR_RANGE = /^\d{4}\s*[-–]\s*\d{4}$/
const STREET = new RegExp(
  `\\b\\d{1,5}[A-Za-z]?,?\\s+(?:[A-Z][\\p{L}'’-]+\\s+){1,3}(?:${STREET_SUFFIXES})\\b\\.?` +
    `(?:,\\s*[A-Z][\\p{L}-]+(?:\\s[A-Z][\\p{L}-]+)?)?`,
  'gu',
)
const LIVES_AT =
  /\b(?:i|we|she|he|they)\s+(?:live|lives|lived|am living|are living)\s+(?:at|on)\s+([^.,;!?\n]{3,60})/gi
const ADDRESS_IS = /\b(?:my|our|home)\s+address\s+(?:is|:)\s*([^.;!?\n]{3,80})/gi
const POSTCODE = /\b(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]{2}\s\d{5}(?:-\d{4})?)\b/g
const FLAT = /\b(?:apt|apartment|flat|unit|suite)\.?\s*#?\d+[A-Za-z]?\b/gi
const NUMERIC_DATE = /\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\b/g
const DAY_MONTH = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?:${MONTHS})\\b\\.?(?:,?\\s+(\\d{4}))?`,
  'gi',
)
const MONTH_DAY = new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'gi')
const MONTH_YEAR = new RegExp(`\\b(?:${MONTHS})\\s+(?:of\\s+)?\\d{4}\\b`, 'gi')
const BORN_YEAR = /\bborn\s+(?:in\s+)?(\d{4})\b/gi
const BIRTH_CONTEXT = /(?:born|birthday|birth|dob|d\.o\.b\.?|b\.)\W+(?:\w+\W+){0,3}$/i
const WORD = /[\p{L}][\p{L}'’-]*/gu

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) yield m
}

function patternSpans(text: string): Span[] {
  const spans: Span[] = []
  const add = (start: number, end: number, kind: RedactionKind) => spans.push({ start, end, kind })
  for (const m of matches(EMAIL, text)) add(m.index, m.index + m[0].length, 'email')
  for (const m of matches(STREET, text)) add(m.index, m.index + m[0].length, 'address')
  for (const re of [LIVES_AT, ADDRESS_IS]) {
    for (const m of matches(re, text)) {
      const value = m[1] ?? ''
      const start = m.index + m[0].length - value.length
      add(start, start + value.trimEnd().length, 'address')
    }
  }
  for (const m of matches(POSTCODE, text)) add(m.index, m.index + m[0].length, 'address')
  for (const m of matches(FLAT, text)) add(m.index, m.index + m[0].length, 'address')
  for (const m of matches(NUMERIC_DATE, text)) add(m.index, m.index + m[0].length, 'dob')
  const birthBefore = (at: number) => BIRTH_CONTEXT.test(text.slice(Math.max(0, at - 40), at))
  for (const re of [DAY_MONTH, MONTH_DAY]) {
    // A full date may be a birthday; a day and month alone only when the words say so.
    for (const m of matches(re, text)) {
      if (m[1] || birthBefore(m.index)) add(m.index, m.index + m[0].length, 'dob')
    }
  }
  for (const m of matches(MONTH_YEAR, text)) {
    if (birthBefore(m.index)) add(m.index, m.index + m[0].length, 'dob')
  }
  for (const m of matches(BORN_YEAR, text)) {
    const year = m[1] ?? ''
    add(m.index + m[0].length - year.length, m.index + m[0].length, 'dob')
  }
  for (const m of matches(PHONE, text)) {
    const digits = m[0].replace(/\D/g, '').length
    if (digits >= 7 && digits <= 15 && !YEAR_RANGE.test(m[0])) add(m.index, m.index + m[0].length, 'phone')
  }
  return spans
}

interface Token {
  word: string
  lower: string
  start: number
  end: number
  capital: boolean
  sentenceStart: boolean
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const m of matches(WORD, text)) {
    // "Rose's" is looked up as "rose"; the possessive stays in the text.
    const word = m[0].replace(/['’]s$/i, '')
    const before = text.slice(0, m.index).trimEnd()
    tokens.push({
      word,
      lower: word.toLowerCase(),
      start: m.index,
      end: m.index + word.length,
      capital: /^\p{Lu}/u.test(word),
      sentenceStart: before === '' || /[.!?:;"“(\n]$/.test(before),
    })
  }
  return tokens
}

const isNameWord = (t: Token | undefined) => Boolean(t && t.capital && !NOT_NAME_WORDS.has(t.lower))
const gapIsSpace = (text: string, a: Token, b: Token) => /^[ \t]+$/.test(text.slice(a.end, b.start))

function nameSpans(text: string): Span[] {
  const tokens = tokenize(text)
  const spans: Span[] = []
  // Extends a name over a following surname ("Sarah Jones", "Mrs Okafor-Reid").
  const extend = (i: number, anySurname: boolean): number => {
    let j = i
    for (let k = 0; k < 2; k++) {
      const next = tokens[j + 1]
      const cur = tokens[j]
      if (!next || !cur || !gapIsSpace(text, cur, next) || !isNameWord(next)) break
      if (!anySurname && !SURNAMES.has(next.lower) && !GIVEN_NAMES.has(next.lower)) break
      if (new RegExp(`^(?:${STREET_SUFFIXES})$`).test(next.word)) break
      j++
    }
    return j
  }
  const add = (from: number, to: number, replacement?: string) => {
    const a = tokens[from]
    const b = tokens[to]
    if (a && b)
      spans.push({
        start: a.start,
        end: b.end,
        kind: 'name',
        ...(replacement !== undefined ? { with: replacement } : {}),
      })
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    const prev = tokens[i - 1]
    const prev2 = tokens[i - 2]
    const next = tokens[i + 1]
    const known = GIVEN_NAMES.has(t.lower)
    const ambiguous = AMBIGUOUS_NAMES.has(t.lower)

    // "Mrs Okafor", "Dr. Lee": a title takes any capitalised word after it.
    if (TITLES.has(t.lower.replace(/\.$/, '')) && isNameWord(next) && t.capital) {
      const end = extend(i + 1, true)
      add(i, end)
      i = end
      continue
    }
    // "my sister Anna" → "my sister": the relation already says who, the name adds nothing.
    if (prev && RELATIONS.has(prev.lower) && (isNameWord(t) || known)) {
      const end = extend(i, true)
      const a = tokens[i]!
      const comma = /^\s*,\s*$/.test(text.slice(prev.end, a.start))
      const last = tokens[end]!
      const trailing = comma && text.slice(last.end).match(/^\s*,/)
      spans.push({
        start: prev.end,
        end: trailing ? last.end + trailing[0].length : last.end,
        kind: 'name',
        with: trailing ? ',' : '',
      })
      i = end
      continue
    }
    // "my name is Sam", "call me Jo", "I'm Rose", "a friend called Brook".
    const intro =
      (prev && ['is', 'me'].includes(prev.lower) && prev2 && ['name', 'call'].includes(prev2.lower)) ||
      (prev && ['named', 'called', "i'm", 'im'].includes(prev.lower) && (known || ambiguous)) ||
      (prev && prev.lower === 'am' && prev2?.lower === 'i' && (known || ambiguous))
    if (intro && (t.capital || known)) {
      const end = extend(i, true)
      add(i, end)
      i = end
      continue
    }
    if (known && !NOT_NAME_WORDS.has(t.lower)) {
      const end = extend(i, t.capital)
      add(i, end)
      i = end
      continue
    }
    if (ambiguous && t.capital) {
      const surname = next && gapIsSpace(text, t, next) && next.capital && SURNAMES.has(next.lower)
      const monthLike = MONTH_LIKE_NAMES.has(t.lower)
      const after = next && PERSON_CUES_AFTER.has(next.lower)
      const andI = next?.lower === 'and' && tokens[i + 2]?.lower === 'i'
      const before = !t.sentenceStart && prev && PERSON_CUES_BEFORE.has(prev.lower) && !monthLike
      const possessive = /^['’]s\b/.test(text.slice(t.end)) && !monthLike
      if (surname || andI || before || possessive || (after && !monthLike)) {
        const end = extend(i, false)
        add(i, end)
        i = end
      }
    }
  }
  return spans
}

/** Replaces personal details with neutral words and counts them by kind. */
export function redact(text: string): Redaction {
  const counts: Record<RedactionKind, number> = { name: 0, email: 0, phone: 0, address: 0, dob: 0 }
  const candidates = [...patternSpans(text), ...nameSpans(text)].sort(
    (a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start || b.end - a.end,
  )
  const chosen: Span[] = []
  for (const s of candidates) {
    if (s.end <= s.start) continue
    if (chosen.some((c) => s.start < c.end && c.start < s.end)) continue
    chosen.push(s)
  }
  chosen.sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const s of chosen) {
    out += text.slice(at, s.start) + (s.with ?? NEUTRAL_WORDS[s.kind])
    at = s.end
    counts[s.kind]++
  }
  out += text.slice(at)
  return { text: out, counts }
}

/** The total number of replacements, for logs and the console. */
export function redactionTotal(counts: Record<RedactionKind, number>): number {
  return REDACTION_KINDS.reduce((sum, k) => sum + counts[k], 0)
}
