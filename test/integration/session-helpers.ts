import path from 'node:path'
import { WebSocket } from 'ws'
import { createAccounts } from '../../src/server/auth/accounts'
import { createApp } from '../../src/server/app'
import type { AppOptions } from '../../src/server/app'
import { createStorage } from '../../src/server/storage'
import type { Storage } from '../../src/server/storage'
import type { CreateSessionResponse, PairResponse } from '../../src/shared/session/http'
import { SESSION_SOCKET_PATH, parseServerMessage } from '../../src/shared/session/protocol'
import type { ServerMessage } from '../../src/shared/session/protocol'
import { fakeInterpret, makeTempDir } from './helpers'

export const FAST_SCRYPT = { N: 1024, r: 8, p: 1 }
export const PASSWORD = 'a calm long password'

export interface SessionServer {
  app: Awaited<ReturnType<typeof createApp>>
  storage: Storage
  dbFile: string
  port: number
  origin: string
  clock: { ms: number | null }
  close(): Promise<void>
}

/** A real server on port 0 with a database file in `dir`. `clock.ms` overrides the time when set. */
export async function startSessionServer(
  dir: string,
  options: Partial<AppOptions> = {},
  clock: { ms: number | null } = { ms: null },
): Promise<SessionServer> {
  const dbFile = path.join(dir, 'stillroom.db')
  const storage = createStorage(dbFile, { warn: () => {} })
  const app = await createApp({
    storage,
    interpret: fakeInterpret,
    rateLimit: false,
    now: () => new Date(clock.ms ?? Date.now()),
    ...options,
    session: { scrypt: FAST_SCRYPT, ...options.session },
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    app,
    storage,
    dbFile,
    port,
    origin: `http://127.0.0.1:${port}`,
    clock,
    async close() {
      await app.close()
      await storage.close()
    },
  }
}

export async function addTherapist(storage: Storage, name: string, totp = false) {
  const accounts = createAccounts(storage.sessions!, { scrypt: FAST_SCRYPT })
  return accounts.createUser({ name, role: 'therapist', password: PASSWORD, totp })
}

/** Logs in and returns the cookie header value. */
export async function login(server: SessionServer, name: string, password = PASSWORD): Promise<string> {
  const res = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { name, password } })
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`)
  const setCookie = String(res.headers['set-cookie'])
  return setCookie.split(';')[0] ?? ''
}

/** A therapist with a client and a fresh session; returns the cookie, session and pairing code. */
export async function startTherapySession(
  server: SessionServer,
  name: string,
  approval?: 'clinical' | 'open',
) {
  await addTherapist(server.storage, name)
  const cookie = await login(server, name)
  const client = await server.app.inject({
    method: 'POST',
    url: '/api/clients',
    headers: { cookie },
    payload: { alias: `Client of ${name}` },
  })
  const clientId = client.json<{ client: { id: string } }>().client.id
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/sessions',
    headers: { cookie },
    payload: { clientId, ...(approval ? { approval } : {}) },
  })
  const body = res.json<CreateSessionResponse>()
  return { cookie, clientId, session: body.session, code: body.pairingCode.code }
}

export async function pair(server: SessionServer, code: string): Promise<PairResponse> {
  const res = await server.app.inject({ method: 'POST', url: '/api/pair', payload: { code } })
  if (res.statusCode !== 200) throw new Error(`pair failed: ${res.statusCode} ${res.body}`)
  return res.json<PairResponse>()
}

/** A `ws` client that records every message and lets a test wait for the next one that matches. */
export class TestSocket {
  readonly messages: ServerMessage[] = []
  readonly ws: WebSocket
  closed: { code: number; reason: string } | undefined
  private waiters: { pred: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = []
  private taken = new Set<number>()

  constructor(server: { port: number; origin: string }, opts: { cookie?: string; origin?: string } = {}) {
    this.ws = new WebSocket(`ws://127.0.0.1:${server.port}${SESSION_SOCKET_PATH}`, {
      origin: opts.origin ?? server.origin,
      headers: opts.cookie ? { cookie: opts.cookie } : {},
    })
    this.ws.on('message', (data) => {
      const parsed = parseServerMessage(String(data))
      if (!parsed.ok) throw new Error(`server sent an invalid frame: ${parsed.message}`)
      this.messages.push(parsed.message)
      this.waiters = this.waiters.filter((w) => {
        if (!w.pred(parsed.message)) return true
        w.resolve(parsed.message)
        return false
      })
    })
    this.ws.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) }
    })
    this.ws.on('error', () => {})
  }

  open(): Promise<void> {
    if (this.ws.readyState === WebSocket.OPEN) return Promise.resolve()
    return new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve())
      this.ws.once('error', reject)
      this.ws.once('unexpected-response', (_req, res) =>
        reject(new Error(`upgrade refused: ${res.statusCode}`)),
      )
    })
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message))
  }

  /** The first message not yet taken by `next` that matches, waiting up to `ms` for it. */
  next<T extends ServerMessage['type']>(
    type: T,
    pred: (m: Extract<ServerMessage, { type: T }>) => boolean = () => true,
    ms = 5000,
  ): Promise<Extract<ServerMessage, { type: T }>> {
    const match = (m: ServerMessage): m is Extract<ServerMessage, { type: T }> =>
      m.type === type && pred(m as Extract<ServerMessage, { type: T }>)
    for (let i = 0; i < this.messages.length; i++) {
      const m = this.messages[i]!
      if (!this.taken.has(i) && match(m)) {
        this.taken.add(i)
        return Promise.resolve(m)
      }
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} message within ${ms} ms`)), ms)
      this.waiters.push({
        pred: match,
        resolve: (m) => {
          clearTimeout(timer)
          this.taken.add(this.messages.lastIndexOf(m))
          resolve(m as Extract<ServerMessage, { type: T }>)
        },
      })
    })
  }

  waitClosed(ms = 5000): Promise<{ code: number; reason: string }> {
    if (this.closed) return Promise.resolve(this.closed)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('socket did not close')), ms)
      this.ws.once('close', (code, reason) => {
        clearTimeout(timer)
        resolve({ code, reason: String(reason) })
      })
    })
  }

  close(): void {
    this.ws.close()
  }
}

export { makeTempDir }
