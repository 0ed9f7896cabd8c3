import { describe, expect, it } from 'vitest'
import {
  RISK_CATEGORIES,
  RISK_CATEGORY_LABELS,
  TRAUMA_CATEGORIES,
  TRAUMA_CATEGORY_LABELS,
  screenRisk,
  screenSafety,
} from '../../../src/shared/safety'

describe('risk and the trauma hold stay separate', () => {
  it('never share a category name or label', () => {
    const trauma = new Set<string>(TRAUMA_CATEGORIES)
    expect(RISK_CATEGORIES.filter((c) => trauma.has(c))).toEqual([])
    const traumaLabels = new Set(Object.values(TRAUMA_CATEGORY_LABELS))
    expect(Object.values(RISK_CATEGORY_LABELS).filter((l) => traumaLabels.has(l))).toEqual([])
  })

  it('a trauma word is held for the therapist and raises no risk', () => {
    for (const text of [
      'a burning house',
      'soldiers on the hill',
      'there was so much blood',
      'a killer on the loose',
    ]) {
      expect(screenSafety(text).held, text).toBe(true)
      expect(screenRisk(text).raised, text).toBe(false)
    }
  })

  it('risk words are raised without a trauma hold', () => {
    for (const text of [
      "I don't want to be here anymore",
      'everyone would be better off without me',
      "I can't go on",
      'I have been saving up my pills',
      "I'm not safe at home",
    ]) {
      expect(screenRisk(text).raised, text).toBe(true)
      expect(screenSafety(text).held, text).toBe(false)
    }
  })

  it('each screen answers on its own when both apply', () => {
    const text = 'I want to kill myself'
    const risk = screenRisk(text)
    const trauma = screenSafety(text)
    expect(risk.categories).toEqual(['suicidal-thoughts'])
    expect(trauma.held).toBe(true)
    expect(trauma.reasons.every((r) => !RISK_CATEGORIES.some((c) => r.startsWith(`${c}:`)))).toBe(true)
    // Asking one screen never changes the other's answer.
    expect(screenRisk(text)).toEqual(risk)
    expect(screenSafety(text)).toEqual(trauma)
  })

  it('a negated trauma word is only mentioned, while negated risk is still raised', () => {
    expect(screenSafety('no fire').held).toBe(false)
    const s = screenRisk('I would never kill myself')
    expect(s.raised).toBe(true)
    expect(s.hits[0]?.mark).toBe('negated')
  })
})
