import { backoffDelay, DEFAULT_BACKOFF } from './backoff'
import type { BackoffOptions } from './backoff'
import type { Command } from './commands'
import { PROTOCOL_VERSION } from './protocol'
import type { PoseMessage, ServerMessage } from './protocol'
import type { SessionState } from './state'

/** The subset of the browser WebSocket the socket uses, so tests (and Node) hand in their own. */
export type SocketLike = {
  readonly readyState: number
  readonly bufferedAmount?: number
  send(data: string): void
  close(code?: number, reason?: string): void
  onopen: ((ev: unknown) => void) | null
  onclose: ((ev: { code: number; reason: string }) => void) | null
  onerror: ((ev: unknown) => void) | null
  onmessage: ((ev: { data: unknown }) => void) | null
}

export type ConnectionStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'ended' | 'closed'

/** A command that was in flight when the line dropped: it may or may not have been applied (the resync tells). */
export type LostCommand = { id: string; command: Command }

export type SessionSocketEvents = {
  /** Full state: first join, every reconnect, every resync. */
  welcome(state: SessionState): void
  /** The next command in order: `seq` is exactly one past the last one delivered. */
  applied(command: Command, seq: number, at: number): void
  ack(id: string, seq: number): void
  /** A command of ours was refused, or a frame of ours was bad. */
  error(code: string, message: string, id?: string): void
  lost(commands: LostCommand[]): void
  /** The headset's pose (the console's mirror). */
  pose(pose: PoseMessage): void
  /** Whether a headset is connected (the console's pairing card). */
  presence(headset: boolean): void
  /** The console's pairing code was voided after many wrong codes; pairing opens again at `until`. */
  pairingVoided(until: number): void
  /** The session is over (or our credentials no longer open it): never reconnect. */
  ended(reason: 'ended' | 'revoked'): void
  status(status: ConnectionStatus): void
}

export type SessionSocketOptions = {
  url: string
  /** Built at each (re)connect so a fresh device token or session id is always sent. */
  hello: () => object
  /** Parses one text frame; null for anything that is not a valid server message. */
  parse: (data: string) => ServerMessage | null
  createSocket: (url: string) => SocketLike
  /** Message ids are `<prefix><n>`; the headset and the console use different ones to keep logs readable. */
  idPrefix?: string
  random?: () => number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
  backoff?: BackoffOptions
  /** Ping interval; a line silent for two intervals is treated as dead. @default 10 000 ms */
  pingMs?: number
  /** Pose frames are skipped while this much is still queued: latest wins, never a backlog. @default 16 KB */
  maxBuffered?: number
}

const OPEN = 1
/** Error codes without a message id after which this participant can never get back in: stop. */
const REVOKED = new Set(['forbidden', 'not-found'])

type Listeners = { [K in keyof SessionSocketEvents]: Set<SessionSocketEvents[K]> }

/**
 * One participant's connection to a session — the headset's and the console's alike: hello → welcome, then
 * ordered `applied` commands. Reconnects with backoff and jitter, resyncs (hello again) after every drop and
 * whenever a sequence number skips, queues commands until in sync, and drops pose frames rather than queueing them.
 */
export class SessionSocket {
  status: ConnectionStatus = 'idle'
  /** Last sequence number delivered; null until the first welcome. */
  seq: number | null = null
  private ws: SocketLike | null = null
  private attempt = 0
  private retryTimer: unknown = null
  private pingTimer: unknown = null
  private silentTicks = 0
  private awaitingWelcome = false
  private nextId = 1
  private queued: LostCommand[] = []
  private inFlight = new Map<string, Command>()
  private readonly listeners: Listeners = {
    welcome: new Set(),
    applied: new Set(),
    ack: new Set(),
    error: new Set(),
    lost: new Set(),
    pose: new Set(),
    presence: new Set(),
    pairingVoided: new Set(),
    ended: new Set(),
    status: new Set(),
  }
  private readonly o: Required<SessionSocketOptions>

  constructor(options: SessionSocketOptions) {
    this.o = {
      idPrefix: 'm',
      random: Math.random,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      backoff: DEFAULT_BACKOFF,
      pingMs: 10_000,
      maxBuffered: 16_384,
      // An option given as `undefined` keeps its default.
      ...(Object.fromEntries(
        Object.entries(options).filter(([, v]) => v !== undefined),
      ) as SessionSocketOptions),
    }
  }

  on<K extends keyof SessionSocketEvents>(event: K, fn: SessionSocketEvents[K]): () => void {
    const set = this.listeners[event] as Set<SessionSocketEvents[K]>
    set.add(fn)
    return () => void set.delete(fn)
  }

  connect(): void {
    if (this.ws || this.status === 'ended' || this.status === 'closed') return
    this.setStatus(this.seq === null && this.attempt === 0 ? 'connecting' : 'reconnecting')
    let ws: SocketLike
    try {
      ws = this.o.createSocket(this.o.url)
    } catch {
      this.scheduleRetry()
      return
    }
    this.ws = ws
    ws.onopen = () => {
      if (this.ws !== ws) return
      this.silentTicks = 0
      this.sendHello()
      this.startPing()
    }
    ws.onmessage = (ev) => {
      if (this.ws !== ws || typeof ev.data !== 'string') return
      this.silentTicks = 0
      // A frame we cannot read is dropped: the sequence check turns any lost command into a resync.
      const message = this.o.parse(ev.data)
      if (message) this.handle(message)
    }
    // onclose follows and does the work.
    ws.onerror = () => {}
    ws.onclose = () => {
      if (this.ws !== ws) return
      this.drop()
      if (this.status !== 'ended' && this.status !== 'closed') this.scheduleRetry()
    }
  }

  /** Reconnect now (page visible again, network back) instead of waiting out the backoff. */
  nudge(): void {
    if (this.ws || this.status === 'ended' || this.status === 'closed') return
    if (this.retryTimer !== null) this.o.clearTimer(this.retryTimer)
    this.retryTimer = null
    this.connect()
  }

  /** Leaves for good (page closing, session left). */
  close(): void {
    this.setStatus('closed')
    this.teardown()
  }

  /** Sends (or queues until in sync) a command; returns its message id for the ack. */
  send(command: Command): string {
    const id = `${this.o.idPrefix}${this.nextId++}`
    if (this.status === 'open' && !this.awaitingWelcome) this.transmit(id, command)
    else this.queued.push({ id, command })
    return id
  }

  /** Sends a pose frame if the line is free; false when it was dropped (latest wins). */
  sendPose(pose: Omit<PoseMessage, 'v' | 'type'>): boolean {
    const ws = this.ws
    if (!ws || ws.readyState !== OPEN || this.status !== 'open') return false
    if ((ws.bufferedAmount ?? 0) > this.o.maxBuffered) return false
    return this.raw({ v: PROTOCOL_VERSION, type: 'pose', ...pose })
  }

  get queuedCount(): number {
    return this.queued.length
  }

  private handle(m: ServerMessage): void {
    switch (m.type) {
      case 'welcome': {
        this.awaitingWelcome = false
        this.seq = m.state.seq
        this.attempt = 0
        this.setStatus('open')
        this.emit('welcome', m.state)
        for (const q of this.queued.splice(0)) this.transmit(q.id, q.command)
        return
      }
      case 'applied':
        if (this.awaitingWelcome || this.seq === null) return
        if (m.seq <= this.seq) return // a duplicate after a resync: already in the state
        if (m.seq !== this.seq + 1) return this.sendHello()
        this.seq = m.seq
        this.emit('applied', m.command, m.seq, m.at)
        return
      case 'ack':
        this.inFlight.delete(String(m.id))
        this.emit('ack', String(m.id), m.seq)
        return
      case 'error':
        if (m.id !== undefined) this.inFlight.delete(String(m.id))
        this.emit('error', m.code, m.message, m.id === undefined ? undefined : String(m.id))
        // Without a login, or with a session or token that is gone, retrying cannot help.
        if (m.id === undefined && REVOKED.has(m.code)) this.finish('revoked')
        return
      case 'pose':
        this.emit('pose', m)
        return
      case 'presence':
        this.emit('presence', m.headset)
        return
      case 'pairing-voided':
        this.emit('pairingVoided', m.until)
        return
      case 'ended':
        this.finish('ended')
        return
      case 'pong':
        return
    }
  }

  /** Asks for the full state (again); `applied` frames are ignored until it comes. */
  private sendHello(): void {
    this.awaitingWelcome = true
    this.raw(this.o.hello())
  }

  private transmit(id: string, command: Command): void {
    this.inFlight.set(id, command)
    if (!this.raw({ v: PROTOCOL_VERSION, type: 'command', id, command })) {
      this.inFlight.delete(id)
      this.queued.push({ id, command })
    }
  }

  private raw(message: object): boolean {
    const ws = this.ws
    if (!ws || ws.readyState !== OPEN) return false
    try {
      ws.send(JSON.stringify(message))
      return true
    } catch {
      return false
    }
  }

  private startPing(): void {
    this.stopPing()
    const tick = () => {
      this.pingTimer = null
      if (!this.ws) return
      if (++this.silentTicks > 2) {
        // Silent for two intervals: the line is dead even if the browser has not noticed.
        const ws = this.ws
        this.drop()
        try {
          ws.close(4000, 'silent')
        } catch {
          // already gone
        }
        this.scheduleRetry()
        return
      }
      this.raw({ v: PROTOCOL_VERSION, type: 'ping' })
      this.pingTimer = this.o.setTimer(tick, this.o.pingMs)
    }
    this.pingTimer = this.o.setTimer(tick, this.o.pingMs)
  }

  private stopPing(): void {
    if (this.pingTimer !== null) this.o.clearTimer(this.pingTimer)
    this.pingTimer = null
  }

  private drop(): void {
    const ws = this.ws
    this.ws = null
    this.stopPing()
    this.awaitingWelcome = false
    if (ws) ws.onopen = ws.onclose = ws.onmessage = ws.onerror = null
    if (this.inFlight.size) {
      const lost = [...this.inFlight].map(([id, command]) => ({ id, command }))
      this.inFlight.clear()
      this.emit('lost', lost)
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== null) return
    this.setStatus('reconnecting')
    const delay = backoffDelay(this.attempt++, this.o.random, this.o.backoff)
    this.retryTimer = this.o.setTimer(() => {
      this.retryTimer = null
      this.connect()
    }, delay)
  }

  private finish(reason: 'ended' | 'revoked'): void {
    if (this.status === 'ended') return
    this.setStatus('ended')
    this.teardown()
    this.emit('ended', reason)
  }

  private teardown(): void {
    if (this.retryTimer !== null) this.o.clearTimer(this.retryTimer)
    this.retryTimer = null
    const ws = this.ws
    this.drop()
    this.queued = []
    try {
      ws?.close(1000, 'bye')
    } catch {
      // already closed
    }
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status) return
    this.status = status
    this.emit('status', status)
  }

  private emit<K extends keyof SessionSocketEvents>(
    event: K,
    ...args: Parameters<SessionSocketEvents[K]>
  ): void {
    for (const fn of this.listeners[event]) {
      try {
        ;(fn as (...a: Parameters<SessionSocketEvents[K]>) => void)(...args)
      } catch (e) {
        // One listener's bug must not stop the session.
        console.error('session socket listener failed', e)
      }
    }
  }
}

/**
 * `ws://…` or `wss://…` (matching the page) for a path on the page's own origin. With the LAN access key, it rides
 * in `?key=`: a browser cannot set headers on a WebSocket, and the server refuses the upgrade without it.
 */
export function socketUrl(origin: string, path: string, accessKey?: string | null): string {
  const u = new URL(path, origin)
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:'
  if (accessKey) u.searchParams.set('key', accessKey)
  return u.href
}
