import { describe, expect, it } from 'vitest'
import { createConsoleApi } from '../../src/console/console-api'
import { createConsoleController } from '../../src/console/console-controller'
import { createConsoleStore } from '../../src/console/console-store'
import type { SocketLike } from '../../src/shared/session/session-socket'
import { createSessionState } from '../../src/shared/session/state'

class FakeSocket implements SocketLike {
  readyState = 0
  sent: Array<Record<string, unknown>> = []
  onopen: SocketLike['onopen'] = null
  onclose: SocketLike['onclose'] = null
  onerror: SocketLike['onerror'] = null
  onmessage: SocketLike['onmessage'] = null
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data))
  }
  close() {
    this.readyState = 3
  }
  open() {
    this.readyState = 1
    this.onopen?.({})
  }
  receive(m: object) {
    this.onmessage?.({ data: JSON.stringify(m) })
  }
}

const session = createSessionState({
  id: 's1',
  clientId: 'c1',
  clientAlias: 'Robin',
  therapistId: 't',
  now: 0,
})

function rig(answers: Record<string, [number, unknown]>) {
  const requests: string[] = []
  const api = createConsoleApi({
    fetchImpl: async (url, init) => {
      const key = `${init?.method ?? 'GET'} ${String(url)}`
      requests.push(key)
      const [status, body] = answers[key] ?? [404, { error: 'not_found', message: 'nothing' }]
      return new Response(JSON.stringify(body), { status })
    },
  })
  const store = createConsoleStore()
  const sockets: FakeSocket[] = []
  const sent: string[] = []
  const controller = createConsoleController({
    api,
    store,
    location: { protocol: 'https:', host: 'clinic:8443' },
    accessKey: 'key 1',
    createSocket: (url) => {
      const s = new FakeSocket(url)
      sockets.push(s)
      return s
    },
    onSent: (c) => sent.push(c.type),
  })
  return { store, controller, sockets, requests, sent }
}

describe('console controller', () => {
  it('shows the login without a cookie, and the clients after signing in', async () => {
    const r = rig({
      'GET /api/auth/me': [401, { error: 'login_required', message: 'Please sign in to the console.' }],
      'POST /api/auth/login': [200, { user: { id: 't', name: 'ann', role: 'therapist' } }],
      'GET /api/clients': [200, { clients: [{ id: 'c1', alias: 'Robin' }] }],
      'GET /api/sessions?active=1': [200, { sessions: [] }],
    })
    await r.controller.start()
    expect(r.store.getState().screen).toBe('login')
    expect(await r.controller.login('ann', 'pw')).toBeNull()
    expect(r.store.getState()).toMatchObject({
      screen: 'home',
      me: { name: 'ann' },
      clients: [{ alias: 'Robin' }],
    })
  })

  it('starts a session: code on screen, socket to the session, code spent once the headset is in', async () => {
    const r = rig({
      'POST /api/sessions': [
        201,
        { session, pairingCode: { code: 'ACD347', expiresAt: '2030-01-01T00:00:00Z' } },
      ],
    })
    expect(await r.controller.startSession('c1')).toBeNull()
    expect(r.store.getState()).toMatchObject({ screen: 'session', pairing: { code: 'ACD347' } })
    const ws = r.sockets[0]!
    expect(ws.url).toBe('wss://clinic:8443/api/session/socket?key=key%201')
    ws.open()
    expect(ws.sent[0]).toMatchObject({ type: 'hello', role: 'therapist', sessionId: 's1' })
    ws.receive({ v: 1, type: 'welcome', role: 'therapist', state: session })
    expect(r.store.getState().connection).toBe('open')
    r.controller.send({ type: 'set-scene', biome: 'snow' })
    expect(r.sent).toEqual(['set-scene'])
    const id = ws.sent.at(-1)!.id
    expect(r.store.getState().unacked).toEqual([id])
    ws.receive({ v: 1, type: 'applied', seq: 1, command: { type: 'set-scene', biome: 'snow' }, at: 5 })
    ws.receive({ v: 1, type: 'ack', id, seq: 1 })
    expect(r.store.getState().session?.spec.biome).toBe('snow')
    expect(r.store.getState().unacked).toEqual([])
    ws.receive({ v: 1, type: 'presence', headset: true })
    expect(r.store.getState()).toMatchObject({ headset: true, pairing: null })
    ws.receive({ v: 1, type: 'error', id: 'c9', code: 'bad-command', message: 'That artwork is approved.' })
    expect(r.store.getState().notice?.text).toBe('That artwork is approved.')
    ws.receive({ v: 1, type: 'ended' })
    expect(r.store.getState().connection).toBe('ended')
  })

  it('takes a voided pairing code off the screen and keeps until when pairing rests', async () => {
    const r = rig({
      'POST /api/sessions': [
        201,
        { session, pairingCode: { code: 'ACD347', expiresAt: '2030-01-01T00:00:00Z' } },
      ],
    })
    expect(await r.controller.startSession('c1')).toBeNull()
    const ws = r.sockets[0]!
    ws.open()
    ws.receive({ v: 1, type: 'welcome', role: 'therapist', state: session })
    expect(r.store.getState().pairing).not.toBeNull()
    ws.receive({ v: 1, type: 'pairing-voided', until: 1_800_000_000_000 })
    expect(r.store.getState()).toMatchObject({ pairing: null, pairingPausedUntil: 1_800_000_000_000 })
    // A malformed notice is ignored, not half-applied.
    ws.receive({ v: 1, type: 'pairing-voided', until: 'soon' })
    expect(r.store.getState().pairingPausedUntil).toBe(1_800_000_000_000)
  })

  it('reports a refused start plainly and stays on the home screen', async () => {
    const r = rig({ 'POST /api/sessions': [404, { error: 'not_found', message: 'No such client.' }] })
    r.store.setState({ screen: 'home' })
    expect(await r.controller.startSession('nope')).toBe('No such client.')
    expect(r.store.getState().screen).toBe('home')
    expect(r.sockets).toHaveLength(0)
  })
})
