import { isoAt, type Clock } from '../shared/clock'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { unacknowledgedRisks } from '../shared/session/risk'
import { registerSessionRecordRoutes } from './session-record-routes'
import {
  CreateClientBodySchema,
  CreateSessionBodySchema,
  LOGIN_COOKIE,
  LoginBodySchema,
} from '../shared/session/http'
import type {
  ClientSummary,
  CreateSessionResponse,
  ListClientsResponse,
  ListSessionsResponse,
  Me,
  SessionSummary,
} from '../shared/session/http'
import type { SessionState } from '../shared/session/state'
import type { SceneSpec } from '../shared/spec'
import { LOGIN_TTL_MS, createAccounts } from './auth/accounts'
import type { Accounts, PublicUser } from './auth/accounts'
import type { ScryptParams } from './auth/password'
import { clearedCookie, loginCookie, readCookie } from './auth/tokens'
import { limitKey } from './client-address'
import { HttpError } from './errors'
import { createLocalRelay } from './relay/relay'
import type { Relay } from './relay/relay'
import { SessionHub } from './relay/session-hub'
import { attachSessionSockets } from './relay/socket-server'
import type { SocketLimits } from './relay/socket-server'
import type { AuditStore } from './storage/audit-store'
import type { SessionStore } from './storage/session-store'
import { registerPrefsRoutes } from './prefs-routes'
import { registerAuditRoutes } from './audit-routes'
import { registerPairingRoutes } from './pairing-routes'
import type { PairingOptions } from './pairing-routes'
import type { SessionFeature } from './session-feature'

export interface SessionFeatureOptions extends PairingOptions {
  /** Origins allowed on the socket besides the server's own. */
  allowedOrigins?: readonly string[]
  /** Password hashing cost (tests use a cheaper one). */
  scrypt?: ScryptParams
  /** @default createLocalRelay() */
  relay?: Relay
  /** Per-socket rate limits (the fuzz test and the bench raise them). */
  socketLimits?: Partial<SocketLimits>
  /** A socket that has not said hello by then is closed. @default 10 s */
  helloTimeoutMs?: number
  /** How often open sockets' logins and device tokens are checked again (tests shorten it). @default 30 s */
  authRecheckMs?: number
}

export interface SessionFeatureDeps extends SessionFeatureOptions {
  store: SessionStore
  interpret: (text: string) => SceneSpec
  now: Clock
  createId: () => string
  secureCookies: boolean
  /** The append-only audit log: logins, logouts, session start/end, approvals. */
  audit?: AuditStore | undefined
  /** The LAN access key: the socket's upgrade needs it just as every /api request does. */
  accessKey?: string | undefined
  /** The names the HTTP gate answers to; the socket's upgrade answers to the same ones. */
  hostAllowed?: ((header: string | undefined) => boolean) | undefined
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** Accounts, clients, sessions, pairing and the session socket. */
export function registerSessionFeature(app: FastifyInstance, deps: SessionFeatureDeps): SessionFeature {
  const nowMs = deps.now
  const log = (message: string, err?: unknown) => app.log.warn({ err }, message)
  const accounts = createAccounts(deps.store, {
    now: nowMs,
    createId: deps.createId,
    ...(deps.scrypt ? { scrypt: deps.scrypt } : {}),
  })
  const hub = new SessionHub({
    store: deps.store,
    relay: deps.relay ?? createLocalRelay((err) => log('relay listener failed', err)),
    interpret: deps.interpret,
    now: nowMs,
    createId: deps.createId,
    log,
    audit: deps.audit,
  })
  const sockets = attachSessionSockets(app.server, {
    hub,
    accounts,
    store: deps.store,
    now: nowMs,
    log,
    ...(deps.allowedOrigins ? { allowedOrigins: deps.allowedOrigins } : {}),
    ...(deps.accessKey ? { accessKey: deps.accessKey } : {}),
    ...(deps.hostAllowed ? { hostAllowed: deps.hostAllowed } : {}),
    ...(deps.socketLimits ? { limits: deps.socketLimits } : {}),
    ...(deps.helloTimeoutMs ? { helloTimeoutMs: deps.helloTimeoutMs } : {}),
    ...(deps.authRecheckMs ? { authRecheckMs: deps.authRecheckMs } : {}),
  })
  // preClose: the upgraded sockets still count as connections of the HTTP server, whose close would wait for them.
  app.addHook('preClose', async () => {
    await sockets.close()
    await hub.drain()
  })

  const therapist = async (request: FastifyRequest): Promise<PublicUser> => {
    const user = await accounts.userForToken(readCookie(request.headers.cookie, LOGIN_COOKIE))
    if (!user) throw new HttpError(401, 'login_required', 'Please sign in to the console.')
    return user
  }
  const body = <T>(
    schema: {
      safeParse(
        v: unknown,
      ):
        | { success: true; data: T }
        | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }
    },
    value: unknown,
  ): T => {
    const parsed = schema.safeParse(value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : ''
      throw new HttpError(400, 'invalid_body', `${where}${issue?.message ?? 'invalid request'}`)
    }
    return parsed.data
  }
  const ownSession = async (user: PublicUser, id: string): Promise<SessionState> => {
    const state = ID_PATTERN.test(id) ? await hub.state(id) : undefined
    // Someone else's session is "not found": its existence is nobody else's business.
    if (!state || state.therapistId !== user.id)
      throw new HttpError(404, 'not_found', 'There is no such session.')
    return state
  }
  const audit = (entry: Parameters<AuditStore['record']>[0]) => {
    try {
      deps.audit?.record(entry)
    } catch (err) {
      log('audit record failed', err)
    }
  }
  // The typed name is not stored (it may be anything); a known account's id is, else 'system'. A right password
  // without the right code is a failed sign-in too ('totp missing', 'totp wrong').
  const auditLogin = async (name: string, result: Awaited<ReturnType<Accounts['login']>>) => {
    if (!deps.audit) return
    if (result.ok) return audit({ actor: result.user.id, action: 'login' })
    const actor = result.userId ?? (await deps.store.getUserByName(name))?.id ?? 'system'
    audit({ actor, action: 'login-failed', detail: result.reason })
  }
  const { newCode } = registerPairingRoutes(app, {
    ...deps,
    hub,
    sockets,
    now: nowMs,
    body,
    therapist,
    ownSession,
  })
  const summary = async (s: SessionState): Promise<SessionSummary> => ({
    id: s.id,
    clientId: s.clientId,
    clientAlias: s.clientAlias,
    phase: s.phase,
    startedAt: s.startedAt,
    headsetPaired: await deps.store.sessionHasDevice(s.id),
    risksWaiting: unacknowledgedRisks(s.risks).length,
  })

  app.post('/api/auth/login', { config: { access: 'key' } }, async (request, reply): Promise<Me> => {
    const input = body(LoginBodySchema, request.body)
    const result = await accounts.login({ ...input, address: limitKey(request.ip) })
    await auditLogin(input.name, result)
    if (!result.ok) {
      if (result.retryAfterSeconds) reply.header('retry-after', String(result.retryAfterSeconds))
      throw new HttpError(result.status, result.error, result.message)
    }
    reply.header(
      'set-cookie',
      loginCookie(LOGIN_COOKIE, result.token, LOGIN_TTL_MS / 1000, deps.secureCookies),
    )
    return { user: result.user }
  })

  app.post('/api/auth/logout', { config: { access: 'key' } }, async (request, reply) => {
    const token = readCookie(request.headers.cookie, LOGIN_COOKIE)
    const leaving = await accounts.userForToken(token)
    await accounts.logout(token)
    // The consoles opened with this login stop watching and steering now, not when they next reconnect.
    if (token) sockets.closeLogin(token)
    if (leaving) audit({ actor: leaving.id, action: 'logout' })
    reply.header('set-cookie', clearedCookie(LOGIN_COOKIE, deps.secureCookies))
    return { ok: true }
  })

  app.get('/api/auth/me', { config: { access: 'therapist' } }, async (request): Promise<Me> => ({
    user: await therapist(request),
  }))

  app.get(
    '/api/clients',
    { config: { access: 'therapist' } },
    async (request): Promise<ListClientsResponse> => {
      const user = await therapist(request)
      const clients = await deps.store.listClients(user.id)
      return { clients: clients.map((c) => ({ ...toSummary(c), prefs: c.prefs ?? {} })) }
    },
  )

  app.post(
    '/api/clients',
    { config: { access: 'therapist' } },
    async (request, reply): Promise<{ client: ClientSummary }> => {
      const user = await therapist(request)
      const input = body(CreateClientBodySchema, request.body)
      const record = {
        id: deps.createId(),
        therapistId: user.id,
        alias: input.alias,
        sudsScale: input.sudsScale ?? 10,
        safePlace: null,
        createdAt: isoAt(deps.now()),
      }
      await deps.store.insertClient(record)
      reply.code(201)
      return { client: toSummary(record) }
    },
  )

  app.post(
    '/api/sessions',
    { config: { access: 'therapist' } },
    async (request, reply): Promise<CreateSessionResponse> => {
      const user = await therapist(request)
      const input = body(CreateSessionBodySchema, request.body)
      const client = ID_PATTERN.test(input.clientId) ? await deps.store.getClient(input.clientId) : undefined
      if (!client || client.therapistId !== user.id)
        throw new HttpError(404, 'not_found', 'There is no such client.')
      const session = await hub.create({
        therapistId: user.id,
        clientId: client.id,
        clientAlias: client.alias,
        approval: input.approval ?? 'clinical',
        sudsScale: client.sudsScale,
        safePlace: client.safePlace,
        ...(input.breakEveryMin ? { breakEveryMin: input.breakEveryMin } : {}),
      })
      // The client's own volumes (kept with the record) are where the new session's sound starts.
      const volumes = client.prefs?.volumes
      if (volumes) await hub.submitServer(session.id, { type: 'set-sound', ...volumes })
      const pairingCode = await newCode(session.id)
      reply.code(201)
      return { session: hub.current(session.id) ?? session, pairingCode }
    },
  )

  app.get<{ Querystring: { active?: string } }>(
    '/api/sessions',
    { config: { access: 'therapist' } },
    async (request): Promise<ListSessionsResponse> => {
      const user = await therapist(request)
      const activeOnly = request.query.active === '1' || request.query.active === 'true'
      const records = await deps.store.listSessions({ therapistId: user.id, activeOnly })
      // The live state is newer than the stored row while a command is in flight; prefer it.
      const states = records.map((r) => hub.current(r.id) ?? r.state)
      return {
        sessions: await Promise.all(states.filter((s) => !activeOnly || s.phase !== 'ended').map(summary)),
      }
    },
  )

  app.get<{ Params: { id: string } }>(
    '/api/sessions/:id',
    { config: { access: 'therapist' } },
    async (request) => {
      const user = await therapist(request)
      return { session: await ownSession(user, request.params.id) }
    },
  )

  registerSessionRecordRoutes(app, { hub, therapist, ownSession })
  registerPrefsRoutes(app, { store: deps.store, hub, accounts, log })
  if (deps.audit) registerAuditRoutes(app, { audit: deps.audit, accounts })
  return { hub, accounts, guards: { therapist, ownSession } }
}

function toSummary(c: {
  id: string
  alias: string
  sudsScale: 10 | 100
  createdAt: string
  safePlace: unknown
}): ClientSummary {
  return {
    id: c.id,
    alias: c.alias,
    sudsScale: c.sudsScale,
    createdAt: c.createdAt,
    hasSafePlace: c.safePlace !== null,
  }
}
