import type { BackoffOptions } from './backoff'
import type { HelloMessage, ServerMessage, WireCommand, WireState } from './wire'

/** The subset of the browser WebSocket the socket uses, so tests hand in a fake. */
export type SocketLike = {
  readonly readyState: number
  readonly bufferedAmount: number
  send(data: string): void
  close(code?: number, reason?: string): void
  onopen: ((ev: unknown) => void) | null
  onclose: ((ev: { code: number; reason: string }) => void) | null
  onerror: ((ev: unknown) => void) | null
  onmessage: ((ev: { data: unknown }) => void) | null
}

export type ConnectionStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'ended' | 'closed'

export type SessionSocketEvents = {
  /** Full state: first join, every reconnect, every resync. */
  welcome(state: WireState): void
  /** The next command in order (`seq` is exactly one more than the last one delivered). */
  applied(command: WireCommand, seq: number, at: number): void
  ack(id: string, seq: number): void
  /** A command this socket sent was refused, or a frame of ours was bad. */
  error(code: string, message: string, id?: string): void
  /** Commands that were in flight when the connection dropped: they may or may not have arrived. */
  lost(ids: string[]): void
  /** The session is over (or our device token no longer opens it): never reconnect. */
  ended(reason: 'ended' | 'revoked'): void
  status(status: ConnectionStatus): void
}

export type SessionSocketOptions = {
  url: string
  /** Built at each (re)connect so a fresh device token or session id is always sent. */
  hello: () => HelloMessage
  /** @default globalThis.WebSocket */
  createSocket?: (url: string) => SocketLike
  /** Parses one text frame; returns null for anything that is not a valid server message. */
  parse: (data: string) => ServerMessage | null
  random?: () => number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
  backoff?: BackoffOptions
  /** Ping interval; a connection silent for two intervals is treated as dead. @default 10 000 ms */
  pingMs?: number
  /** Pose frames are skipped while this much is still queued: latest wins, never a backlog. @default 16 KB */
  maxBuffered?: number
}
