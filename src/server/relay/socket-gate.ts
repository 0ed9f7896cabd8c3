import type { Clock } from '../../shared/clock'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { limitKey } from '../client-address'
import { ACCESS_KEY_HEADER, createKeyChecker, oddTarget } from '../security'
import { TokenBucket } from './token-bucket'

export interface UpgradeGateOptions {
  /** Origins allowed besides the server's own (e.g. a dev server). */
  allowedOrigins?: readonly string[] | undefined
  /** Whether a Host header names this server (see `createHostAllowList`); when absent, any. */
  hostAllowed?: ((header: string | undefined) => boolean) | undefined
  /** The LAN access key; when set, an upgrade without it is refused like any /api request. */
  accessKey?: string | undefined
  /** Open sockets one address (an IPv6 /64) may hold at once. */
  socketsPerAddress: number
  /** Sockets from everyone together that have not said hello yet. */
  strangers: number
  /** Bad frames one address may send per 10 s, over all its sockets and reconnects. */
  badFramesPer10s: number
  now: Clock
}

/** What an admitted upgrade holds until its connection closes. */
export interface GatePass {
  ok: true
  /** Frees the address's slot (and the stranger slot, if still held). Safe to call twice. */
  release(): void
  /** The socket said hello and was accepted: it is no longer a stranger. */
  greeted(): void
  /** Counts one bad frame against the address; false when its budget is spent (close the socket). */
  badFrame(): boolean
}

export type GateVerdict = GatePass | { ok: false; status: number; text: string }

/** Addresses whose bad-frame budget is remembered; the least recently seen is forgotten first. */
const REMEMBERED_ADDRESSES = 10_000

/**
 * Decides on each upgrade before any socket exists, so a refused caller costs one HTTP answer and nothing held.
 * Budgets belong to the address, not to the socket: a prober that reconnects after being cut off finds its budget
 * still spent, and one that opens many sockets shares one budget among them.
 */
export function createUpgradeGate(options: UpgradeGateOptions) {
  const allowed = new Set(options.allowedOrigins ?? [])
  const keyMatches = options.accessKey ? createKeyChecker(options.accessKey) : undefined
  const open = new Map<string, number>()
  const bad = new Map<string, TokenBucket>()
  let strangers = 0

  const budgetOf = (address: string): TokenBucket => {
    let bucket = bad.get(address)
    if (bucket)
      bad.delete(address) // re-inserted below: Map order doubles as least-recently-used order
    else bucket = new TokenBucket(options.badFramesPer10s / 10, options.badFramesPer10s, options.now)
    bad.set(address, bucket)
    if (bad.size > REMEMBERED_ADDRESSES) bad.delete(bad.keys().next().value as string)
    return bucket
  }
  const release = (address: string) => {
    const n = (open.get(address) ?? 1) - 1
    if (n <= 0) open.delete(address)
    else open.set(address, n)
  }

  return {
    admit(request: IncomingMessage): GateVerdict {
      const odd = oddTarget(request.url ?? '')
      if (odd)
        return { ok: false, status: odd.status, text: odd.status === 400 ? 'Bad Request' : 'Not Found' }
      // A page on another site that points its own name at this server (DNS rebinding) must not get a socket.
      if (options.hostAllowed && !options.hostAllowed(request.headers.host))
        return { ok: false, status: 421, text: 'Misdirected Request' }
      if (!originAllowed(request, allowed)) return { ok: false, status: 403, text: 'Forbidden' }
      if (keyMatches && !keyMatches(keyOf(request))) return { ok: false, status: 401, text: 'Unauthorized' }
      const address = limitKey(request.socket.remoteAddress)
      if (bad.get(address)?.spent()) return { ok: false, status: 429, text: 'Too Many Requests' }
      const held = open.get(address) ?? 0
      // Several headsets and consoles of one clinic may share an address behind NAT; hundreds may not.
      if (held >= options.socketsPerAddress) return { ok: false, status: 429, text: 'Too Many Requests' }
      // Many addresses each holding a few silent sockets would add up: strangers together have one ceiling.
      if (strangers >= options.strangers) return { ok: false, status: 503, text: 'Service Unavailable' }
      open.set(address, held + 1)
      strangers += 1
      let stranger = true
      let released = false
      const greeted = () => {
        if (!stranger) return
        stranger = false
        strangers -= 1
      }
      return {
        ok: true,
        greeted,
        badFrame: () => budgetOf(address).take(),
        release: () => {
          if (released) return
          released = true
          greeted()
          release(address)
        },
      }
    },
    /** Open sockets per address, for tests. */
    held: (address: string) => open.get(address) ?? 0,
    /** Sockets that have not said hello, for tests. */
    strangers: () => strangers,
  }
}

export type UpgradeGate = ReturnType<typeof createUpgradeGate>

/** Answers an upgrade we will not take with a plain HTTP status and hangs up. */
export function reject(socket: Duplex, status: number, text: string): void {
  socket.write(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
  socket.destroy()
}

/** Same origin as the Host the browser connected to, or explicitly allowed. A missing Origin is refused. */
export function originAllowed(request: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  const origin = request.headers.origin
  if (typeof origin !== 'string') return false
  if (allowed.has(origin)) return true
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return false
  }
  return typeof request.headers.host === 'string' && host.toLowerCase() === request.headers.host.toLowerCase()
}

/** The key from the `x-stillroom-key` header, else from `?key=` (a browser cannot set headers on a WebSocket). */
function keyOf(request: IncomingMessage): string | undefined {
  const header = request.headers[ACCESS_KEY_HEADER]
  if (typeof header === 'string') return header
  const query = (request.url ?? '').split('?')[1]
  if (query === undefined) return undefined
  const keys = new URLSearchParams(query).getAll('key')
  // Two keys are as ambiguous here as on the HTTP routes, where they arrive as an array and are refused.
  return keys.length === 1 ? keys[0] : undefined
}
