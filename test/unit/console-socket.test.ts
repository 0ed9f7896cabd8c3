import { describe, expect, it } from 'vitest'
import { backoffDelay, DEFAULT_BACKOFF } from '../../src/shared/session/backoff'
import { parseServerMessage } from '../../src/shared/session/protocol'
import { SessionSocket, socketUrl, type SocketLike } from '../../src/shared/session/session-socket'
import { createConsoleApi } from '../../src/console/console-api'
import { installShortcuts } from '../../src/console/EmergencyBar'
import { createSessionState } from '../../src/shared/session/state'

class FakeSocket implements SocketLike {
  readyState = 0
  sent: unknown[] = []
  onopen: SocketLike['onopen'] = null
  onclose: SocketLike['onclose'] = null
  onerror: SocketLike['onerror'] = null
  onmessage: SocketLike['onmessage'] = null
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
  receive(m: object | string) {
    this.onmessage?.({ data: typeof m === 'string' ? m : JSON.stringify(m) })
  }
  drop() {
    this.readyState = 3
    this.onclose?.({ code: 1006, reason: '' })
  }
}

/** The console's settings of the one session socket (see console-controller.ts). */
const CONSOLE_BACKOFF = { ...DEFAULT_BACKOFF, maxMs: 10_000 }
const retryDelay = (attempt: number, random: () => number) => backoffDelay(attempt, random, CONSOLE_BACKOFF)
const consoleOptions = {
  hello: () => ({ v: 1, type: 'hello', role: 'therapist', sessionId: 's1' }),
  parse: (data: string) => {
    const parsed = parseServerMessage(data)
    return parsed.ok ? parsed.message : null
  },
  idPrefix: 'c',
  backoff: CONSOLE_BACKOFF,
}

const state = (seq = 0) => ({
  ...createSessionState({ id: 's1', clientId: 'c', clientAlias: 'Robin', therapistId: 't', now: 0 }),
  seq,
})

function rig() {
  const sockets: FakeSocket[] = []
  const timers: Array<{ fn: () => void; ms: number; done: boolean }> = []
  const s = new SessionSocket({
    ...consoleOptions,
    url: 'ws://x/api/session/socket',
    createSocket: () => {
      const f = new FakeSocket()
      sockets.push(f)
      return f
    },
    random: () => 0.5,
    setTimer: (fn, ms) => {
      const t = { fn, ms, done: false }
      timers.push(t)
      return t
    },
    clearTimer: (h) => void ((h as { done: boolean }).done = true),
  })
  const log: string[] = []
  s.on('welcome', (st) => log.push(`welcome ${st.seq}`))
  s.on('applied', (c, seq) => log.push(`applied ${seq} ${c.type}`))
  s.on('status', (st) => log.push(`status ${st}`))
  s.on('lost', (cs) => log.push(`lost ${cs.map(({ command }) => command.type).join(',')}`))
  s.on('pose', () => log.push('pose'))
  s.on('presence', (h) => log.push(`presence ${h}`))
  s.on('ended', () => log.push('ended'))
  s.on('error', (code) => log.push(`error ${code}`))
  const runTimer = (ms: number) => {
    const t = timers.find((x) => !x.done && x.ms === ms)
    if (!t) throw new Error(`no timer of ${ms} ms (have ${timers.filter((x) => !x.done).map((x) => x.ms)})`)
    t.done = true
    t.fn()
  }
  return { s, sockets, timers, log, runTimer, last: () => sockets.at(-1)! }
}

describe('console socket', () => {
  it('says hello as the therapist of its session, then delivers ordered commands', () => {
    const r = rig()
    r.s.connect()
    r.last().open()
    expect(r.last().sent[0]).toEqual({ v: 1, type: 'hello', role: 'therapist', sessionId: 's1' })
    r.last().receive({ v: 1, type: 'welcome', role: 'therapist', state: state(4) })
    r.last().receive({ v: 1, type: 'applied', seq: 5, command: { type: 'pause' }, at: 10 })
    r.last().receive({ v: 1, type: 'applied', seq: 5, command: { type: 'pause' }, at: 10 }) // duplicate
    r.last().receive({ v: 1, type: 'presence', headset: true })
    r.last().receive({ v: 1, type: 'pose', t: 1, head: { p: [0, 1, 0], q: [0, 0, 0, 1] } })
    expect(r.log).toEqual([
      'status connecting',
      'status open',
      'welcome 4',
      'applied 5 pause',
      'presence true',
      'pose',
    ])
  })

  it('ignores frames it cannot read and resyncs when a sequence number is skipped', () => {
    const r = rig()
    r.s.connect()
    r.last().open()
    r.last().receive({ v: 1, type: 'welcome', role: 'therapist', state: state(1) })
    r.last().receive('not json')
    r.last().receive({ v: 2, type: 'applied', seq: 2, command: { type: 'pause' }, at: 1 })
    r.last().receive({ v: 1, type: 'applied', seq: 3, command: { type: 'resume' }, at: 1 })
    expect(r.log.filter((l) => l.startsWith('applied'))).toEqual([])
    expect(r.last().sent.filter((m) => (m as { type: string }).type === 'hello')).toHaveLength(2)
    // Commands sent while waiting for the resync are queued, then go out after the welcome.
    r.s.send({ type: 'suds-request' })
    expect(r.last().sent.filter((m) => (m as { type: string }).type === 'command')).toHaveLength(0)
    r.last().receive({ v: 1, type: 'welcome', role: 'therapist', state: state(3) })
    expect(r.last().sent.at(-1)).toMatchObject({ type: 'command', command: { type: 'suds-request' } })
  })

  it('reconnects with backoff after a drop, reports commands in flight, and resyncs', () => {
    const r = rig()
    r.s.connect()
    r.last().open()
    r.last().receive({ v: 1, type: 'welcome', role: 'therapist', state: state(0) })
    r.s.send({ type: 'safe-place-go' })
    r.last().drop()
    expect(r.log).toContain('lost safe-place-go')
    expect(r.s.status).toBe('reconnecting')
    r.runTimer(retryDelay(0, () => 0.5))
    expect(r.sockets).toHaveLength(2)
    r.last().drop() // still down
    r.runTimer(retryDelay(1, () => 0.5))
    r.last().open()
    expect(r.last().sent[0]).toMatchObject({ type: 'hello' })
    r.last().receive({ v: 1, type: 'welcome', role: 'therapist', state: state(1) })
    expect(r.s.status).toBe('open')
  })

  it('treats a silent line as dead and stops for good when the session ends or is not ours', () => {
    const r = rig()
    r.s.connect()
    r.last().open()
    r.last().receive({ v: 1, type: 'welcome', role: 'therapist', state: state(0) })
    r.runTimer(10_000)
    r.runTimer(10_000)
    r.runTimer(10_000) // third silent interval
    expect(r.s.status).toBe('reconnecting')
    r.runTimer(retryDelay(0, () => 0.5))
    r.last().open()
    r.last().receive({ v: 1, type: 'error', code: 'forbidden', message: 'no' })
    expect(r.s.status).toBe('ended')
    expect(r.log).toContain('ended')
    r.s.connect()
    expect(r.sockets).toHaveLength(2)
  })

  it('spaces retries out exponentially with jitter and a cap', () => {
    const mid = () => 0.5
    expect(retryDelay(0, mid)).toBe(500)
    expect(retryDelay(1, mid)).toBe(1000)
    expect(retryDelay(10, mid)).toBe(10_000)
    expect(retryDelay(0, () => 0)).toBe(350)
    expect(retryDelay(0, () => 1)).toBe(650)
    expect(retryDelay(99, () => 1)).toBe(10_000)
  })

  it('builds the socket address from the page origin', () => {
    expect(socketUrl('https://h:8443', '/api/session/socket')).toBe('wss://h:8443/api/session/socket')
    expect(socketUrl('http://h', '/p')).toBe('ws://h/p')
  })
})

describe('console api', () => {
  it('turns answers and failures into plain results', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = []
    const answers: Array<[number, unknown]> = [
      [200, { user: { id: 'u1', name: 'ann', role: 'therapist' } }],
      [401, { error: 'bad_login', message: 'Name or password is not right.' }],
      [201, { session: { ...state(0) }, pairingCode: { code: 'ACD347', expiresAt: '2026-01-01T00:10:00Z' } }],
    ]
    const api = createConsoleApi({
      accessKey: 'k',
      fetchImpl: async (url, init) => {
        calls.push({ url: String(url), init: init ?? {} })
        const [status, body] = answers.shift()!
        return new Response(JSON.stringify(body), { status })
      },
    })
    expect(await api.login('ann', 'pw')).toEqual({
      ok: true,
      value: { id: 'u1', name: 'ann', role: 'therapist' },
    })
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ name: 'ann', password: 'pw' })
    expect(new Headers(calls[0]!.init.headers).get('x-stillroom-key')).toBe('k')
    expect(await api.me()).toMatchObject({
      ok: false,
      status: 401,
      code: 'bad_login',
      message: 'Name or password is not right.',
    })
    const started = await api.startSession('c')
    expect(started.ok && started.value.pairing?.code).toBe('ACD347')
    expect(started.ok && started.value.session.id).toBe('s1')
    const down = createConsoleApi({ fetchImpl: async () => Promise.reject(new Error('offline')) })
    expect(await down.listClients()).toMatchObject({ ok: false, status: 0, code: 'unreachable' })
  })
})

describe('safety shortcuts', () => {
  it('Alt+S and Alt+P fire from anywhere; plain keys and repeats do not', () => {
    const target = new EventTarget()
    const fired: string[] = []
    const off = installShortcuts(target as unknown as Window, {
      safePlace: () => fired.push('safe'),
      pauseToggle: () => fired.push('pause'),
    })
    const key = (init: Partial<KeyboardEvent>) => {
      const e = Object.assign(new Event('keydown', { cancelable: true }), {
        altKey: false,
        ctrlKey: false,
        metaKey: false,
        repeat: false,
        key: '',
        code: '',
        ...init,
      })
      target.dispatchEvent(e)
      return e
    }
    expect(key({ altKey: true, code: 'KeyS', key: 'ß' }).defaultPrevented).toBe(true)
    key({ altKey: true, code: 'KeyP', key: 'p' })
    key({ code: 'KeyS', key: 's' })
    key({ altKey: true, code: 'KeyS', key: 's', repeat: true })
    key({ altKey: true, ctrlKey: true, code: 'KeyS', key: 's' })
    off()
    key({ altKey: true, code: 'KeyS', key: 's' })
    expect(fired).toEqual(['safe', 'pause'])
  })
})

describe('console socket defaults', () => {
  it('keeps its defaults when options are passed as undefined', () => {
    const created: string[] = []
    const s = new SessionSocket({
      ...consoleOptions,
      url: 'ws://h/p',
      createSocket: (url) => {
        created.push(url)
        throw new Error('offline')
      },
      random: undefined,
      setTimer: undefined,
      backoff: undefined,
    })
    s.connect()
    expect(created).toEqual(['ws://h/p'])
    // The default timer and backoff took over: a retry is scheduled, not a crash.
    expect(s.status).toBe('reconnecting')
    s.close()
  })
})
