import { describe, expect, it, vi } from 'vitest'
import { createConsoleApi } from '../../../src/console/console-api'
import { createConsoleController } from '../../../src/console/console-controller'
import { createConsoleStore } from '../../../src/console/console-store'
import { riskAlert } from '../../../src/console/risk/risk-alert'
import type { SocketLike } from '../../../src/shared/session/session-socket'
import { riskEvent, sessionWith, T0 } from './risk-fixtures'

class FakeSocket implements SocketLike {
  readyState = 0
  sent: Array<Record<string, unknown>> = []
  onopen: SocketLike['onopen'] = null
  onclose: SocketLike['onclose'] = null
  onerror: SocketLike['onerror'] = null
  onmessage: SocketLike['onmessage'] = null
  closed = false
  send(data: string) {
    this.sent.push(JSON.parse(data))
  }
  close() {
    this.readyState = 3
    this.closed = true
  }
  open() {
    this.readyState = 1
    this.onopen?.({})
  }
  receive(m: object) {
    this.onmessage?.({ data: JSON.stringify(m) })
  }
}

const session = sessionWith()

const defaultFetch: typeof fetch = async (url) =>
  String(url) === '/api/sessions'
    ? new Response(JSON.stringify({ session, pairingCode: 'ACD347' }), { status: 201 })
    : new Response(JSON.stringify({ clients: [], sessions: [] }), { status: 200 })

function rig(fetchImpl: typeof fetch = defaultFetch) {
  const api = createConsoleApi({ fetchImpl })
  const store = createConsoleStore()
  const sockets: FakeSocket[] = []
  const controller = createConsoleController({
    api,
    store,
    location: { protocol: 'http:', host: 'clinic' },
    createSocket: () => {
      const s = new FakeSocket()
      sockets.push(s)
      return s
    },
  })
  return { store, controller, sockets }
}

async function live() {
  const r = rig()
  await r.controller.startSession('c1')
  const ws = r.sockets[0]!
  ws.open()
  ws.receive({ v: 1, type: 'welcome', role: 'therapist', state: session })
  return { ...r, ws }
}

describe('risk events on the console', () => {
  it('raises the alert from a risk-raise, acknowledges every waiting event, and opens the check', async () => {
    const { store, controller, ws } = await live()
    ws.receive({
      v: 1,
      type: 'applied',
      seq: 1,
      command: { type: 'risk-raise', risk: riskEvent('r1', 'I want to hurt myself') },
      at: T0,
    })
    ws.receive({
      v: 1,
      type: 'applied',
      seq: 2,
      command: { type: 'risk-raise', risk: riskEvent('r2', 'I want to die', T0 + 1) },
      at: T0 + 1,
    })
    expect(riskAlert(store.getState().session)!.waiting.map((r) => r.id)).toEqual(['r2', 'r1'])
    vi.useFakeTimers()
    try {
      controller.acknowledgeRisks(['r2', 'r1'])
      const acks = ws.sent.filter((m) => (m.command as { type?: string } | undefined)?.type === 'risk-ack')
      expect(acks.map((m) => (m.command as { riskId: string }).riskId)).toEqual(['r2', 'r1'])
      expect(store.getState()).toMatchObject({ riskAcking: ['r2', 'r1'], riskCheck: 'r2' })
      // Unconfirmed after a few seconds (refused, or the connection dropped): the alert asks again.
      vi.advanceTimersByTime(5000)
      expect(store.getState().riskAcking).toEqual([])
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps a running session connected while the therapist is on another page, and reopens it without a new socket', async () => {
    const { store, controller, ws, sockets } = await live()
    controller.leaveSession()
    expect(store.getState().screen).toBe('home')
    expect(ws.closed).toBe(false)
    // Words raised while the therapist looks at the client list still reach the console's state (and its alert).
    ws.receive({
      v: 1,
      type: 'applied',
      seq: 1,
      command: { type: 'risk-raise', risk: riskEvent('r1', 'I want to hurt myself') },
      at: T0,
    })
    expect(riskAlert(store.getState().session)?.waiting).toHaveLength(1)
    controller.resumeSession(session.id)
    expect(store.getState().screen).toBe('session')
    expect(sockets).toHaveLength(1)
  })

  it('lets an ended session go when the therapist leaves it', async () => {
    const { store, controller, ws } = await live()
    ws.receive({ v: 1, type: 'ended' })
    controller.leaveSession()
    expect(ws.closed).toBe(true)
    expect(store.getState().session).toBeNull()
  })

  it('after the end, acknowledging and checking go over HTTP and the stored state is read back', async () => {
    const calls: Array<{ url: string; method: string; body: unknown }> = []
    const raised = riskEvent('r1', 'I want to hurt myself')
    const after = {
      ...sessionWith(),
      phase: 'ended' as const,
      risks: [{ ...raised, acknowledgedAt: T0 + 5 }],
    }
    const api = createConsoleApi({
      fetchImpl: async (url, init) => {
        calls.push({
          url: String(url),
          method: init?.method ?? 'GET',
          body: init?.body ? JSON.parse(String(init.body)) : undefined,
        })
        if (String(url).endsWith('/record')) return new Response(JSON.stringify({ seq: 9 }), { status: 200 })
        return new Response(JSON.stringify({ session: after }), { status: 200 })
      },
    })
    const store = createConsoleStore()
    const controller = createConsoleController({
      api,
      store,
      location: { protocol: 'http:', host: 'clinic' },
    })
    store.setState({ session: { ...sessionWith(), phase: 'ended', risks: [raised] }, connection: 'ended' })
    controller.acknowledgeRisks(['r1'])
    await vi.waitFor(() => expect(store.getState().session?.risks?.[0]?.acknowledgedAt).toBe(T0 + 5))
    expect(calls[0]).toEqual({
      url: `/api/sessions/${session.id}/record`,
      method: 'POST',
      body: { command: { type: 'risk-ack', riskId: 'r1' } },
    })
    expect(calls[1]).toMatchObject({ url: `/api/sessions/${session.id}`, method: 'GET' })
    expect(riskAlert(store.getState().session)).toBeNull()
  })

  it('a console that starts while an alert waits opens that session at once; otherwise it stays on the list', async () => {
    const rigWith = (risksWaiting: number) =>
      rig(async (url) => {
        const u = String(url)
        if (u === '/api/auth/me') return new Response(JSON.stringify({ user: { id: 't1', name: 'anna' } }))
        if (u.startsWith('/api/sessions'))
          return new Response(
            JSON.stringify({
              sessions: [
                { id: session.id, clientId: 'c1', clientAlias: 'Robin', phase: 'active', risksWaiting },
              ],
            }),
          )
        return new Response(JSON.stringify({ clients: [] }))
      })
    const waiting = rigWith(1)
    await waiting.controller.start()
    expect(waiting.store.getState().screen).toBe('session')
    expect(waiting.sockets).toHaveLength(1)
    const calm = rigWith(0)
    await calm.controller.start()
    expect(calm.store.getState().screen).toBe('home')
    expect(calm.sockets).toHaveLength(0)
  })
})
