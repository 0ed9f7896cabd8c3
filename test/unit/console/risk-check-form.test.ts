import { describe, expect, it } from 'vitest'
import { RISK_CHECK_QUESTIONS } from '../../../src/shared/session/risk'
import {
  answersSummary,
  buildRiskCheck,
  checkForm,
  emptyCheckForm,
  formChanged,
  setAction,
  setAnswer,
} from '../../../src/console/risk/risk-check-form'

describe('the structured risk check form', () => {
  it('starts with every question not asked, no action and no note, and refuses to save that', () => {
    const form = emptyCheckForm()
    expect(Object.keys(form.answers)).toEqual([...RISK_CHECK_QUESTIONS])
    expect(new Set(Object.values(form.answers))).toEqual(new Set(['not-asked']))
    expect(buildRiskCheck(form)).toEqual({
      ok: false,
      problem: 'Record at least one answer, an action you took, or a note.',
    })
  })

  it('builds the check the server accepts: answers, actions in their offered order, a trimmed note', () => {
    let form = setAnswer(emptyCheckForm(), 'wishDead', 'yes')
    form = setAnswer(form, 'thoughts', 'no')
    form = setAction(form, 'follow-up-booked', true)
    form = setAction(form, 'stayed-with-client', true)
    form = setAction(form, 'crisis-line', true)
    form = setAction(form, 'crisis-line', false)
    form = { ...form, note: '  Talked it through; safety plan reviewed.  ' }
    const built = buildRiskCheck(form)
    expect(built.ok).toBe(true)
    if (!built.ok) return
    expect(built.check.answers.wishDead).toBe('yes')
    expect(built.check.answers.thoughts).toBe('no')
    expect(built.check.answers.plan).toBe('not-asked')
    expect(built.check.actions).toEqual(['stayed-with-client', 'follow-up-booked'])
    expect(built.check.note).toBe('Talked it through; safety plan reviewed.')
    expect(answersSummary(built.check)).toBe('1 yes · 1 no · 4 not asked')
  })

  it('saves a check with only an action or only a note, and refuses a note that is too long', () => {
    expect(buildRiskCheck(setAction(emptyCheckForm(), 'safety-plan', true)).ok).toBe(true)
    expect(buildRiskCheck({ ...emptyCheckForm(), note: 'Stayed on the call.' }).ok).toBe(true)
    const long = buildRiskCheck({ ...emptyCheckForm(), note: 'x'.repeat(1001) })
    expect(long).toEqual({ ok: false, problem: 'The note holds at most 1000 characters.' })
  })

  it('reopens a saved check as it was, and knows when it was changed', () => {
    const built = buildRiskCheck(setAnswer(setAction(emptyCheckForm(), 'crisis-line', true), 'plan', 'no'))
    if (!built.ok) throw new Error(built.problem)
    const saved = { ...built.check, at: 1 }
    const form = checkForm(saved)
    expect(form.answers.plan).toBe('no')
    expect(form.actions).toEqual(['crisis-line'])
    expect(formChanged(form, saved)).toBe(false)
    expect(formChanged(setAnswer(form, 'intent', 'yes'), saved)).toBe(true)
    expect(formChanged({ ...form, note: 'later' }, saved)).toBe(true)
    expect(checkForm(null)).toEqual(emptyCheckForm())
  })
})
