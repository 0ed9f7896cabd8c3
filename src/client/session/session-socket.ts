import { backoffDelay, DEFAULT_BACKOFF } from './backoff'
import type { ConnectionStatus, SessionSocketEvents, SessionSocketOptions, SocketLike } from './socket-types'
import type { PoseMessage, ServerMessage, WireCommand } from './wire'

export type { ConnectionStatus, SessionSocketEvents, SessionSocketOptions, SocketLike }

const OPEN = 1
/** Error codes after which this device can never get back in: stop and forget. */
const REVOKED = new Set(['forbidden', 'not-found'])

/**
 * The headset's one connection to its session. Reconnects with exponential backoff and jitter, resyncs with
 * hello → welcome after every reconnect and whenever an `applied` sequence number skips, orders and acknowledges
 * commands, and drops pose frames rather than queueing them.
 */
export class SessionSocket {
  status: ConnectionStatus = 'idle'
  /** Last sequence number delivered; null until the first welcome. */
  seq: number | null = null
  private ws: SocketLike | null = null
  private attempt = 0
  private retryTimer: unknown = null
  private pingTimer: unknown = null
  private lastHeard = 0
  private awaitingWelcome = false
  private nextId = 1
  private queued: Array<{ id: string; command: WireCommand }> = []
  private inFlight = new Map<string, WireCommand>()
  private listeners: { [K in keyof SessionSocketEvents]: Set<SessionSocketEvents[K]> } = {
    welcome: new Set(),
    applied: new Set(),
    ack: new Set(),
    error: new Set(),
    lost: new Set(),
    ended: new Set(),
    status: new Set(),
  }
  private readonly o: Required<Omit<SessionSocketOptions, 'createSocket'>> & {
    createSocket: (url: string) => SocketLike
  }
  private clock = 0

  constructor(options: SessionSocketOptions) {
    this.o = {
      random: Math.random,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
      backoff: DEFAULT_BACKOFF,
      pingMs: 10_000,
      maxBuffered: 16_384,
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      ...options,
    }
  }

  on<K extends keyof SessionSocketEvents>(event: K, fn: SessionSocketEvents[K]): () => void {
    const set = this.listeners[event] as Set<SessionSocketEvents[K]>
    set.add(fn)
    return () => void set.delete(fn)
  }

  connect(): void {
    if (this.status === 'ended' || this.status === 'closed') return
    if (this.ws) return
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
      this.heard()
      this.sendHello()
      this.startPing()
    }
    ws.onmessage = (ev) => {
      if (this.ws !== ws || typeof ev.data !== 'string') return
      this.heard()
      const msg = this.o.parse(ev.data)
      if (msg) this.handle(msg)
    }
    ws.onerror = () => {
      // onclose follows and does the work.
    }
    ws.onclose = () => {
      if (this.ws !== ws) return
      this.dropConnection()
      if (this.status !== 'ended' && this.status !== 'closed') this.scheduleRetry()
    }
  }

  /** Reconnect at once (page visible again, network back) instead of waiting out the backoff. */
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

  /** Queues a command; it is sent once the session is in sync. Returns its message id. */
  sendCommand(command: WireCommand): string {
    const id = `h${this.nextId++}`
    if (this.status === 'open' && !this.awaitingWelcome) this.transmit(id, command)
    else this.queued.push({ id, command })
    return id
  }

  /** Sends a pose frame if the line is free; returns false when it was dropped (latest wins). */
  sendPose(pose: Omit<PoseMessage, 'v' | 'type'>): boolean {
    const ws = this.ws
    if (!ws || ws.readyState !== OPEN || this.status !== 'open') return false
    if (ws.bufferedAmount > this.o.maxBuffered) return false
    return this.raw({ v: 1, type: 'pose', ...pose })
  }

  /** Monotonic count of time for tests that drive timers by hand. */
  get ticks(): number {
    return this.clock
  }

  private handle(msg: ServerMessage): void {
    switch (msg.type) {
      case 'welcome': {
        this.awaitingWelcome = false
        this.seq = msg.state.seq
        this.attempt = 0
        this.setStatus('open')
        this.emit('welcome', msg.state)
        const queued = this.queued
        this.queued = []
        for (const q of queued) this.transmit(q.id, q.command)
        return
      }
      case 'applied': {
        if (this.awaitingWelcome || this.seq === null) return
        if (msg.seq <= this.seq) return // a duplicate after a resync: already in the state
        if (msg.seq !== this.seq + 1) {
          this.resync()
          return
        }
        this.seq = msg.seq
        this.emit('applied', msg.command, msg.seq, msg.at)
        return
      }
      case 'ack':
        this.inFlight.delete(String(msg.id))
        this.emit('ack', String(msg.id), msg.seq)
        return
      case 'error':
        if (msg.id !== undefined) this.inFlight.delete(String(msg.id))
        if (msg.id === undefined && REVOKED.has(msg.code)) {
          this.finish('revoked')
          return
        }
        this.emit('error', msg.code, msg.message, msg.id === undefined ? undefined : String(msg.id))
        return
      case 'ended':
        this.finish('ended')
        return
      case 'pong':
      case 'pose':
      case 'presence':
        return
    }
  }

  /** Asks for the full state again on the same connection; `applied` frames are ignored until it comes. */
  private resync(): void {
    this.awaitingWelcome = true
    this.sendHello()
  }

  private sendHello(): void {
    this.awaitingWelcome = true
    this.raw(this.o.hello())
  }

  private transmit(id: string, command: WireCommand): void {
    this.inFlight.set(id, command)
    if (!this.raw({ v: 1, type: 'command', id, command })) {
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

  private heard(): void {
    this.lastHeard = this.clock
  }

  private startPing(): void {
    this.stopPing()
    const tick = () => {
      this.clock += 1
      if (!this.ws) return
      if (this.clock - this.lastHeard > 2) {
        // Silent for two intervals: the line is dead even if the browser has not noticed.
        const ws = this.ws
        this.dropConnection()
        try {
          ws.close(4000, 'silent')
        } catch {
          // already gone
        }
        this.scheduleRetry()
        return
      }
      this.raw({ v: 1, type: 'ping' })
      this.pingTimer = this.o.setTimer(tick, this.o.pingMs)
    }
    this.pingTimer = this.o.setTimer(tick, this.o.pingMs)
  }

  private stopPing(): void {
    if (this.pingTimer !== null) this.o.clearTimer(this.pingTimer)
    this.pingTimer = null
  }

  private dropConnection(): void {
    const ws = this.ws
    this.ws = null
    this.stopPing()
    this.awaitingWelcome = false
    if (ws) ws.onopen = ws.onclose = ws.onmessage = ws.onerror = null
    if (this.inFlight.size) {
      const ids = [...this.inFlight.keys()]
      this.inFlight.clear()
      this.emit('lost', ids)
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
    this.dropConnection()
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
        console.error('session listener failed', e)
      }
    }
  }
}
