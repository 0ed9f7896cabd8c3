import type { Clock } from '../../shared/clock'
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import type { RawData, WebSocket } from 'ws'
import { LOGIN_COOKIE } from '../../shared/session/http'
import { MAX_FRAME_BYTES, SESSION_SOCKET_PATH, msg } from '../../shared/session/protocol'
import type { ErrorCode, HelloMessage, ServerMessage } from '../../shared/session/protocol'
import type { Command } from '../../shared/session/commands'
import type { Accounts } from '../auth/accounts'
import { hashToken, readCookie } from '../auth/tokens'
import type { SessionStore } from '../storage/session-store'
import { HeadsetConnection } from './headset-connection'
import type { Participant } from './participant'
import { PoseCoalescer } from './pose-coalescer'
import { readClientFrame } from './pose-frame'
import type { SessionHub } from './session-hub'
import { authenticateHello } from './socket-auth'
import { createUpgradeGate, reject } from './socket-gate'
import type { GatePass } from './socket-gate'
import { DEFAULT_SOCKET_LIMITS } from './socket-limits'
import type { SocketLimits } from './socket-limits'
import { createSocketRegistry } from './socket-registry'
import type { SocketCredential, SocketRegistry } from './socket-registry'
import { TherapistConnection } from './therapist-connection'
import { TokenBucket } from './token-bucket'

export { DEFAULT_SOCKET_LIMITS }
export type { SocketLimits }

export interface SocketServerDeps {
  hub: SessionHub
  accounts: Accounts
  store: SessionStore
  now: Clock
  log: (message: string, err?: unknown) => void
  /** Origins allowed besides the server's own (e.g. a dev server). */
  allowedOrigins?: readonly string[]
  /** Whether a Host header names this server, as the HTTP gate decides it; when absent, any. */
  hostAllowed?: (header: string | undefined) => boolean
  /** The LAN access key (`npm start --lan`); when set, the upgrade needs it in `x-stillroom-key` or `?key=`. */
  accessKey?: string
  /** @default 10 s */
  helloTimeoutMs?: number
  limits?: Partial<SocketLimits>
  /** How often open sockets' logins and device tokens are checked again. @default 30 s */
  authRecheckMs?: number
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
  const limits: SocketLimits = { ...DEFAULT_SOCKET_LIMITS, ...deps.limits }
  const gate = createUpgradeGate({
    allowedOrigins: deps.allowedOrigins,
    hostAllowed: deps.hostAllowed,
    accessKey: deps.accessKey,
    socketsPerAddress: limits.socketsPerAddress,
    strangers: limits.strangers,
    badFramesPer10s: limits.badFramesPer10s,
    now: deps.now,
  })
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
      const verdict = gate.admit(request)
      if (!verdict.ok) {
        reject(socket, verdict.status, verdict.text)
        return
      }
      // The address's slot is held as long as the connection, whether or not the handshake completes.
      socket.once('close', verdict.release)
      if (socket.destroyed) verdict.release()
      wss.handleUpgrade(request, socket, head, (ws) => {
        try {
          handleSocket(ws, request, verdict, deps, limits, coalescer, registry)
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

function handleSocket(
  ws: WebSocket,
  request: IncomingMessage,
  pass: GatePass,
  deps: SocketServerDeps,
  limits: SocketLimits,
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
  const frames = new TokenBucket(limits.framesPerSecond, limits.framesPerSecond * 2, deps.now)
  const commands = new TokenBucket(limits.commandsPerSecond, limits.commandsPerSecond * 4, deps.now)
  const words = new TokenBucket(
    limits.describesPerMinute / 60,
    Math.max(10, limits.describesPerMinute / 3),
    deps.now,
  )
  const hellos = new TokenBucket(limits.hellosPerSecond, limits.hellosPerSecond * 5, deps.now)

  const send = (message: ServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message))
  }
  const fail = (code: ErrorCode, message: string, id?: string) => {
    send(msg.error(code, message, id))
    // A client that keeps sending garbage is cut off; a well-behaved one never gets near this.
    if (!pass.badFrame()) ws.close(1008, 'too many bad frames')
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
    const bound = await authenticateHello(deps, cookie, message)
    if ('code' in bound) {
      send(msg.error(bound.code, bound.message))
      ws.close(1008, bound.code)
      return
    }
    if (ws.readyState !== ws.OPEN) return
    clearTimeout(helloTimer)
    pass.greeted()
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

  const onFrame = async (data: RawData, isBinary: boolean) => {
    const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data.byteLength
    if (!participant && !helloBusy && size > limits.preHelloFrameBytes) {
      // Nobody we know yet: a stranger may not make the server buffer and parse big frames. (While a hello is being
      // checked, frames sent right behind it are judged as before, so a client that does not wait is not cut off.)
      send(
        msg.error(
          'too-large',
          `Say hello first; until then frames must be at most ${limits.preHelloFrameBytes} bytes.`,
        ),
      )
      ws.close(1009, 'frame too large before hello')
      return
    }
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
        // Each hello is answered with the whole state: a flood of them must not turn into a flood of states.
        if (!hellos.take()) return fail('rate-limited', 'Too many hellos; slow down.')
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
        if (carriesWords(message.command) && !words.take()) {
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

/**
 * Commands whose words the server reads (risk screen, interpretation, the trauma screen): their own, slower limit,
 * like the solo API's. A refinement counts when it brings words; a quick choice alone ("Warmer") does not.
 */
function carriesWords(command: Command): boolean {
  return (
    command.type === 'describe' || command.type === 'edit' || (command.type === 'refine' && !!command.text)
  )
}
