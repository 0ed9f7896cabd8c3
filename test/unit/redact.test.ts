import { describe, expect, it } from 'vitest'
import { NEUTRAL_WORDS, REDACTION_KINDS, redact, redactionTotal } from '../../src/shared/privacy/redact'
import { REDACT_CASES } from './redact-table'

describe('redact: the table', () => {
  it('has at least 40 texts', () => {
    expect(REDACT_CASES.length).toBeGreaterThanOrEqual(40)
  })

  it.each(REDACT_CASES.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const out = redact(c.text)
    for (const g of c.gone)
      expect(out.text.toLowerCase(), `"${g}" should be gone`).not.toContain(g.toLowerCase())
    for (const k of c.kept) expect(out.text, `"${k}" should stay`).toContain(k)
    for (const [kind, n] of Object.entries(c.counts ?? {})) {
      expect(out.counts[kind as keyof typeof out.counts], kind).toBe(n)
    }
    if (c.gone.length === 0) expect(out.text).toBe(c.text)
    else expect(redactionTotal(out.counts)).toBeGreaterThan(0)
  })
})

describe('redact: behaviour', () => {
  it('uses neutral words and never returns the originals in the counts', () => {
    const out = redact('Sarah at 07700 900123, sarah@calm.net')
    expect(out.text).toBe(`${NEUTRAL_WORDS.name} at ${NEUTRAL_WORDS.phone}, ${NEUTRAL_WORDS.email}`)
    expect(Object.keys(out.counts).sort()).toEqual([...REDACTION_KINDS].sort())
    expect(JSON.stringify(out.counts)).not.toMatch(/sarah|0770/i)
  })

  it('drops a name after a relation word instead of adding "someone"', () => {
    expect(redact('a walk with my brother James').text).toBe('a walk with my brother')
  })

  it('keeps a possessive on a replaced name', () => {
    expect(redact("Emily's garden").text).toBe("someone's garden")
  })

  it('is idempotent: redacting twice changes nothing more', () => {
    for (const c of REDACT_CASES) {
      const once = redact(c.text).text
      expect(redact(once).text).toBe(once)
    }
  })

  it('handles empty, long and odd input without throwing', () => {
    expect(redact('').text).toBe('')
    expect(redact('   ').counts.name).toBe(0)
    const long = 'calm waves and Sarah '.repeat(500)
    expect(redact(long).counts.name).toBe(500)
    expect(() => redact('@@@ ... +++ 12/ (()) ’s \u0000')).not.toThrow()
  })
})
