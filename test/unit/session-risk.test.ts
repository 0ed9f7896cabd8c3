import { describe, expect, it } from 'vitest'
import { moderationFinding } from '../../src/server/ai/moderation-screen'
import { makeArtwork, screenArtwork } from '../../src/server/relay/hub-artwork'
import { interpret } from '../../src/shared/interpret'
import { screenRisk } from '../../src/shared/safety/risk'
import { canSend, CommandSchema } from '../../src/shared/session/commands'
import type { Command } from '../../src/shared/session/commands'
import { applyCommand, checkCommand, commandForHeadset } from '../../src/shared/session/reducer'
import { MAX_RISKS, newRiskEvent, unacknowledgedRisks } from '../../src/shared/session/risk'
import type { RiskCheck, RiskEvent } from '../../src/shared/session/risk'
import { createSessionState, SessionStateSchema, stateForHeadset } from '../../src/shared/session/state'
import type { SessionState } from '../../src/shared/session/state'

const CHECK: RiskCheck = {
  answers: { wishDead: 'yes', thoughts: 'no', method: 'no', intent: 'no', plan: 'no', behaviour: 'no' },
  actions: ['stayed-with-client'],
  note: 'Talked it through.',
}

function session(approval: 'clinical' | 'open' = 'clinical'): SessionState {
  const s = createSessionState({
    id: 's1',
    clientId: 'c1',
    clientAlias: 'Robin',
    therapistId: 't1',
    approval,
    now: 0,
  })
  return applyCommand(s, { type: 'headset-paired' }, 1)
}

function risk(id: string, words = 'I want to hurt myself'): RiskEvent {
  return newRiskEvent({ id, at: 5, words, from: 'client', source: 'describe', screen: screenRisk(words) })
}

const apply = (s: SessionState, c: Command, at = 10) => {
  const problem = checkCommand(s, c)
  if (problem) throw new Error(problem.message)
  return applyCommand(s, c, at)
}

describe('risk events in the session reducer', () => {
  it('a raised event is kept with its words for the console; the headset sees only that it exists', () => {
    const before = session()
    const raise: Command = { type: 'risk-raise', risk: risk('r1') }
    const after = apply(before, raise)
    expect(after.risks).toEqual([raise.risk])
    expect(after.artworks).toEqual([])
    expect(SessionStateSchema.parse(after)).toEqual(after)
    expect(unacknowledgedRisks(after.risks).map((r) => r.id)).toEqual(['r1'])

    const forHeadset = commandForHeadset(raise, before, after)
    expect(forHeadset).toMatchObject({
      type: 'risk-raise',
      risk: { id: 'r1', words: '', reasons: [], categories: [] },
    })
    expect(JSON.stringify(forHeadset)).not.toMatch(/hurt/)
    expect(JSON.stringify(stateForHeadset(after))).not.toMatch(/hurt|self-harm/)
    expect(stateForHeadset(after).risks?.[0]).toMatchObject({ id: 'r1', acknowledgedAt: null })
  })

  it('acknowledge once, then a check that may be rewritten; the check never reaches the headset', () => {
    let s = apply(session(), { type: 'risk-raise', risk: risk('r1') }, 10)
    const acked = apply(s, { type: 'risk-ack', riskId: 'r1' }, 20)
    expect(acked.risks?.[0]?.acknowledgedAt).toBe(20)
    const again = applyCommand(acked, { type: 'risk-ack', riskId: 'r1' }, 30)
    expect(again.risks?.[0]?.acknowledgedAt).toBe(20)
    s = apply(acked, { type: 'risk-check', riskId: 'r1', check: CHECK }, 40)
    expect(s.risks?.[0]?.check).toEqual({ ...CHECK, at: 40 })
    const rewritten = apply(
      s,
      { type: 'risk-check', riskId: 'r1', check: { ...CHECK, note: 'Later: called.' } },
      50,
    )
    expect(rewritten.risks?.[0]?.check?.note).toBe('Later: called.')
    expect(commandForHeadset({ type: 'risk-check', riskId: 'r1', check: CHECK }, acked, s)).toEqual({
      type: 'noop',
    })
    expect(commandForHeadset({ type: 'risk-ack', riskId: 'r1' }, s, acked)).toEqual({
      type: 'risk-ack',
      riskId: 'r1',
    })
  })

  it('a check without an acknowledgement acknowledges too; unknown ids and duplicates are refused', () => {
    const s = apply(session(), { type: 'risk-raise', risk: risk('r1') })
    const checked = apply(s, { type: 'risk-check', riskId: 'r1', check: CHECK }, 33)
    expect(checked.risks?.[0]?.acknowledgedAt).toBe(33)
    expect(checkCommand(s, { type: 'risk-ack', riskId: 'r2' })?.code).toBe('not-found')
    expect(checkCommand(s, { type: 'risk-raise', risk: risk('r1') })?.code).toBe('bad-command')
  })

  it('after the end the check may still be written, new words may not arrive', () => {
    const s = apply(apply(session(), { type: 'risk-raise', risk: risk('r1') }), { type: 'end' })
    expect(checkCommand(s, { type: 'risk-check', riskId: 'r1', check: CHECK })).toBeNull()
    expect(checkCommand(s, { type: 'risk-ack', riskId: 'r1' })).toBeNull()
    expect(checkCommand(s, { type: 'describe', text: 'I want to die' })?.code).toBe('bad-command')
  })

  it('keeps at most MAX_RISKS events and never drops the first ones', () => {
    let s = session()
    for (let i = 0; i < MAX_RISKS + 5; i++)
      s = applyCommand(s, { type: 'risk-raise', risk: risk(`r${i}`) }, i)
    expect(s.risks).toHaveLength(MAX_RISKS)
    expect(s.risks?.[0]?.id).toBe('r0')
  })

  it('who may send what: the therapist acknowledges and checks; nobody but the server raises', () => {
    expect(canSend('therapist', { type: 'risk-ack' })).toBe(true)
    expect(canSend('therapist', { type: 'risk-check' })).toBe(true)
    expect(canSend('headset', { type: 'risk-ack' })).toBe(false)
    expect(canSend('headset', { type: 'risk-check' })).toBe(false)
    expect(canSend('headset', { type: 'risk-raise' })).toBe(false)
    expect(canSend('therapist', { type: 'risk-raise' })).toBe(false)
  })

  it('the schema refuses a malformed check', () => {
    const bad = {
      type: 'risk-check',
      riskId: 'r1',
      check: { ...CHECK, answers: { ...CHECK.answers, plan: 'maybe' } },
    }
    expect(CommandSchema.safeParse(bad).success).toBe(false)
    const extra = { type: 'risk-check', riskId: 'r1', check: { ...CHECK, words: 'x' } }
    expect(CommandSchema.safeParse(extra).success).toBe(false)
    const long = { type: 'risk-check', riskId: 'r1', check: { ...CHECK, note: 'x'.repeat(1001) } }
    expect(CommandSchema.safeParse(long).success).toBe(false)
  })
})

describe('words to the hub: risk first', () => {
  const deps = { interpret, now: () => 1000, createId: () => 'id-1', log: () => {} }

  it('risk words become risk-raise in every mode, from whoever typed them; calm words paint', () => {
    for (const approval of ['clinical', 'open'] as const) {
      const s = session(approval)
      const byClient = makeArtwork(deps, s, 'headset', { type: 'describe', text: 'I want to kill myself' })
      expect(byClient).toMatchObject({
        ok: true,
        command: { type: 'risk-raise', risk: { from: 'client', at: 1000 } },
      })
      const byTherapist = makeArtwork(deps, s, 'therapist', {
        type: 'describe',
        text: 'I want to kill myself',
      })
      expect(byTherapist).toMatchObject({
        ok: true,
        command: { type: 'risk-raise', risk: { from: 'therapist' } },
      })
      const calm = makeArtwork(deps, s, 'headset', { type: 'describe', text: 'a quiet beach at sunset' })
      expect(calm).toMatchObject({ ok: true, command: { type: 'artwork-add' } })
    }
  })

  it("a screen's risk turns the artwork into risk-raise; its holds only hold", async () => {
    const s = session()
    const made = makeArtwork(deps, s, 'headset', { type: 'describe', text: 'a quiet beach at sunset' })
    if (!made.ok || made.command.type !== 'artwork-add') throw new Error('not made')
    const add = made.command
    const raised = await screenArtwork(
      deps,
      [async () => moderationFinding(true, ['self-harm/intent'])],
      s,
      add,
    )
    expect(raised).toMatchObject({
      type: 'risk-raise',
      risk: {
        words: 'a quiet beach at sunset',
        categories: ['self-harm'],
        reasons: ['moderation: self-harm/intent'],
      },
    })
    const held = await screenArtwork(deps, [async () => moderationFinding(true, ['harassment'])], s, add)
    expect(held).toMatchObject({
      type: 'artwork-add',
      artwork: { status: 'held' },
      reasons: ['moderation: harassment'],
    })
  })

  it('moderation: self-harm and violence add to risk, graphic violence and the rest hold, nothing flagged adds nothing', () => {
    expect(moderationFinding(false, ['violence'])).toEqual({ hold: [] })
    expect(moderationFinding(true, ['violence', 'violence/graphic'])).toEqual({
      hold: [],
      risk: { categories: ['harm-to-others'], reasons: ['moderation: violence'] },
    })
    expect(moderationFinding(true, ['self-harm', 'self-harm/instructions']).risk?.categories).toEqual([
      'self-harm',
      'plan-or-means',
    ])
    expect(moderationFinding(true, ['violence/graphic'])).toEqual({ hold: ['moderation: violence/graphic'] })
    expect(moderationFinding(true, [])).toEqual({ hold: ['moderation: flagged'] })
  })
})
