import type { FastifyInstance } from 'fastify'
import { LOGIN_COOKIE, LoginBodySchema } from '../shared/session/http'
import type { Me } from '../shared/session/http'
import { LOGIN_TTL_MS } from './auth/accounts'
import type { Accounts } from './auth/accounts'
import { clearedCookie, loginCookie, readCookie } from './auth/tokens'
import { limitKey } from './client-address'
import { HttpError } from './errors'
import { parseBody } from './parse-body'
import type { SessionSockets } from './relay/socket-server'
import type { SessionGuards } from './session-feature'
import type { AuditStore } from './storage/audit-store'
import type { SessionStore } from './storage/session-store'

export interface AuthRoutesDeps {
  accounts: Accounts
  store: Pick<SessionStore, 'getUserByName'>
  /** The open consoles of a login, closed when it signs out. */
  sockets: Pick<SessionSockets, 'closeLogin'>
  guards: Pick<SessionGuards, 'therapist'>
  /** Send the login cookie only over HTTPS (the server speaks HTTPS). */
  secureCookies: boolean
  /** The append-only audit log: logins, failed logins, logouts. */
  audit?: AuditStore | undefined
  log: (message: string, err?: unknown) => void
}

/** Signing in and out of the console: `POST /api/auth/login`, `POST /api/auth/logout`, `GET /api/auth/me`. */
export function registerAuthRoutes(app: FastifyInstance, deps: AuthRoutesDeps): void {
  const { accounts } = deps
  const audit = (entry: Parameters<AuditStore['record']>[0]) => {
    try {
      deps.audit?.record(entry)
    } catch (err) {
      deps.log('audit record failed', err)
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

  app.post('/api/auth/login', { config: { access: 'key' } }, async (request, reply): Promise<Me> => {
    const input = parseBody(LoginBodySchema, request.body)
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
    if (token) deps.sockets.closeLogin(token)
    if (leaving) audit({ actor: leaving.id, action: 'logout' })
    reply.header('set-cookie', clearedCookie(LOGIN_COOKIE, deps.secureCookies))
    return { ok: true }
  })

  app.get('/api/auth/me', { config: { access: 'therapist' } }, async (request): Promise<Me> => ({
    user: await deps.guards.therapist(request),
  }))
}
