import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { ACCESS_KEY_HEADER, createKeyChecker } from '../security'

export interface UpgradeGateOptions {
  /** Origins allowed besides the server's own (e.g. a dev server). */
  allowedOrigins?: readonly string[] | undefined
  /** The LAN access key; when set, an upgrade without it is refused like any /api request. */
  accessKey?: string | undefined
  /** Open sockets one address may hold at once. */
  socketsPerAddress: number
}

export type GateVerdict = { ok: true; release: () => void } | { ok: false; status: number; text: string }

/**
 * Decides on each upgrade before any socket exists, so a refused caller costs one HTTP answer and nothing held.
 * An admitted upgrade holds a slot of its address until `release` (the TCP connection closed).
 */
export function createUpgradeGate(options: UpgradeGateOptions) {
  const allowed = new Set(options.allowedOrigins ?? [])
  const keyMatches = options.accessKey ? createKeyChecker(options.accessKey) : undefined
  const open = new Map<string, number>()

  const release = (address: string) => {
    const n = (open.get(address) ?? 1) - 1
    if (n <= 0) open.delete(address)
    else open.set(address, n)
  }

  return {
    admit(request: IncomingMessage): GateVerdict {
      if (!originAllowed(request, allowed)) return { ok: false, status: 403, text: 'Forbidden' }
      if (keyMatches && !keyMatches(keyOf(request))) return { ok: false, status: 401, text: 'Unauthorized' }
      const address = addressOf(request)
      const held = open.get(address) ?? 0
      // Several headsets and consoles of one clinic may share an address behind NAT; hundreds may not.
      if (held >= options.socketsPerAddress) return { ok: false, status: 429, text: 'Too Many Requests' }
      open.set(address, held + 1)
      let released = false
      return {
        ok: true,
        release: () => {
          if (released) return
          released = true
          release(address)
        },
      }
    },
    /** Open sockets per address, for tests. */
    held: (address: string) => open.get(address) ?? 0,
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

/** The peer's address; an IPv4 peer on a dual-stack socket counts the same as on a plain one. */
function addressOf(request: IncomingMessage): string {
  const address = request.socket.remoteAddress ?? 'unknown'
  return address.startsWith('::ffff:') ? address.slice(7) : address
}
