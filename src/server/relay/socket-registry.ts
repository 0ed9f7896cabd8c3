import type { WebSocket } from 'ws'
import { msg } from '../../shared/session/protocol'

/** What a socket signed in with at hello: a therapist's login token or a headset's device token, hashed. */
export interface SocketCredential {
  kind: 'login' | 'device'
  tokenHash: string
  /** Whether the credential still opens this socket's session (asked again now and then, and per command). */
  stillValid(): Promise<boolean>
}

/**
 * The open, authenticated session sockets by the credential they signed in with. A socket is only checked at
 * hello; without this, signing out, a login running out or a forgotten headset would leave its socket open,
 * watching and steering, until it happened to drop.
 */
export interface SocketRegistry {
  /** Remembers a socket that said hello; it is forgotten when it closes. */
  add(ws: WebSocket, credential: SocketCredential): void
  /** Closes every socket signed in with this credential (sign-out, a forgotten headset). Returns how many. */
  revoke(kind: SocketCredential['kind'], tokenHash: string): number
  /** Closes one socket whose credential turned out no longer valid. */
  shut(ws: WebSocket, kind: SocketCredential['kind']): void
  stop(): void
}

const GONE = {
  login: 'Your sign-in has ended. Please sign in to the console again.',
  device: 'This headset is no longer paired. Enter a new code.',
} as const

export function createSocketRegistry(options: {
  /** How often every socket's credential is checked again (a login that ran out, a token revoked elsewhere). */
  recheckMs: number
  log: (message: string, err?: unknown) => void
}): SocketRegistry {
  const byKey = new Map<string, Map<WebSocket, SocketCredential>>()
  const keyOf = (kind: SocketCredential['kind'], tokenHash: string) => `${kind}:${tokenHash}`

  const shut = (ws: WebSocket, kind: SocketCredential['kind']) => {
    if (ws.readyState !== ws.OPEN) return
    // An error without a message id: the client learns that retrying with the same credential cannot help.
    ws.send(JSON.stringify(msg.error('forbidden', GONE[kind])))
    ws.close(1008, kind === 'login' ? 'signed out' : 'unpaired')
  }

  let checking = false
  const recheck = async () => {
    if (checking) return
    checking = true
    try {
      const all = [...byKey.values()].flatMap((sockets) => [...sockets])
      for (const [ws, credential] of all) {
        if (!(await credential.stillValid().catch(() => false))) shut(ws, credential.kind)
      }
    } catch (err) {
      options.log('socket credential check failed', err)
    } finally {
      checking = false
    }
  }
  const timer = setInterval(() => void recheck(), options.recheckMs)
  timer.unref()

  return {
    add(ws, credential) {
      const key = keyOf(credential.kind, credential.tokenHash)
      const sockets = byKey.get(key) ?? new Map<WebSocket, SocketCredential>()
      sockets.set(ws, credential)
      byKey.set(key, sockets)
      ws.once('close', () => {
        sockets.delete(ws)
        if (sockets.size === 0 && byKey.get(key) === sockets) byKey.delete(key)
      })
    },
    revoke(kind, tokenHash) {
      const sockets = byKey.get(keyOf(kind, tokenHash))
      if (!sockets) return 0
      for (const ws of sockets.keys()) shut(ws, kind)
      return sockets.size
    },
    shut,
    stop() {
      clearInterval(timer)
    },
  }
}
