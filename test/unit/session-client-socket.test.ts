import { describe, expect, it } from 'vitest'
import { backoffDelay, DEFAULT_BACKOFF } from '../../src/shared/session/backoff'
import { SessionSocket, type SocketLike } from '../../src/shared/session/session-socket'
import type { ServerMessage, WireCommand, WireState } from '../../src/client/session/wire'
import { createSessionState } from '../../src/shared/session/state'

describe('backoff schedule', () => {
  it('doubles from 500 ms and caps at 15 s without jitter', () => {
    const mid = () => 0.5 // jitter term is zero at 0.5
    const delays = Array.from({ length: 8 }, (_, i) => backoffDelay(i, mid))
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000, 15000])
  })
  it('spreads each delay by at most ±30 % and never exceeds the cap', () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      const raw = Math.min(DEFAULT_BACKOFF.maxMs, 500 * 2 ** attempt)
      const lo = backoffDelay(attempt, () => 0)
      const hi = backoffDelay(attempt, () => 1)
      expect(lo).toBeGreaterThanOrEqual(Math.round(raw * 0.7) - 1)
      expect(hi).toBeLessThanOrEqual(DEFAULT_BACKOFF.maxMs)
      if (raw < DEFAULT_BACKOFF.maxMs) expect(hi).toBeGreaterThan(lo)
    }
  })
  it('survives silly attempts (negative, NaN, huge)', () => {
    expect(backoffDelay(-3, () => 0.5)).toBe(500)
    expect(backoffDelay(Number.NaN, () => 0.5)).toBe(500)
    expect(backoffDelay(10_000, () => 0.5)).toBe(15000)
  })
})

/** A hand-driven WebSocket and timer queue: no wall clock anywhere. */
function rig() {
  const sockets: FakeSocket[] = []
  const timers: Array<{ fn: () => void; ms: number; id: number }> = []
  let nextTimer = 1
  class FakeSocket implements SocketLike {
    readyState = 0
    bufferedAmount = 0
    sent: Array<Record<string, unknown>> = []
    closed = false
    onopen: ((ev: unknown) => void) | null = null
    onclose: ((ev: { code: number; reason: string }) => void) | null = null
    onerror: ((ev: unknown) => void) | null = null
    onmessage: ((ev: { data: unknown }) => void) | null = null
    send(data: string) {
      this.sent.push(JSON.parse(data) as Record<string, unknown>)
    }
    close() {
      this.closed = true
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
    receive(msg: ServerMessage | string) {
      this.onmessage?.({ data: typeof msg === 'string' ? msg : JSON.stringify(msg) })
    }
    types() {
      return this.sent.map((m) => m.type)
    }
  }
  const socket = new SessionSocket({
    url: 'ws://test/api/session/socket',
    idPrefix: 'h',
    hello: () => ({ v: 1, type: 'hello', role: 'headset', sessionId: 's1', deviceToken: 'tok' }),
    createSocket: () => {
      const s = new FakeSocket()
      sockets.push(s)
      return s
    },
    parse: (data) => {
      try {
        return JSON.parse(data) as ServerMessage
      } catch {
        return null
      }
    },
    random: () => 0.5,
    setTimer: (fn, ms) => {
      const id = nextTimer++
      timers.push({ fn, ms, id })
      return id
    },
    clearTimer: (h) => {
      const i = timers.findIndex((t) => t.id === h)
      if (i >= 0) timers.splice(i, 1)
    },
  })
  const log: string[] = []
  const applied: number[] = []
  const welcomes: WireState[] = []
  socket.on('status', (s) => log.push(s))
  socket.on('applied', (_c, seq) => applied.push(seq))
  socket.on('welcome', (s) => welcomes.push(s))
  const fire = (ms?: number) => {
    const t = ms === undefined ? timers.shift() : timers.find((x) => x.ms === ms)
    if (!t) throw new Error('no timer')
    timers.splice(timers.indexOf(t), 1)
    t.fn()
    return t.ms
  }
  return { socket, sockets, timers, log, applied, welcomes, fire }
}

const state = (seq: number): WireState => ({
  ...createSessionState({ id: 's1', clientId: 'c1', clientAlias: 'Robin', therapistId: 't1', now: 0 }),
  seq,
})
const noop: WireCommand = { type: 'noop' }
const welcome = (seq: number): ServerMessage => ({
  v: 1,
  type: 'welcome',
  role: 'headset',
  state: state(seq),
})
const applied = (seq: number, command: WireCommand = noop): ServerMessage => ({
  v: 1,
  type: 'applied',
  seq,
  command,
  at: seq,
})

describe('SessionSocket', () => {
  it('says hello on open and goes live on welcome', () => {
    const r = rig()
    r.socket.connect()
    r.sockets[0]!.open()
    expect(r.sockets[0]!.sent[0]).toMatchObject({ type: 'hello', role: 'headset', deviceToken: 'tok' })
    expect(r.socket.status).toBe('connecting')
    r.sockets[0]!.receive(welcome(4))
    expect(r.socket.status).toBe('open')
    expect(r.socket.seq).toBe(4)
    expect(r.welcomes).toHaveLength(1)
  })

  it('delivers applied in order, ignores duplicates, and resyncs on a gap', () => {
    const r = rig()
    r.socket.connect()
    const ws = r.sockets[0]!
    ws.open()
    ws.receive(welcome(4))
    ws.receive(applied(5))
    ws.receive(applied(5)) // duplicate
    ws.receive(applied(4)) // stale
    expect(r.applied).toEqual([5])
    ws.receive(applied(7)) // 6 went missing
    expect(r.applied).toEqual([5])
    expect(ws.types().filter((t) => t === 'hello')).toHaveLength(2)
    ws.receive(applied(8)) // ignored until the welcome arrives
    ws.receive(welcome(8))
    ws.receive(applied(9))
    expect(r.applied).toEqual([5, 9])
    expect(r.welcomes.map((s) => s.seq)).toEqual([4, 8])
  })

  it('reconnects with the backoff schedule and resyncs with hello', () => {
    const r = rig()
    r.socket.connect()
    r.sockets[0]!.open()
    r.sockets[0]!.receive(welcome(1))
    r.sockets[0]!.drop()
    expect(r.socket.status).toBe('reconnecting')
    const waits: number[] = []
    for (let i = 0; i < 4; i++) {
      waits.push(r.fire())
      r.sockets.at(-1)!.drop() // the server is still down
    }
    expect(waits).toEqual([500, 1000, 2000, 4000])
    r.fire()
    const ws = r.sockets.at(-1)!
    ws.open()
    expect(ws.sent[0]).toMatchObject({ type: 'hello' })
    ws.receive(welcome(3))
    expect(r.socket.status).toBe('open')
    // A good connection resets the schedule.
    ws.drop()
    expect(r.fire()).toBe(500)
  })

  it('queues commands until in sync and reports those lost in flight', () => {
    const r = rig()
    const lost: string[][] = []
    r.socket.on('lost', (items) => lost.push(items.map(({ id }) => id)))
    const early = r.socket.send({ type: 'suds-answer', value: 3 })
    r.socket.connect()
    const ws = r.sockets[0]!
    ws.open()
    expect(ws.types()).toEqual(['hello'])
    ws.receive(welcome(0))
    expect(ws.sent[1]).toMatchObject({
      type: 'command',
      id: early,
      command: { type: 'suds-answer', value: 3 },
    })
    const second = r.socket.send({ type: 'describe', text: 'a quiet lake' })
    ws.drop()
    expect(lost).toEqual([[early, second]])
  })

  it('drops pose frames when not open or when the line is busy', () => {
    const r = rig()
    const pose = {
      t: 1,
      head: {
        p: [0, 1.6, 0] as [number, number, number],
        q: [0, 0, 0, 1] as [number, number, number, number],
      },
    }
    expect(r.socket.sendPose(pose)).toBe(false)
    r.socket.connect()
    const ws = r.sockets[0]!
    ws.open()
    expect(r.socket.sendPose(pose)).toBe(false) // not in sync yet
    ws.receive(welcome(0))
    expect(r.socket.sendPose(pose)).toBe(true)
    ws.bufferedAmount = 100_000
    expect(r.socket.sendPose(pose)).toBe(false)
    expect(ws.types().filter((t) => t === 'pose')).toHaveLength(1)
  })

  it('stops for good when the session ends or the token is refused', () => {
    const r = rig()
    const ended: string[] = []
    r.socket.on('ended', (why) => ended.push(why))
    r.socket.connect()
    r.sockets[0]!.open()
    r.sockets[0]!.receive({ v: 1, type: 'error', code: 'forbidden', message: 'unknown device' })
    expect(ended).toEqual(['revoked'])
    expect(r.socket.status).toBe('ended')
    expect(r.timers.filter((t) => t.ms < 10_000)).toHaveLength(0)
    r.socket.connect()
    expect(r.sockets).toHaveLength(1)

    const b = rig()
    const e2: string[] = []
    b.socket.on('ended', (why) => e2.push(why))
    b.socket.connect()
    b.sockets[0]!.open()
    b.sockets[0]!.receive(welcome(0))
    b.sockets[0]!.receive({ v: 1, type: 'ended' })
    expect(e2).toEqual(['ended'])
    expect(b.sockets[0]!.closed).toBe(true)
  })

  it('treats a silent line as dead and ignores garbage frames', () => {
    const r = rig()
    r.socket.connect()
    const ws = r.sockets[0]!
    ws.open()
    ws.receive('not json')
    ws.receive(welcome(0))
    r.fire(10_000) // ping
    expect(ws.types()).toContain('ping')
    r.fire(10_000)
    r.fire(10_000) // still silent → dead
    expect(ws.closed).toBe(true)
    expect(r.socket.status).toBe('reconnecting')
  })
})
