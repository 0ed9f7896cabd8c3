import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEVICE_KEY } from '../../src/client/session/device-token'
import { HEADSET_EN } from '../../src/shared/i18n/headset-en'
import { createHeadsetSession, DESCRIBE_NOTE, LOST_NOTE } from '../../src/client/session/session-client'
import type { HeadsetScene } from '../../src/client/session/scene-mapping'
import type { SocketLike } from '../../src/shared/session/session-socket'
import { createSessionState, msg, type Command, type SessionState } from '../../src/shared/session'

class MemoryStorage implements Storage {
  private m = new Map<string, string>()
  get length() {
    return this.m.size
  }
  clear() {
    this.m.clear()
  }
  getItem(k: string) {
    return this.m.get(k) ?? null
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null
  }
  removeItem(k: string) {
    this.m.delete(k)
  }
  setItem(k: string, v: string) {
    this.m.set(k, String(v))
  }
}

class FakeSocket implements SocketLike {
  readyState = 0
  bufferedAmount = 0
  sent: Array<Record<string, unknown>> = []
  onopen: ((ev: unknown) => void) | null = null
  onclose: ((ev: { code: number; reason: string }) => void) | null = null
  onerror: ((ev: unknown) => void) | null = null
  onmessage: ((ev: { data: unknown }) => void) | null = null
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data) as Record<string, unknown>)
  }
  close() {
    this.readyState = 3
  }
  open() {
    this.readyState = 1
    this.onopen?.({})
  }
  drop() {
    this.readyState = 3
    this.onclose?.({ code: 1006, reason: '' })
  }
  receive(m: unknown) {
    this.onmessage?.({ data: JSON.stringify(m) })
  }
  commands() {
    return this.sent.filter((m) => m.type === 'command').map((m) => m.command as Command)
  }
}

function rig(storage = new MemoryStorage()) {
  const sockets: FakeSocket[] = []
  const scenes: Array<HeadsetScene | null> = []
  let pairBody: unknown = null
  const fetchImpl = (async (_url: string, init?: RequestInit) => {
    pairBody = JSON.parse(String(init?.body))
    const code = (pairBody as { code: string }).code
    if (code !== 'KX79AH') return new Response(JSON.stringify({ error: 'not-found' }), { status: 404 })
    return new Response(JSON.stringify({ sessionId: 's1', deviceToken: 'dev-1' }), { status: 200 })
  }) as unknown as typeof fetch
  const session = createHeadsetSession({
    sink: (s) => scenes.push(s),
    origin: 'http://127.0.0.1:9000',
    fetchImpl,
    storage,
    createSocket: (url) => {
      const s = new FakeSocket(url)
      sockets.push(s)
      return s
    },
    now: () => 0,
  })
  return { session, sockets, scenes, storage, pairBody: () => pairBody }
}

const state = (over: Partial<SessionState> = {}): SessionState => ({
  ...createSessionState({ id: 's1', clientId: 'c', clientAlias: 'Robin', therapistId: 't', now: 0 }),
  phase: 'active',
  ...over,
})

afterEach(() => vi.restoreAllMocks())

describe('headset session flow', () => {
  it('pairs with a code, keeps the token, and joins with hello', async () => {
    const r = rig()
    r.session.openKeypad()
    expect(r.session.view.getState().stage).toBe('keypad')
    expect(await r.session.pair('KX79AH')).toBe(true)
    expect(JSON.parse(r.storage.getItem(DEVICE_KEY)!)).toEqual({ sessionId: 's1', deviceToken: 'dev-1' })
    const ws = r.sockets[0]!
    expect(ws.url).toBe('ws://127.0.0.1:9000/api/session/socket')
    ws.open()
    expect(ws.sent[0]).toEqual({
      v: 1,
      type: 'hello',
      role: 'headset',
      sessionId: 's1',
      deviceToken: 'dev-1',
    })
    expect(r.session.view.getState().stage).toBe('joining')
    ws.receive(msg.welcome('headset', state({ seq: 3 })))
    expect(r.session.view.getState().stage).toBe('live')
    expect(r.scenes.at(-1)?.spec.biome).toBe('abstract')
    r.session.dispose()
  })

  it('a wrong code leaves a calm message and no token', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const r = rig()
    r.session.openKeypad()
    expect(await r.session.pair('KX79AA')).toBe(false)
    expect(r.session.view.getState()).toMatchObject({ stage: 'keypad' })
    expect(r.session.view.getState().pairError).toEqual({ key: 'keypad.error.wrong' })
    expect(r.session.snapshot().pairError).toMatch(/did not work/)
    expect(r.storage.getItem(DEVICE_KEY)).toBeNull()
    expect(r.sockets).toHaveLength(0)
  })

  it('rejoins without a code from the stored token (reload, headset off and on)', () => {
    const storage = new MemoryStorage()
    storage.setItem(DEVICE_KEY, JSON.stringify({ sessionId: 's1', deviceToken: 'dev-1' }))
    const r = rig(storage)
    expect(r.session.resume()).toBe(true)
    expect(r.session.resume()).toBe(true) // a second call (StrictMode) reuses the socket
    expect(r.sockets).toHaveLength(1)
    r.sockets[0]!.open()
    expect(r.sockets[0]!.sent[0]).toMatchObject({ type: 'hello', deviceToken: 'dev-1' })
    expect(rig().session.resume()).toBe(false)
    r.session.dispose()
  })

  it('applies commands with the shared reducer and shows only what the headset may see', () => {
    const r = rig()
    r.storage.setItem(DEVICE_KEY, JSON.stringify({ sessionId: 's1', deviceToken: 'dev-1' }))
    r.session.resume()
    const ws = r.sockets[0]!
    ws.open()
    ws.receive(msg.welcome('headset', state({ seq: 0 })))
    ws.receive(msg.applied(1, { type: 'set-scene', biome: 'forest' }, 1000))
    ws.receive(msg.applied(2, { type: 'set-brightness', value: 0.8 }, 2000))
    const snap = r.session.snapshot()
    expect(snap).toMatchObject({ seq: 2, biome: 'forest', brightness: 0.8, pendingVisible: false })
    expect(r.scenes.at(-1)?.brightness).toBe(0.8)
    ws.receive(msg.applied(3, { type: 'narrate', text: 'Notice the light.' }, 3000))
    expect(r.session.view.getState().caption?.text).toBe('Notice the light.')
    r.session.dispose()
  })

  it('routes describe and SUDS through the socket, once per question', () => {
    const r = rig()
    r.storage.setItem(DEVICE_KEY, JSON.stringify({ sessionId: 's1', deviceToken: 'dev-1' }))
    r.session.resume()
    const ws = r.sockets[0]!
    ws.open()
    ws.receive(msg.welcome('headset', state({ seq: 0 })))
    expect(r.session.answerSuds(3)).toBe(false) // nothing asked
    ws.receive(msg.applied(1, { type: 'suds-request' }, 1000))
    expect(r.session.snapshot().suds).toEqual({ scale: 10, n: 1 })
    expect(r.session.answerSuds(14)).toBe(true) // clamped to the scale
    expect(r.session.answerSuds(2)).toBe(false)
    expect(r.session.snapshot().suds).toBeNull()
    expect(r.session.describe('a quiet harbour at dawn')).toBe(true)
    expect(r.session.view.getState().note).toBe(DESCRIBE_NOTE)
    expect(r.session.snapshot().note).toBe(HEADSET_EN['session.note.described'])
    expect(ws.commands()).toEqual([
      { type: 'suds-answer', value: 10 },
      { type: 'describe', text: 'a quiet harbour at dawn' },
    ])
    ws.drop() // the describe was never acknowledged
    expect(r.session.view.getState().note).toBe(LOST_NOTE)
    r.session.dispose()
  })

  it('at the end it fades, forgets the device and the client data, and never reconnects', () => {
    const r = rig()
    r.storage.setItem(DEVICE_KEY, JSON.stringify({ sessionId: 's1', deviceToken: 'dev-1' }))
    r.storage.setItem('stillroom.comfort', '{"posture":"seated"}')
    r.session.resume()
    const ws = r.sockets[0]!
    ws.open()
    ws.receive(msg.welcome('headset', state({ seq: 0 })))
    ws.receive(msg.applied(1, { type: 'end' }, 1000))
    ws.receive(msg.ended())
    expect(r.session.view.getState().stage).toBe('ended')
    expect(r.session.presenter.veil.kind).toBe('end')
    expect(r.storage.getItem(DEVICE_KEY)).toBeNull()
    expect(r.storage.getItem('stillroom.comfort')).toBeNull()
    r.session.presenter.update(3)
    expect(r.scenes.at(-1)?.ended).toBe(true)
    expect(r.scenes.at(-1)?.artworks).toEqual([])
    ws.drop()
    expect(r.sockets).toHaveLength(1)
  })

  it('a revoked token (session ended while the headset was off) ends gently too', () => {
    const r = rig()
    r.storage.setItem(DEVICE_KEY, JSON.stringify({ sessionId: 's1', deviceToken: 'old' }))
    r.session.resume()
    r.sockets[0]!.open()
    r.sockets[0]!.receive(msg.error('forbidden', 'This device is no longer paired.'))
    expect(r.session.view.getState().stage).toBe('ended')
    expect(r.storage.getItem(DEVICE_KEY)).toBeNull()
  })
})
