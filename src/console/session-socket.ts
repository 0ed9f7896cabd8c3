import type { Command } from '../shared/session/commands'
import {
  PROTOCOL_VERSION,
  parseServerMessage,
  type PoseMessage,
  type ServerMessage,
} from '../shared/session/protocol'
import type { SessionState } from '../shared/session/state'

/** The subset of the browser WebSocket used here, so tests hand in a fake. */
export type SocketLike = {
  readonly readyState: number
  send(data: string): void
  close(code?: number, reason?: string): void
  onopen: ((ev: unknown) => void) | null
  onclose: ((ev: { code: number; reason: string }) => void) | null
  onerror: ((ev: unknown) => void) | null
  onmessage: ((ev: { data: unknown }) => void) | null
}

export type ConnectionStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'ended' | 'closed'

export type ConsoleSocketEvents = {
  /** Full state: first join, every reconnect, every resync. */
  welcome(state: SessionState): void
  /** The next command in order: `seq` is exactly one past the last one delivered. */
  applied(command: Command, seq: number, at: number): void
  ack(id: string, seq: number): void
  error(code: string, message: string, id?: string): void
  /** Commands in flight when the line dropped: they may or may not have been applied (the resync tells). */
  lost(commands: Command[]): void
  pose(pose: PoseMessage): void
  presence(headset: boolean): void
  ended(): void
  status(status: ConnectionStatus): void
}

export type ConsoleSocketOptions = {
  url: string
  sessionId: string
  /** @default globalThis.WebSocket */
  createSocket?: (url: string) => SocketLike
  random?: () => number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
  /** @default { baseMs: 500, maxMs: 10 000 } */
  backoff?: { baseMs: number; maxMs: number }
  /** A line silent for two ping intervals is treated as dead. @default 10 000 */
  pingMs?: number
}

const OPEN = 1

/** Exponential backoff with ±30 % jitter, capped; never below half the base. */
export function retryDelay(
  attempt: number,
  random: () => number,
  o = { baseMs: 500, maxMs: 10_000 },
): number {
  const raw = Math.min(o.maxMs, o.baseMs * 2 ** Math.min(Math.max(0, attempt), 20))
  const jittered = raw * (1 + 0.3 * (Math.min(1, Math.max(0, random())) * 2 - 1))
  return Math.round(Math.min(o.maxMs, Math.max(o.baseMs / 2, jittered)))
}

/**
 * The console's one connection to a session: hello (the login cookie rides on the upgrade) → welcome, then
 * ordered `applied` commands. Reconnects with backoff and resyncs (hello again) after every drop and whenever a
 * sequence number is skipped. Commands typed while offline wait in a queue and go out after the resync.
 */
export class ConsoleSocket {
  status: ConnectionStatus = 'idle'
  seq: number | null = null
  private ws: SocketLike | null = null
  private attempt = 0
  private retryTimer: unknown = null
  private pingTimer: unknown = null
  private silentTicks = 0
  private awaitingWelcome = false
  private nextId = 1
  private queued: Array<{ id: string; command: Command }> = []
  private inFlight = new Map<string, Command>()
  private readonly listeners = new Map<keyof ConsoleSocketEvents, Set<(...a: never[]) => void>>()
  private readonly o: Required<ConsoleSocketOptions>

  constructor(options: ConsoleSocketOptions) {
    this.o = {
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      random: Math.random,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      backoff: { baseMs: 500, maxMs: 10_000 },
      pingMs: 10_000,
      // An option given as `undefined` keeps its default.
      ...(Object.fromEntries(
        Object.entries(options).filter(([, v]) => v !== undefined),
      ) as ConsoleSocketOptions),
    }
  }

  on<K extends keyof ConsoleSocketEvents>(event: K, fn: ConsoleSocketEvents[K]): () => void {
    let set = this.listeners.get(event)
    if (!set) this.listeners.set(event, (set = new Set()))
    set.add(fn as (...a: never[]) => void)
    return () => void set.delete(fn as (...a: never[]) => void)
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
      this.hello()
      this.startPing()
    }
    ws.onmessage = (ev) => {
      if (this.ws !== ws || typeof ev.data !== 'string') return
      this.silentTicks = 0
      const parsed = parseServerMessage(ev.data)
      // A frame we cannot read is dropped: the sequence check below turns any lost command into a resync.
      if (parsed.ok) this.handle(parsed.message)
    }
    ws.onerror = () => {}
    ws.onclose = () => {
      if (this.ws !== ws) return
      this.drop()
      if (this.status !== 'ended' && this.status !== 'closed') this.scheduleRetry()
    }
  }

  /** Reconnect now (window focused again, network back) instead of waiting out the backoff. */
  nudge(): void {
    if (this.ws || this.status === 'ended' || this.status === 'closed') return
    if (this.retryTimer !== null) this.o.clearTimer(this.retryTimer)
    this.retryTimer = null
    this.connect()
  }

  close(): void {
    this.setStatus('closed')
    this.teardown()
  }

  /** Sends (or queues until in sync) a command; returns its message id for the ack. */
  send(command: Command): string {
    const id = `c${this.nextId++}`
    if (this.status === 'open' && !this.awaitingWelcome) this.transmit(id, command)
    else this.queued.push({ id, command })
    return id
  }

  get queuedCount(): number {
    return this.queued.length
  }

  private handle(m: ServerMessage): void {
    switch (m.type) {
      case 'welcome':
        this.awaitingWelcome = false
        this.seq = m.state.seq
        this.attempt = 0
        this.setStatus('open')
        this.emit('welcome', m.state)
        for (const q of this.queued.splice(0)) this.transmit(q.id, q.command)
        return
      case 'applied':
        if (this.awaitingWelcome || this.seq === null || m.seq <= this.seq) return
        if (m.seq !== this.seq + 1) return this.hello()
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
        // Without a login or with a session that is gone, retrying cannot help.
        if (m.id === undefined && (m.code === 'forbidden' || m.code === 'not-found')) this.finish()
        return
      case 'pose':
        this.emit('pose', m)
        return
      case 'presence':
        this.emit('presence', m.headset)
        return
      case 'ended':
        this.finish()
        return
      case 'pong':
        return
    }
  }

  private hello(): void {
    this.awaitingWelcome = true
    this.raw({ v: PROTOCOL_VERSION, type: 'hello', role: 'therapist', sessionId: this.o.sessionId })
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
        const ws = this.ws
        this.drop()
        try {
          ws.close(4000, 'silent')
        } catch {
          /* already gone */
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
      const lost = [...this.inFlight.values()]
      this.inFlight.clear()
      this.emit('lost', lost)
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== null) return
    this.setStatus('reconnecting')
    const delay = retryDelay(this.attempt++, this.o.random, this.o.backoff)
    this.retryTimer = this.o.setTimer(() => {
      this.retryTimer = null
      this.connect()
    }, delay)
  }

  private finish(): void {
    if (this.status === 'ended') return
    this.setStatus('ended')
    this.teardown()
    this.emit('ended')
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
      /* already closed */
    }
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status) return
    this.status = status
    this.emit('status', status)
  }

  private emit<K extends keyof ConsoleSocketEvents>(
    event: K,
    ...args: Parameters<ConsoleSocketEvents[K]>
  ): void {
    for (const fn of this.listeners.get(event) ?? []) {
      try {
        ;(fn as (...a: Parameters<ConsoleSocketEvents[K]>) => void)(...args)
      } catch (e) {
        console.error('console socket listener failed', e)
      }
    }
  }
}

/** `ws://host/api/session/socket` (or wss on https) for the page's own origin. */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'>, path: string): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`
}
