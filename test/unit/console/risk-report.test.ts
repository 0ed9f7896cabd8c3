import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../src/shared/session/reducer'
import { later, reportRisks, risksLine } from '../../../src/console/report/risk-report'
import { riskEvent, sessionWith, T0 } from './risk-fixtures'

describe('risk events in the report', () => {
  it('lists each event in time order with its words, what was recognised, acknowledgement and check', () => {
    let s = sessionWith(
      riskEvent('r2', 'he said he would kill me', T0 + 60_000),
      riskEvent('r1', 'I want to hurt myself', T0),
    )
    s = applyCommand(s, { type: 'risk-ack', riskId: 'r1' }, T0 + 150_000)
    s = applyCommand(
      s,
      {
        type: 'risk-check',
        riskId: 'r1',
        check: {
          answers: {
            wishDead: 'yes',
            thoughts: 'no',
            method: 'not-asked',
            intent: 'not-asked',
            plan: 'not-asked',
            behaviour: 'no',
          },
          actions: ['stayed-with-client', 'safety-plan'],
          note: 'Talked it through; reviewed the safety plan.',
        },
      },
      T0 + 400_000,
    )
    const risks = reportRisks(s)
    expect(risks.map((r) => r.id)).toEqual(['r1', 'r2'])
    const [first, second] = risks
    expect(first!.words).toBe('I want to hurt myself')
    expect(first!.from).toBe('From the client · new words')
    expect(first!.recognised).toEqual([{ label: 'Self-harm', words: ['“hurt myself”'] }])
    expect(first!.acknowledged).toMatch(/^\d\d:\d\d \(2 min later\)$/)
    expect(first!.check!.answers).toHaveLength(6)
    expect(first!.check!.answers[0]).toEqual({
      question: 'Wished they were dead, or wished they could go to sleep and not wake up',
      answer: 'Yes',
    })
    expect(first!.check!.answers.map((a) => a.answer)).toEqual([
      'Yes',
      'No',
      'Not asked',
      'Not asked',
      'Not asked',
      'No',
    ])
    expect(first!.check!.actions).toEqual([
      'Stayed with the client and talked it through',
      'Made or reviewed a safety plan',
    ])
    expect(first!.check!.note).toBe('Talked it through; reviewed the safety plan.')
    expect(second!.acknowledged).toBeNull()
    expect(second!.check).toBeNull()
    expect(risksLine(s)).toBe('2, 1 not yet checked')
  })

  it('says plainly when nothing was raised', () => {
    expect(reportRisks(sessionWith())).toEqual([])
    expect(risksLine(sessionWith())).toBe('none raised')
    expect(risksLine(sessionWith(riskEvent('r1', 'I want to die')))).toBe('1, not yet checked')
  })

  it('words the time to acknowledge', () => {
    expect(later(20_000)).toBe('within a minute')
    expect(later(3 * 60_000 + 5)).toBe('3 min later')
    expect(later(65 * 60_000)).toBe('1 h 05 min later')
  })
})
