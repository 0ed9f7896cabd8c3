import { describe, expect, it } from 'vitest'
import {
  NO_RISK,
  RISK_CATEGORIES,
  RISK_CATEGORY_LABELS,
  RISK_REASON_MAX_CHARS,
  reasonLine,
  screenRisk,
  summarise,
  type RiskScreen,
} from '../../../src/shared/safety'
import { CALM_LOOK_ALIKES, RISK_PHRASINGS } from './risk-phrasings'

/** A compact picture of a screen for failure messages. */
const show = (s: RiskScreen) => (s.reasons.length ? s.reasons.join(' | ') : 'nothing raised')

describe('risk screen: phrasings people use', () => {
  it('has at least 150 risk phrasings covering every category and mark', () => {
    expect(RISK_PHRASINGS.length).toBeGreaterThanOrEqual(150)
    for (const c of RISK_CATEGORIES)
      expect(
        RISK_PHRASINGS.some((r) => r.category === c),
        c,
      ).toBe(true)
    for (const m of ['direct', 'negated', 'hypothetical'] as const)
      expect(
        RISK_PHRASINGS.some((r) => r.mark === m),
        m,
      ).toBe(true)
  })

  it.each(RISK_PHRASINGS.map((r) => [r.kind, r.text, r] as const))('%s: raises %j', (_kind, text, row) => {
    const s = screenRisk(text)
    expect(s.raised, show(s)).toBe(true)
    expect(s.categories, show(s)).toContain(row.category)
    const marks = s.hits.filter((h) => h.category === row.category).map((h) => h.mark)
    expect(marks, `${row.category} ${row.mark} expected; got ${show(s)}`).toContain(row.mark)
  })

  it('raises 100 % of the risk phrasings', () => {
    const missed = RISK_PHRASINGS.filter((r) => {
      const s = screenRisk(r.text)
      return !s.hits.some((h) => h.category === r.category && h.mark === r.mark)
    })
    expect(missed.map((r) => `${r.category}/${r.mark}: ${r.text}`)).toEqual([])
  })
})

describe('risk screen: calm look-alikes', () => {
  it('has at least 150 calm look-alikes', () => {
    expect(CALM_LOOK_ALIKES.length).toBeGreaterThanOrEqual(150)
  })

  it('raises at most 2 % of idioms, scene words and calm scenes', () => {
    const raised = CALM_LOOK_ALIKES.map((t) => [t, screenRisk(t)] as const).filter(([, s]) => s.raised)
    const rate = raised.length / CALM_LOOK_ALIKES.length
    const message =
      `${raised.length} of ${CALM_LOOK_ALIKES.length} raised (${(rate * 100).toFixed(1)} %):\n` +
      raised.map(([t, s]) => `  ${JSON.stringify(t)} → ${show(s)}`).join('\n')
    expect(rate, message).toBeLessThanOrEqual(0.02)
  })

  it.each([
    "I'm dying to see the ocean",
    'this view is killer',
    'killer whale',
    'cut flowers',
    'a bridge over the river',
    'hanging garden',
    'hanging baskets',
    'the pills of moss',
    'jump into the lake for a swim',
    'I could kill for a coffee',
    'my feet are killing me',
    'drop dead gorgeous',
    'that joke killed me',
    'dead tired',
    'paper cut',
    'cutting the grass',
    'burning candles',
    'a knife-edge ridge',
    'time flies',
    'a rope swing over the river',
    'sleep like a log',
    'I fell asleep and never woke up until noon',
  ])('the idiom %j is not raised', (text) => {
    expect(screenRisk(text)).toEqual(NO_RISK)
  })
})

describe('risk screen: marks', () => {
  it.each([
    ["I'm not going to hurt myself, but I think about it", 'self-harm', 'negated'],
    ['I would never kill myself', 'suicidal-thoughts', 'negated'],
    ['what if I just disappeared for good', 'suicidal-thoughts', 'hypothetical'],
    ['I want to kill myself', 'suicidal-thoughts', 'direct'],
    // A negation that is the thought itself is not a negated mention.
    ["I don't want to live anymore", 'suicidal-thoughts', 'direct'],
    ["I'm not safe at home", 'danger-now', 'direct'],
    // A negation in an earlier clause does not reach the risk words.
    ["I'm not sure. I want to die", 'suicidal-thoughts', 'direct'],
    ["I'm fine but I want to die", 'suicidal-thoughts', 'direct'],
  ] as const)('%j → %s (%s)', (text, category, mark) => {
    const s = screenRisk(text)
    expect(s.hits.find((h) => h.category === category)?.mark, show(s)).toBe(mark)
  })

  it('negation never switches risk off', () => {
    for (const text of ["I don't want to die", "I'm not suicidal", 'I would never hurt my kids', 'no kms'])
      expect(screenRisk(text).raised, text).toBe(true)
  })
})

describe('risk screen: reasons', () => {
  it('shows the category and the words as typed', () => {
    expect(screenRisk('I keep cutting myself').reasons).toEqual(["self-harm: 'cutting myself'"])
    expect(screenRisk("I don't wish i was dead").reasons).toEqual([
      "suicidal-thoughts: 'wish i was dead' (negated)",
    ])
    expect(screenRisk('what if I overdose').reasons).toEqual(["plan-or-means: 'overdose' (hypothetical)"])
    // Curly apostrophes, capitals and filler words stay as the client typed them.
    expect(screenRisk('He SAID he\u2019d really kill me').reasons).toEqual([
      "danger-now: 'SAID he\u2019d really kill me'",
    ])
  })

  it('keeps each reason line within 200 characters', () => {
    const long = `sleep ${'a'.repeat(120)} ${'b'.repeat(120)} and never wake up`
    const s = screenRisk(long)
    expect(s.raised).toBe(true)
    for (const r of s.reasons) expect(r.length).toBeLessThanOrEqual(RISK_REASON_MAX_CHARS)
    const line = reasonLine({ category: 'plan-or-means', words: 'x'.repeat(500), mark: 'hypothetical' })
    expect(line.length).toBeLessThanOrEqual(RISK_REASON_MAX_CHARS)
    expect(line).toMatch(/^plan-or-means: 'x+…' \(hypothetical\)$/)
  })

  it('lists each reason once', () => {
    const s = screenRisk('I want to die. I want to die. I WANT TO DIE')
    expect(s.reasons).toEqual(["suicidal-thoughts: 'want to die'"])
  })

  it('lists categories in RISK_CATEGORIES order, whatever the order of the words', () => {
    const s = screenRisk(
      'he will hurt me tonight, I want to kill him, I bought a rope, I cut myself, I want to die',
    )
    expect(s.categories).toEqual([...RISK_CATEGORIES])
    const order = s.hits.map((h) => RISK_CATEGORIES.indexOf(h.category))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(s.reasons[0]).toMatch(/^suicidal-thoughts: /)
  })

  it('summarise gives NO_RISK for no hits and keeps the category order', () => {
    expect(summarise([])).toBe(NO_RISK)
    const s = summarise([
      { category: 'danger-now', words: 'he will hurt me', mark: 'direct' },
      { category: 'self-harm', words: 'cut myself', mark: 'negated' },
    ])
    expect(s.categories).toEqual(['self-harm', 'danger-now'])
    expect(s.reasons).toEqual(["danger-now: 'he will hurt me'", "self-harm: 'cut myself' (negated)"])
  })

  it('has a plain label for every category', () => {
    for (const c of RISK_CATEGORIES) expect(RISK_CATEGORY_LABELS[c].length).toBeGreaterThan(3)
  })
})

describe('risk screen: never throws', () => {
  const weird: unknown[] = [
    '',
    '   ',
    '\u0000\u0001',
    '😢😢😢',
    '🔪 🩸 💊',
    '!!!???...',
    'x'.repeat(4000),
    'a quiet beach at sunset, the waves coming in slowly. '.repeat(80).slice(0, 4000),
    "I want to die 😢 and I can't",
    'constructor __proto__ toString hasOwnProperty',
    null,
    undefined,
    42,
    {},
  ]

  it.each(weird.map((w) => [w]))('returns a screen for %j', (input) => {
    let s: RiskScreen | undefined
    expect(() => (s = screenRisk(input as string))).not.toThrow()
    expect(s?.raised).toBeTypeOf('boolean')
    expect(Array.isArray(s?.reasons)).toBe(true)
  })

  it('raises emoji-wrapped risk words and lets calm long text through', () => {
    expect(screenRisk("I want to die 😢 and I can't").raised).toBe(true)
    expect(screenRisk('a quiet beach at sunset, the waves coming in slowly. '.repeat(80)).raised).toBe(false)
    expect(screenRisk(`${'calm sea. '.repeat(400)}I want to end it all`).categories).toEqual([
      'suicidal-thoughts',
    ])
  })

  it('raises with an unreadable reason when the words cannot be read', () => {
    const unreadable = {
      toString() {
        throw new Error('no')
      },
    }
    expect(screenRisk(unreadable as unknown as string)).toEqual({
      raised: true,
      categories: [],
      hits: [],
      reasons: ['unreadable: the words could not be screened for risk'],
    })
  })
})
