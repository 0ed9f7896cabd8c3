import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../src/shared/session/reducer'
import {
  alertSounds,
  fromText,
  readReason,
  recognised,
  riskAlert,
  riskStage,
  riskTitle,
  stageText,
} from '../../../src/console/risk/risk-alert'
import { riskEvent, sessionWith, T0 } from './risk-fixtures'

describe('risk alert from the session state', () => {
  it('is quiet without a session or without waiting events', () => {
    expect(riskAlert(null)).toBeNull()
    expect(riskAlert(sessionWith())).toBeNull()
    expect(alertSounds(null)).toBe(false)
  })

  it('raises every unacknowledged event, newest first, and rings while the session runs', () => {
    const s = sessionWith(
      riskEvent('r1', 'I want to hurt myself', T0),
      riskEvent('r2', 'I want to die', T0 + 5000),
    )
    const alert = riskAlert(s)!
    expect(alert.alias).toBe('Robin')
    expect(alert.waiting.map((r) => r.id)).toEqual(['r2', 'r1'])
    expect(alertSounds(alert)).toBe(true)
  })

  it('lets an acknowledged event go, and stays silent (banner only) once the session has ended', () => {
    let s = sessionWith(riskEvent('r1', 'I want to hurt myself'), riskEvent('r2', 'I want to die', T0 + 1))
    s = applyCommand(s, { type: 'risk-ack', riskId: 'r1' }, T0 + 2)
    expect(riskAlert(s)!.waiting.map((r) => r.id)).toEqual(['r2'])
    const ended = applyCommand(s, { type: 'end' }, T0 + 3)
    expect(riskAlert(ended)!.ended).toBe(true)
    expect(alertSounds(riskAlert(ended))).toBe(false)
    s = applyCommand(s, { type: 'risk-ack', riskId: 'r2' }, T0 + 4)
    expect(riskAlert(s)).toBeNull()
  })

  it('names the client in the tab title, and never leaves it blank', () => {
    expect(riskTitle('Robin')).toBe('● Check in with Robin — Stillroom')
    expect(riskTitle('  ')).toBe('● Check in with your client — Stillroom')
  })
})

describe('what was recognised, in plain words', () => {
  it('reads the screen reasons into category labels with the words behind them', () => {
    const r = recognised(riskEvent('r1', 'I keep cutting myself and I want to die'))
    expect(r.categories).toEqual([
      { label: 'Thoughts of suicide or of not being alive', words: ['“want to die”'] },
      { label: 'Self-harm', words: ['“cutting myself”'] },
    ])
    expect(r.other).toEqual([])
  })

  it('says how the words were put, and keeps reasons it cannot read as they are', () => {
    expect(readReason("self-harm: 'cut myself' (negated)")).toEqual({
      category: 'self-harm',
      words: '“cut myself” (said as not so)',
    })
    expect(readReason("weather: 'rain'")).toBeNull()
    const r = recognised({
      categories: ['danger-now'],
      reasons: ['unreadable: the words could not be screened for risk', "danger-now: 'he said he'd kill me'"],
    })
    expect(r.categories).toEqual([{ label: 'In danger from someone', words: ["“he said he'd kill me”"] }])
    expect(r.other).toEqual(['unreadable: the words could not be screened for risk'])
  })

  it('says who wrote the words', () => {
    expect(fromText({ from: 'client', source: 'describe' })).toBe('From the client · new words')
    expect(fromText({ from: 'therapist', source: 'refine' })).toMatch(/^Typed by you, for the client · /)
  })

  it('tells waiting, acknowledged and checked apart', () => {
    const e = riskEvent('r1', 'I want to hurt myself')
    expect(riskStage(e)).toBe('waiting')
    expect(stageText(e)).toBe('Waiting for you')
    expect(riskStage({ ...e, acknowledgedAt: T0 })).toBe('acknowledged')
    expect(stageText({ ...e, acknowledgedAt: T0 })).toMatch(
      /^Acknowledged \d\d:\d\d, check not recorded yet$/,
    )
    const check = { answers: {} as never, actions: [], note: '', at: T0 }
    expect(riskStage({ ...e, acknowledgedAt: T0, check })).toBe('checked')
  })
})
