import type { FastifyInstance } from 'fastify'
import { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX, isAuditAction } from '../shared/audit'
import type { AuditPage } from '../shared/audit'
import { LOGIN_COOKIE } from '../shared/session/http'
import type { Accounts } from './auth/accounts'
import { readCookie } from './auth/tokens'
import { HttpError } from './errors'
import type { AuditStore } from './storage/audit-store'

export interface AuditRoutesDeps {
  audit: AuditStore
  accounts: Accounts
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** A query number: absent → undefined; present but not a positive whole number → a 400 that says which. */
function whole(value: unknown, name: string, max: number): number | undefined {
  if (value === undefined || value === '') return undefined
  const n = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : NaN
  if (!Number.isSafeInteger(n) || n < 1 || n > max)
    throw new HttpError(400, 'invalid_query', `${name} must be a whole number from 1 to ${max}.`)
  return n
}

/**
 * `GET /api/admin/audit?before=&limit=&action=&client=` — the audit log, newest first, for admin accounts only
 * (no login → 401, a therapist → 403). `client` takes a raw client id and shows that client's entries.
 */
export function registerAuditRoutes(app: FastifyInstance, deps: AuditRoutesDeps): void {
  app.get<{ Querystring: Record<string, string | undefined> }>(
    '/api/admin/audit',
    { config: { access: 'admin' } },
    async (request): Promise<AuditPage> => {
      const user = await deps.accounts.userForToken(readCookie(request.headers.cookie, LOGIN_COOKIE))
      if (!user) throw new HttpError(401, 'login_required', 'Please sign in to the console.')
      if (user.role !== 'admin')
        throw new HttpError(403, 'forbidden', 'Only an administrator account can read the audit log.')
      const q = request.query
      const action = q.action || undefined
      if (action !== undefined && !isAuditAction(action))
        throw new HttpError(400, 'invalid_query', `There is no audit action called "${action.slice(0, 40)}".`)
      const client = q.client || undefined
      if (client !== undefined && !ID_PATTERN.test(client))
        throw new HttpError(400, 'invalid_query', 'client must be a client id.')
      const before = whole(q.before, 'before', Number.MAX_SAFE_INTEGER)
      const limit = whole(q.limit, 'limit', AUDIT_PAGE_MAX) ?? AUDIT_PAGE_DEFAULT
      return deps.audit.list({
        limit,
        ...(before !== undefined ? { before } : {}),
        ...(action ? { action } : {}),
        ...(client ? { clientId: client } : {}),
      })
    },
  )
}
