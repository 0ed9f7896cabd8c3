import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import type { RawData, WebSocket } from 'ws'
import { LOGIN_COOKIE } from '../../shared/session/http'
import { MAX_FRAME_BYTES, SESSION_SOCKET_PATH, msg } from '../../shared/session/protocol'
import type { ErrorCode, HelloMessage, ServerMessage } from '../../shared/session/protocol'
import type { Accounts } from '../auth/accounts'
import { hashToken, readCookie } from '../auth/tokens'
import type { SessionStore } from '../storage/session-store'
import { HeadsetConnection } from './headset-connection'
import type { Participant } from './participant'
import { PoseCoalescer } from './pose-coalescer'
import { readClientFrame } from './pose-frame'
import type { SessionHub } from './session-hub'
import { createSocketRegistry } from './socket-registry'
import type { SocketCredential, SocketRegistry } from './socket-registry'
import { TherapistConnection } from './therapist-connection'
import { TokenBucket } from './token-bucket'

export interface SocketServerDeps {
  hub: SessionHub
  accounts: Accounts
  store: SessionStore
  now: () => number
  log: (message: string, err?: unknown) => void
  /** Origins allowed besides the server's own (e.g. a dev server). */
  allowedOrigins?: readonly string[]
  /** @default 10 s */
  helloTimeoutMs?: number
  limits?: Partial<SocketLimits>
  /** How often open sockets' logins and device tokens are checked again. @default 30 s */
  authRecheckMs?: number
}

/** Per-socket limits. Generous for a person, tight for a runaway script. */
export interface SocketLimits {
  /** Frames of any kind (pose at 30 Hz included). @default 120 a second, bursts of 240 */
  framesPerSecond: number
  /** Commands. @default 10 a second, bursts of 40 */
  commandsPerSecond: number
  /** Bad frames tolerated per 10 s before the socket is closed (1008). @default 100 */
  badFramesPer10s: number
  /** `describe`/`edit` (interpreted and screened on the server), as the solo API allows. @default 30 a minute, bursts of 10 */
  describesPerMinute: number
}
export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  framesPerSecond: 120,
  commandsPerSecond: 10,
  badFramesPer10s: 100,
  describesPerMinute: 30,
}

/** Above this the socket library itself drops the connection (1009); up to it we answer `too-large`. */
const HARD_MAX_PAYLOAD = 1024 * 1024

export interface SessionSockets {
  close(): Promise<void>
  /** Open sockets, for tests and the bench. */
  count(): number
  /** Closes the consoles signed in with this login token (sign-out). Returns how many. */
  closeLogin(token: string): number
  /** Closes the headset socket of this device token (forgotten). Returns how many. */
  closeDevice(token: string): number
}

/**
 * The session WebSocket at `/api/session/socket`, on the fastify server's own `upgrade` event.
 * Each socket starts anonymous and becomes a TherapistConnection or HeadsetConnection on `hello`.
 */
export function attachSessionSockets(server: Server, deps: SocketServerDeps): SessionSockets {
  const wss = new WebSocketServer({ noServer: true, maxPayload: HARD_MAX_PAYLOAD, perMessageDeflate: false })
  const allowed = new Set(deps.allowedOrigins ?? [])
  const coalescer = new PoseCoalescer({ onError: (err) => deps.log('pose relay failed', err) })
  const registry = createSocketRegistry({ recheckMs: deps.authRecheckMs ?? 30_000, log: deps.log })

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    try {
      const pathname = (request.url ?? '').split('?')[0]
      if (pathname !== SESSION_SOCKET_PATH) {
        // Not ours (vite's HMR socket in dev has its own server): leave it alone unless nobody else handles it.
        if (server.listenerCount('upgrade') === 1) reject(socket, 404, 'Not Found')
        return
      }
      if (!originAllowed(request, allowed)) {
        reject(socket, 403, 'Forbidden')
        return
      }
      wss.handleUpgrade(request, socket, head, (ws) => {
        try {
          handleSocket(ws, request, deps, coalescer, registry)
        } catch (err) {
          deps.log('session socket setup failed', err)
          ws.close(1011, 'server error')
        }
      })
    } catch (err) {
      deps.log('session upgrade failed', err)
      socket.destroy()
    }
  }
  server.on('upgrade', onUpgrade)

  return {
    count: () => wss.clients.size,
    closeLogin: (token) => registry.revoke('login', hashToken(token)),
    closeDevice: (token) => registry.revoke('device', hashToken(token)),
    async close() {
      server.off('upgrade', onUpgrade)
      coalescer.stop()
      registry.stop()
      // 1001 tells clients to reconnect with backoff (to this server once it is back).
      for (const ws of wss.clients) ws.close(1001, 'server stopping')
      const closed = new Promise<void>((resolve) => wss.close(() => resolve()))
      // Sockets that do not finish the closing handshake soon are cut, or shutdown would wait for them.
      const timer = setTimeout(() => {
        for (const ws of wss.clients) ws.terminate()
      }, 500)
      await closed
      clearTimeout(timer)
    },
  }
}

function reject(socket: Duplex, status: number, text: string): void {
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

function handleSocket(
  ws: WebSocket,
  request: IncomingMessage,
  deps: SocketServerDeps,
  coalescer: PoseCoalescer,
  registry: SocketRegistry,
): void {
  const cookie = readCookie(request.headers.cookie, LOGIN_COOKIE)
  let participant: Participant | undefined
  let credential: SocketCredential | undefined
  // Checks run one after another, so commands still reach the hub in the order they came.
  let checks: Promise<boolean> = Promise.resolve(true)
  const stillValid = (c: SocketCredential) => (checks = checks.then(() => c.stillValid().catch(() => false)))
  let helloBusy = false
  const limits = { ...DEFAULT_SOCKET_LIMITS, ...deps.limits }
  const frames = new TokenBucket(limits.framesPerSecond, limits.framesPerSecond * 2, deps.now)
  const commands = new TokenBucket(limits.commandsPerSecond, limits.commandsPerSecond * 4, deps.now)
  const badFrames = new TokenBucket(limits.badFramesPer10s / 10, limits.badFramesPer10s, deps.now)
  const words = new TokenBucket(
    limits.describesPerMinute / 60,
    Math.max(10, limits.describesPerMinute / 3),
    deps.now,
  )

  const send = (message: ServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message))
  }
  const fail = (code: ErrorCode, message: string, id?: string) => {
    send(msg.error(code, message, id))
    // A client that keeps sending garbage is cut off; a well-behaved one never gets near this.
    if (!badFrames.take()) ws.close(1008, 'too many bad frames')
  }
  const helloTimer = setTimeout(() => {
    if (!participant) ws.close(1008, 'no hello')
  }, deps.helloTimeoutMs ?? 10_000)

  const hello = async (message: HelloMessage) => {
    if (participant) {
      // A repeated hello is a resync request: same session, same role, fresh full state.
      if (
        message.role !== participant.role ||
        (message.sessionId && message.sessionId !== participant.sessionId)
      ) {
        fail('forbidden', 'This socket already belongs to another session or role; open a new one.')
        return
      }
      // A fresh full state only for a credential that still holds.
      if (credential && !(await stillValid(credential))) return registry.shut(ws, credential.kind)
      const state = await deps.hub.state(participant.sessionId)
      if (state) participant.welcome(state)
      return
    }
    const bound = await authenticate(message)
    if ('code' in bound) {
      send(msg.error(bound.code, bound.message))
      ws.close(1008, bound.code)
      return
    }
    if (ws.readyState !== ws.OPEN) return
    clearTimeout(helloTimer)
    const signedIn = (credential = bound.credential)
    registry.add(ws, signedIn)
    // A sign-out between the check in authenticate and now found no socket to close: look once more.
    void stillValid(signedIn).then((ok) => ok || registry.shut(ws, signedIn.kind))
    participant =
      bound.role === 'therapist'
        ? new TherapistConnection(ws, deps.hub, bound.sessionId)
        : new HeadsetConnection(ws, deps.hub, bound.sessionId, coalescer)
    const state = deps.hub.current(bound.sessionId) ?? (await deps.hub.state(bound.sessionId))
    if (state) participant.welcome(state)
    else {
      participant.error('not-found', 'There is no such session.')
      ws.close(1008, 'not-found')
    }
  }

  const authenticate = async (
    message: HelloMessage,
  ): Promise<
    | { role: 'therapist' | 'headset'; sessionId: string; credential: SocketCredential }
    | { code: ErrorCode; message: string }
  > => {
    if (message.role === 'therapist') {
      const user = await deps.accounts.userForToken(cookie)
      if (!user) return { code: 'forbidden', message: 'Sign in to the console first.' }
      if (!message.sessionId) return { code: 'bad-frame', message: 'hello from a console needs a sessionId.' }
      const state = await deps.hub.state(message.sessionId)
      if (!state) return { code: 'not-found', message: 'There is no such session.' }
      // Only the therapist who owns the session may watch or steer it; others learn nothing about it.
      if (state.therapistId !== user.id) return { code: 'not-found', message: 'There is no such session.' }
      const stillValid = async () => (await deps.accounts.userForToken(cookie))?.id === user.id
      const tokenHash = hashToken(cookie ?? '')
      return { role: 'therapist', sessionId: state.id, credential: { kind: 'login', tokenHash, stillValid } }
    }
    if (!message.deviceToken)
      return { code: 'forbidden', message: 'This headset is not paired. Enter a pairing code.' }
    const tokenHash = hashToken(message.deviceToken)
    const sessionId = await deps.store.getDeviceSession(tokenHash)
    if (!sessionId) {
      return {
        code: 'forbidden',
        message: 'This headset is no longer paired (the session ended). Enter a new code.',
      }
    }
    if (message.sessionId && message.sessionId !== sessionId) {
      return { code: 'forbidden', message: 'This device token belongs to another session.' }
    }
    // The token outlived its session's record (damaged or removed): nothing to join.
    if (!(await deps.hub.state(sessionId))) return { code: 'not-found', message: 'There is no such session.' }
    const stillValid = async () => (await deps.store.getDeviceSession(tokenHash)) === sessionId
    return { role: 'headset', sessionId, credential: { kind: 'device', tokenHash, stillValid } }
  }

  const onFrame = async (data: RawData, isBinary: boolean) => {
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength
    if (size > MAX_FRAME_BYTES) return fail('too-large', `Frames must be at most ${MAX_FRAME_BYTES} bytes.`)
    if (isBinary) return fail('bad-frame', 'Send JSON text frames, not binary.')
    if (!frames.take()) return fail('rate-limited', 'Too many messages; slow down.')
    const text = Buffer.isBuffer(data)
      ? data.toString('utf8')
      : Buffer.from(data as ArrayBuffer).toString('utf8')
    // Most frames are poses: a well-formed one skips the schema; anything else gets the full parse.
    const parsed = readClientFrame(text)
    if (!parsed.ok) return fail(parsed.code, parsed.message, parsed.id)
    const message = parsed.message
    switch (message.type) {
      case 'ping':
        send(msg.pong())
        return
      case 'hello':
        if (helloBusy) return fail('bad-frame', 'A hello is already being handled.')
        helloBusy = true
        try {
          await hello(message)
        } finally {
          helloBusy = false
        }
        return
      case 'command':
        if (!participant) return fail('forbidden', 'Say hello first.', message.id)
        if (!commands.take()) return fail('rate-limited', 'Too many commands; slow down.', message.id)
        if ((message.command.type === 'describe' || message.command.type === 'edit') && !words.take()) {
          return fail('rate-limited', 'Too many descriptions at once; please wait a moment.', message.id)
        }
        // Signed out, run out or forgotten since hello: nothing more gets steered through this socket.
        if (credential && !(await stillValid(credential))) return registry.shut(ws, credential.kind)
        await participant.command(message.id, message.command)
        return
      case 'pose':
        if (!participant) return fail('forbidden', 'Say hello first.')
        if (participant.role !== 'headset') return fail('forbidden', 'Only the headset sends its pose.')
        participant.pose(message, text)
        return
    }
  }

  ws.on('message', (data, isBinary) => {
    // Every handler is wrapped: no frame, however broken, can take the server down.
    onFrame(data, isBinary).catch((err: unknown) => {
      deps.log('session frame failed', err)
      send(msg.error('bad-frame', 'The message could not be handled.'))
    })
  })
  ws.on('error', (err) => {
    deps.log('session socket error', err)
  })
  ws.on('close', () => {
    clearTimeout(helloTimer)
    participant?.close()
  })
}
