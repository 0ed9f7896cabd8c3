import path from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { WebSocket } from 'ws'
import { createAccounts } from '../../src/server/auth/accounts'
import { createApp } from '../../src/server/app'
import type { AppOptions } from '../../src/server/app'
import { createStorage } from '../../src/server/storage'
import type { Storage } from '../../src/server/storage'
import type { CreateSessionResponse, PairResponse } from '../../src/shared/session/http'
import { SESSION_SOCKET_PATH, msg, parseServerMessage } from '../../src/shared/session/protocol'
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
    now: () => clock.ms ?? Date.now(),
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

/** Signs a new therapist up and in; returns the cookie header value. */
export async function seedTherapist(server: SessionServer, name: string): Promise<string> {
  await addTherapist(server.storage, name)
  return login(server, name)
}

/** A client of the signed-in therapist, through the real route; returns its id. */
export async function postClient(server: SessionServer, cookie: string, alias: string): Promise<string> {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/clients',
    headers: { cookie },
    payload: { alias },
  })
  if (res.statusCode >= 300) throw new Error(`client not created: ${res.statusCode} ${res.body}`)
  return res.json<{ client: { id: string } }>().client.id
}

/** Starts a session for a client through the real route; returns the session and its pairing code. */
export async function postSession(
  server: SessionServer,
  cookie: string,
  clientId: string,
  approval?: 'clinical' | 'open',
) {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/sessions',
    headers: { cookie },
    payload: { clientId, ...(approval ? { approval } : {}) },
  })
  if (res.statusCode >= 300) throw new Error(`session not started: ${res.statusCode} ${res.body}`)
  const body = res.json<CreateSessionResponse>()
  return { session: body.session, code: body.pairingCode.code }
}

/** A therapist with a client and a fresh session; returns the cookie, session and pairing code. */
export async function seedTherapySession(
  server: SessionServer,
  name: string,
  approval?: 'clinical' | 'open',
  alias = `Client of ${name}`,
) {
  const cookie = await seedTherapist(server, name)
  const clientId = await postClient(server, cookie, alias)
  return { cookie, clientId, ...(await postSession(server, cookie, clientId, approval)) }
}

/** The older name of `seedTherapySession`, kept for the files that still call it. */
export const startTherapySession = seedTherapySession

export async function pair(server: SessionServer, code: string): Promise<PairResponse> {
  const res = await server.app.inject({ method: 'POST', url: '/api/pair', payload: { code } })
  if (res.statusCode !== 200) throw new Error(`pair failed: ${res.statusCode} ${res.body}`)
  return res.json<PairResponse>()
}

export interface SessionFixture {
  /** This test's server (a new one for every test; `restart` replaces it on the same database). */
  readonly server: SessionServer
  /** This test's data folder. */
  readonly dir: string
  /** Closes the server and starts a new one on the same data folder (with the file's options unless given). */
  restart(options?: Partial<AppOptions>): Promise<SessionServer>
  /** An open socket to this test's server (or `to`), closed after the test. */
  socket(opts?: TestSocketOptions, to?: SessionServer): Promise<TestSocket>
  /** A therapist's fresh session with its console and a paired headset, both welcomed. */
  live(name?: string, approval?: 'clinical' | 'open', to?: SessionServer): Promise<LiveSession>
}

export type LiveSession = Awaited<ReturnType<typeof seedTherapySession>> & {
  sessionId: string
  deviceToken: string
  consoleWs: TestSocket
  headset: TestSocket
  cWelcome: Extract<ServerMessage, { type: 'welcome' }>
  hWelcome: Extract<ServerMessage, { type: 'welcome' }>
}

/**
 * Registers `beforeEach`/`afterEach` hooks that give every test of the file its own data folder and server, and
 * close its sockets, server and folder after it (the set-up every socket test used to write out).
 */
export function createSessionFixture(
  prefix: string,
  options: Partial<AppOptions> | ((dir: string) => Partial<AppOptions>) = {},
): SessionFixture {
  const optionsFor = (dir: string) => (typeof options === 'function' ? options(dir) : options)
  let tmp: ReturnType<typeof makeTempDir> | undefined
  let current: SessionServer | undefined
  const sockets: TestSocket[] = []
  beforeEach(async () => {
    tmp = makeTempDir(prefix)
    current = await startSessionServer(tmp.dir, optionsFor(tmp.dir))
  })
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close()
    await current?.close()
    current = undefined
    tmp?.cleanup()
  })
  const fixture: SessionFixture = {
    get server() {
      if (!current) throw new Error('no session server outside a test')
      return current
    },
    get dir() {
      if (!tmp) throw new Error('no data folder outside a test')
      return tmp.dir
    },
    async restart(restartOptions) {
      await fixture.server.close()
      current = await startSessionServer(fixture.dir, restartOptions ?? optionsFor(fixture.dir))
      return current
    },
    async socket(opts = {}, to = fixture.server) {
      const s = new TestSocket(to, opts)
      sockets.push(s)
      await s.open()
      return s
    },
    async live(name = 'anna', approval, to = fixture.server) {
      const t = await seedTherapySession(to, name, approval)
      const { deviceToken, sessionId } = await pair(to, t.code)
      const consoleWs = await fixture.socket({ cookie: t.cookie }, to)
      consoleWs.send(msg.hello('therapist', { sessionId }))
      const cWelcome = await consoleWs.next('welcome')
      const headset = await fixture.socket({}, to)
      headset.send(msg.hello('headset', { deviceToken }))
      const hWelcome = await headset.next('welcome')
      return { ...t, sessionId, deviceToken, consoleWs, headset, cWelcome, hWelcome }
    },
  }
  return fixture
}

export interface TestSocketOptions {
  cookie?: string
  origin?: string
  /** Appended to the socket's path, e.g. `?key=…`. */
  query?: string
  headers?: Record<string, string>
}

/** A `ws` client that records every message and lets a test wait for the next one that matches. */
export class TestSocket {
  readonly messages: ServerMessage[] = []
  readonly ws: WebSocket
  closed: { code: number; reason: string } | undefined
  private waiters: { pred: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = []
  private taken = new Set<number>()

  constructor(server: { port: number; origin: string }, opts: TestSocketOptions = {}) {
    this.ws = new WebSocket(`ws://127.0.0.1:${server.port}${SESSION_SOCKET_PATH}${opts.query ?? ''}`, {
      origin: opts.origin ?? server.origin,
      headers: { ...(opts.cookie ? { cookie: opts.cookie } : {}), ...opts.headers },
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
