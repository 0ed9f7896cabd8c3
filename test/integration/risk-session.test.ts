// Words of risk in a live session, through the real server and real sockets: raised to the therapist at once in
// every approval mode, never painted, the headset told only that its words were heard; the check kept and audited.
import { describe, expect, it } from 'vitest'
import { msg } from '../../src/shared/session/protocol'
import type { RiskCheck } from '../../src/shared/session/risk'
import type { SessionState } from '../../src/shared/session/state'
import { createSessionFixture, seedTherapist } from './session-helpers'
import type { LiveSession } from './session-helpers'

const env = createSessionFixture('stillroom-risk-')

const CHECK: RiskCheck = {
  answers: {
    wishDead: 'yes',
    thoughts: 'yes',
    method: 'no',
    intent: 'no',
    plan: 'no',
    behaviour: 'not-asked',
  },
  actions: ['stayed-with-client', 'safety-plan'],
  note: 'Talked it through; safety plan reviewed; follow-up tomorrow.',
}

async function stateOf(l: LiveSession): Promise<SessionState> {
  const res = await env.server.app.inject({
    method: 'GET',
    url: `/api/sessions/${l.sessionId}`,
    headers: { cookie: l.cookie },
  })
  expect(res.statusCode).toBe(200)
  return res.json<{ session: SessionState }>().session
}

async function raiseFromHeadset(l: LiveSession, text: string, id = 'h1') {
  l.headset.send(msg.command(id, { type: 'describe', text }))
  const raised = await l.consoleWs.next('applied', (m) => m.command.type === 'risk-raise')
  if (raised.command.type !== 'risk-raise') throw new Error('unreachable')
  return raised.command.risk
}

describe('words of risk in a session', () => {
  for (const approval of ['clinical', 'open'] as const) {
    it(`${approval} approval: raised to the console with the words, never painted; the headset hears no words`, async () => {
      const l = await env.live('anna', approval)
      const risk = await raiseFromHeadset(l, 'I want to hurt myself')
      expect(risk).toMatchObject({
        words: 'I want to hurt myself',
        from: 'client',
        source: 'describe',
        acknowledgedAt: null,
        check: null,
      })
      expect(risk.categories).toContain('self-harm')
      expect(risk.reasons.join(' ')).toMatch(/hurt myself/i)
      const heard = await l.headset.next('applied', (m) => m.command.type === 'risk-raise')
      if (heard.command.type !== 'risk-raise') throw new Error('unreachable')
      expect(heard.command.risk).toMatchObject({ id: risk.id, words: '', categories: [], reasons: [] })
      expect(JSON.stringify(l.headset.messages)).not.toMatch(/hurt myself/i)
      expect((await l.headset.next('ack', (m) => m.id === 'h1')).type).toBe('ack')

      const state = await stateOf(l)
      expect(state.artworks).toEqual([])
      expect(state.risks?.map((r) => r.id)).toEqual([risk.id])
      // A calm description still paints in the same session.
      l.headset.send(msg.command('h2', { type: 'describe', text: 'a quiet beach at sunset' }))
      await l.consoleWs.next('applied', (m) => m.command.type === 'artwork-add')

      // A reconnecting headset's welcome carries the event without its words.
      const again = await env.socket()
      again.send(msg.hello('headset', { deviceToken: l.deviceToken }))
      const welcome = await again.next('welcome')
      expect(welcome.state.risks).toEqual([expect.objectContaining({ id: risk.id, words: '', reasons: [] })])
    })
  }

  it('words typed by the therapist, new words for a waiting artwork and refinements are raised too', async () => {
    const l = await env.live('anna', 'clinical')
    l.consoleWs.send(msg.command('c1', { type: 'describe', text: 'they said: I want to kill myself' }))
    const byTherapist = await l.consoleWs.next('applied', (m) => m.command.type === 'risk-raise')
    expect(byTherapist.command).toMatchObject({ risk: { from: 'therapist', source: 'describe' } })

    l.headset.send(msg.command('h1', { type: 'describe', text: 'a quiet lake at dawn' }))
    const added = await l.consoleWs.next('applied', (m) => m.command.type === 'artwork-add')
    if (added.command.type !== 'artwork-add') throw new Error('unreachable')
    const artworkId = added.command.artwork.id
    l.consoleWs.send(
      msg.command('c2', { type: 'edit', artworkId, text: 'a lake where I want to kill myself' }),
    )
    const byEdit = await l.consoleWs.next(
      'applied',
      (m) => m.command.type === 'risk-raise' && m.seq > byTherapist.seq,
    )
    expect(byEdit.command).toMatchObject({ risk: { source: 'edit', from: 'therapist' } })

    l.consoleWs.send(msg.command('c3', { type: 'approve', artworkId }))
    await l.consoleWs.next('ack', (m) => m.id === 'c3')
    l.headset.send(msg.command('h2', { type: 'refine', artworkId, text: 'and I keep cutting myself' }))
    const byRefine = await l.consoleWs.next(
      'applied',
      (m) => m.command.type === 'risk-raise' && m.seq > byEdit.seq,
    )
    expect(byRefine.command).toMatchObject({ risk: { source: 'refine', from: 'client' } })

    const state = await stateOf(l)
    expect(state.risks).toHaveLength(3)
    // The waiting artwork was not replaced, and no version was made of the raised words.
    expect(state.artworks).toHaveLength(1)
    expect(state.artworks[0]?.artwork.text).toBe('a quiet lake at dawn')
    expect(state.artworks[0]?.versions ?? []).toHaveLength(0)
  })

  it('the therapist acknowledges and records the check; the headset may do neither; the audit holds ids only', async () => {
    const l = await env.live('anna', 'clinical')
    const risk = await raiseFromHeadset(l, 'I want to hurt myself')

    l.headset.send(msg.command('h2', { type: 'risk-ack', riskId: risk.id }))
    expect((await l.headset.next('error', (m) => m.id === 'h2')).code).toBe('forbidden')
    l.headset.send(msg.command('h3', { type: 'risk-check', riskId: risk.id, check: CHECK }))
    expect((await l.headset.next('error', (m) => m.id === 'h3')).code).toBe('forbidden')
    // A headset may not pretend to be the server either.
    l.headset.send(msg.command('h4', { type: 'risk-raise', risk: { ...risk, id: 'fake' } }))
    expect((await l.headset.next('error', (m) => m.id === 'h4')).code).toBe('forbidden')

    l.consoleWs.send(msg.command('c0', { type: 'risk-ack', riskId: 'nope' }))
    expect((await l.consoleWs.next('error', (m) => m.id === 'c0')).code).toBe('not-found')
    l.consoleWs.send(msg.command('c1', { type: 'risk-ack', riskId: risk.id }))
    const acked = await l.consoleWs.next('ack', (m) => m.id === 'c1')
    const headsetAck = await l.headset.next('applied', (m) => m.seq === acked.seq)
    expect(headsetAck.command).toEqual({ type: 'risk-ack', riskId: risk.id })

    // The session may end before the check is written: the record still takes it.
    l.consoleWs.send(msg.command('c2', { type: 'end' }))
    await l.consoleWs.next('ack', (m) => m.id === 'c2')
    const bad = { ...CHECK, answers: { ...CHECK.answers, wishDead: 'maybe' } }
    l.consoleWs.send({
      v: 1,
      type: 'command',
      id: 'c3',
      command: { type: 'risk-check', riskId: risk.id, check: bad },
    })
    expect((await l.consoleWs.next('error', (m) => m.id === 'c3')).code).toBe('bad-command')
    l.consoleWs.send(msg.command('c4', { type: 'risk-check', riskId: risk.id, check: CHECK }))
    await l.consoleWs.next('ack', (m) => m.id === 'c4')

    const state = await stateOf(l)
    const stored = state.risks?.[0]
    expect(stored?.acknowledgedAt).toBeGreaterThanOrEqual(stored?.at ?? Infinity)
    expect(stored?.check).toMatchObject({ ...CHECK, at: expect.any(Number) })
    expect(state.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['risk', 'risk-ack', 'risk-check']),
    )

    const audit = env.server.storage.audit!.list({ limit: 50 }).entries
    const actions = audit.map((e) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['risk-raised', 'risk-acknowledged', 'risk-checked']))
    const raisedRow = audit.find((e) => e.action === 'risk-raised')
    expect(raisedRow).toMatchObject({ actor: 'headset', detail: 'self-harm' })
    expect(JSON.stringify(audit)).not.toMatch(/hurt|myself|safety plan/i)
  })

  it('another therapist can neither see nor acknowledge the alert', async () => {
    const l = await env.live('anna', 'clinical')
    const risk = await raiseFromHeadset(l, 'I want to kill myself')
    const other = await seedTherapist(env.server, 'bert')
    const res = await env.server.app.inject({
      method: 'GET',
      url: `/api/sessions/${l.sessionId}`,
      headers: { cookie: other },
    })
    expect([403, 404]).toContain(res.statusCode)
    expect(res.body).not.toMatch(/kill myself/)
    const ws = await env.socket({ cookie: other })
    ws.send(msg.hello('therapist', { sessionId: l.sessionId }))
    const refused = await ws.next('error')
    expect(['forbidden', 'not-found']).toContain(refused.code)
    ws.send(msg.command('x1', { type: 'risk-ack', riskId: risk.id }))
    const after = await stateOf(l)
    expect(after.risks?.[0]?.acknowledgedAt).toBeNull()
  })
})

describe('risk events in the client record', () => {
  it('the export carries the event and its check; erasing the client leaves no trace in the database file', async () => {
    const { gunzipSync } = await import('node:zlib')
    const fs = await import('node:fs')
    const l = await env.live('anna', 'clinical')
    const risk = await raiseFromHeadset(l, 'I want to hurt myself tonight')
    l.consoleWs.send(msg.command('c1', { type: 'risk-check', riskId: risk.id, check: CHECK }))
    await l.consoleWs.next('ack', (m) => m.id === 'c1')
    l.consoleWs.send(msg.command('c2', { type: 'end' }))
    await l.consoleWs.next('ack', (m) => m.id === 'c2')

    const exported = await env.server.app.inject({
      method: 'GET',
      url: `/api/clients/${l.clientId}/export`,
      headers: { cookie: l.cookie },
    })
    expect(exported.statusCode).toBe(200)
    const tar = gunzipSync(exported.rawPayload).toString('utf8')
    expect(tar).toContain('I want to hurt myself tonight')
    expect(tar).toContain('safety plan reviewed')

    // Control: before the erasure the words are in the database's files (main file or write-ahead log).
    const files = () =>
      ['', '-wal']
        .map((ext) => env.server.dbFile + ext)
        .filter((f) => fs.existsSync(f))
        .map((f) => fs.readFileSync(f).toString('latin1'))
        .join('')
    expect(files()).toContain('hurt myself tonight')
    const erased = await env.server.app.inject({
      method: 'DELETE',
      url: `/api/clients/${l.clientId}`,
      headers: { cookie: l.cookie },
      payload: { confirm: 'Client of anna' },
    })
    expect(erased.statusCode, erased.body).toBe(200)
    await env.server.close()
    expect(files()).not.toContain('hurt myself tonight')
    expect(files()).not.toContain('safety plan reviewed')
    await env.restart()
  })
})

describe('the risk record over HTTP, also after the end', () => {
  it('the own therapist acknowledges and checks after the end; nobody else may; nothing else goes this way', async () => {
    const l = await env.live('anna', 'clinical')
    const risk = await raiseFromHeadset(l, 'I want to hurt myself')
    const list = await env.server.app.inject({
      method: 'GET',
      url: '/api/sessions?active=1',
      headers: { cookie: l.cookie },
    })
    expect(list.json<{ sessions: { id: string; risksWaiting: number }[] }>().sessions).toEqual([
      expect.objectContaining({ id: l.sessionId, risksWaiting: 1 }),
    ])
    l.consoleWs.send(msg.command('c1', { type: 'end' }))
    await l.consoleWs.next('ack', (m) => m.id === 'c1')

    const post = (payload: unknown, headers: Record<string, string> = { cookie: l.cookie }) =>
      env.server.app.inject({
        method: 'POST',
        url: `/api/sessions/${l.sessionId}/record`,
        headers,
        payload: payload as Record<string, unknown>,
      })
    const other = await seedTherapist(env.server, 'bert')
    expect((await post({ command: { type: 'risk-ack', riskId: risk.id } }, {})).statusCode).toBe(401)
    expect(
      (await post({ command: { type: 'risk-ack', riskId: risk.id } }, { cookie: other })).statusCode,
    ).toBe(404)
    expect((await post({ command: { type: 'set-view', view: 'landscape' } })).statusCode).toBe(400)
    expect((await post({ command: { type: 'risk-ack', riskId: 'nope' } })).statusCode).toBe(404)
    expect((await post('not json at all')).statusCode).toBe(415)
    expect((await post({ command: { type: 'note' } })).statusCode).toBe(400)

    const acked = await post({ command: { type: 'risk-ack', riskId: risk.id } })
    expect(acked.statusCode, acked.body).toBe(200)
    const checked = await post({ command: { type: 'risk-check', riskId: risk.id, check: CHECK } })
    expect(checked.statusCode, checked.body).toBe(200)
    const note = await post({ command: { type: 'note', text: 'Called the client the next morning.' } })
    expect(note.statusCode).toBe(200)

    const state = await stateOf(l)
    expect(state.phase).toBe('ended')
    expect(state.risks?.[0]).toMatchObject({
      acknowledgedAt: expect.any(Number),
      check: { note: CHECK.note },
    })
    expect(state.notes?.map((n) => n.text)).toEqual(['Called the client the next morning.'])
  })
})
