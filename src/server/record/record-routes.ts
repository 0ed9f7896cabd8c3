import type { FastifyInstance, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { LOGIN_COOKIE } from '../../shared/session/http'
import type { Accounts, PublicUser } from '../auth/accounts'
import { readCookie } from '../auth/tokens'
import { HttpError } from '../errors'
import type { SessionStore } from '../storage/session-store'
import { ArchiveError } from './archive'
import type { RecordService } from './record-service'

export interface RecordRoutesDeps {
  service: RecordService
  store: SessionStore
  accounts: Accounts
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
/** An archive may carry a client's pictures; every other route keeps the app's small JSON limit. */
export const IMPORT_BODY_LIMIT = 1024 ** 3
const ARCHIVE_TYPES = ['application/gzip', 'application/x-gzip', 'application/octet-stream']

const EraseBodySchema = z.object({ confirm: z.string().max(200) })

/** `x.tar.gz` download name: the pseudonym reduced to safe characters, and the day. */
export function exportFileName(alias: string, now: Date): string {
  const safe = alias
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return `stillroom-${safe || 'client'}-${now.toISOString().slice(0, 10)}.tar.gz`
}

/** Data rights for one client (issue 7): export, import, erase — the client's own therapist only. */
export function registerRecordRoutes(app: FastifyInstance, deps: RecordRoutesDeps): void {
  const { service, store } = deps
  const therapist = async (request: FastifyRequest): Promise<PublicUser> => {
    const user = await deps.accounts.userForToken(readCookie(request.headers.cookie, LOGIN_COOKIE))
    if (!user) throw new HttpError(401, 'login_required', 'Please sign in to the console.')
    return user
  }
  const ownClient = async (user: PublicUser, id: string) => {
    const client = ID_PATTERN.test(id) ? await store.getClient(id) : undefined
    // Another therapist's client is "not found": its existence is nobody else's business.
    if (!client || client.therapistId !== user.id)
      throw new HttpError(404, 'not_found', 'There is no such client.')
    return client
  }

  app.get<{ Params: { id: string } }>('/api/clients/:id/export', async (request, reply) => {
    const user = await therapist(request)
    const client = await ownClient(user, request.params.id)
    const result = await service.exportClient(client.id, user.id)
    if (!result) throw new HttpError(404, 'not_found', 'There is no such client.')
    return reply
      .type('application/gzip')
      .header('content-disposition', `attachment; filename="${exportFileName(result.alias, new Date())}"`)
      .send(result.archive)
  })

  app.delete<{ Params: { id: string } }>('/api/clients/:id', async (request) => {
    const user = await therapist(request)
    const client = await ownClient(user, request.params.id)
    const parsed = EraseBodySchema.safeParse(request.body)
    if (!parsed.success)
      throw new HttpError(400, 'confirm_required', 'To erase, send { "confirm": "<the pseudonym>" }.')
    if (parsed.data.confirm.trim() !== client.alias)
      throw new HttpError(
        400,
        'confirm_mismatch',
        `The pseudonym typed does not match "${client.alias}". Nothing was erased.`,
      )
    const erased = await service.eraseClient(client.id, user.id)
    if (!erased) throw new HttpError(404, 'not_found', 'There is no such client.')
    return { erased: true }
  })

  // Its own scope: the archive body parser and the large limit apply to this one route only.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      ARCHIVE_TYPES,
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_r, body, done) => done(null, body),
    )
    scope.post('/api/clients/import', { bodyLimit: IMPORT_BODY_LIMIT }, async (request, reply) => {
      const user = await therapist(request)
      if (!Buffer.isBuffer(request.body) || request.body.length === 0)
        throw new HttpError(400, 'archive_required', 'Send the archive file (.tar.gz) as the request body.')
      let result
      try {
        result = await service.importClient(request.body, user.id)
      } catch (err) {
        if (err instanceof ArchiveError) throw new HttpError(400, 'bad_archive', err.message)
        throw err
      }
      if (!result.ok) throw new HttpError(409, 'already_exists', result.message)
      reply.code(201)
      return {
        client: { id: result.clientId, alias: result.alias },
        sessions: result.sessions,
        images: result.images,
      }
    })
  })
}
