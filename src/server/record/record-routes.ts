import fs from 'node:fs'
import os from 'node:os'
import { Readable } from 'node:stream'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { LOGIN_COOKIE } from '../../shared/session/http'
import type { Accounts, PublicUser } from '../auth/accounts'
import { readCookie } from '../auth/tokens'
import { HttpError } from '../errors'
import type { SessionStore } from '../storage/session-store'
import { ArchiveError, ArchiveTooLargeError } from './archive'
import { receiveUpload, UPLOAD_LIMITS } from './archive-stream'
import type { RecordService } from './record-service'

export interface RecordRoutesDeps {
  service: RecordService
  store: SessionStore
  accounts: Accounts
  /** Where uploaded archives wait while they are read: the data folder. @default the system's temp folder */
  uploadDir?: string
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
/** An archive may carry a client's pictures; every other route keeps the app's small JSON limit. */
export const IMPORT_BODY_LIMIT = UPLOAD_LIMITS.compressedBytes
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

/** Data rights for one client: export, import, erase — the client's own therapist only. */
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

  app.get<{ Params: { id: string } }>(
    '/api/clients/:id/export',
    { config: { access: 'therapist' } },
    async (request, reply) => {
      const user = await therapist(request)
      const client = await ownClient(user, request.params.id)
      const result = await service.exportClient(client.id, user.id)
      if (!result) throw new HttpError(404, 'not_found', 'There is no such client.')
      return reply
        .type('application/gzip')
        .header('content-disposition', `attachment; filename="${exportFileName(result.alias, new Date())}"`)
        .send(result.archive)
    },
  )

  app.delete<{ Params: { id: string } }>(
    '/api/clients/:id',
    { config: { access: 'therapist' } },
    async (request) => {
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
    },
  )

  registerImportRoute(app, { service, therapist, uploadDir: deps.uploadDir ?? os.tmpdir() })
}

/**
 * `POST /api/clients/import`: the archive is the body. Who is asking is checked before any byte of it is read;
 * one import runs at a time; the body goes to a private file and is unpacked as a stream with size caps
 * (archive-stream.ts), so neither a stranger nor a gzip bomb can stall a running session.
 */
function registerImportRoute(
  app: FastifyInstance,
  deps: {
    service: RecordService
    therapist: (request: FastifyRequest) => Promise<PublicUser>
    uploadDir: string
  },
): void {
  const maxBytes = IMPORT_BODY_LIMIT
  const users = new WeakMap<FastifyRequest, PublicUser>()
  let running: FastifyRequest | undefined
  const release = async (request: FastifyRequest) => {
    if (running === request) running = undefined
  }
  // Its own scope: the archive body stays unread until the handler streams it, on this route only.
  void app.register(async (scope) => {
    scope.addContentTypeParser(ARCHIVE_TYPES, { bodyLimit: maxBytes }, (_r, payload, done) =>
      done(null, payload),
    )
    scope.addHook('onResponse', release)
    scope.addHook('onRequestAbort', release)
    scope.post(
      '/api/clients/import',
      {
        bodyLimit: maxBytes,
        config: { access: 'therapist' },
        onRequest: async (request) => {
          users.set(request, await deps.therapist(request))
          if (Number(request.headers['content-length'] ?? 0) > maxBytes)
            throw new HttpError(
              413,
              'archive_too_large',
              `This archive is larger than Stillroom accepts (${Math.round(maxBytes / 1024 ** 2)} MB).`,
            )
          if (running)
            throw new HttpError(
              409,
              'import_running',
              'Another import is running on this Stillroom. Wait until it has finished, then try again.',
            )
          running = request
        },
      },
      async (request, reply) => {
        const user = users.get(request) ?? (await deps.therapist(request))
        const body = request.body
        if (!(body instanceof Readable))
          throw new HttpError(400, 'archive_required', 'Send the archive file (.tar.gz) as the request body.')
        let file: string | undefined
        let result
        try {
          file = await receiveUpload(body, deps.uploadDir, maxBytes)
          if (fs.statSync(file).size === 0)
            throw new HttpError(
              400,
              'archive_required',
              'Send the archive file (.tar.gz) as the request body.',
            )
          result = await deps.service.importClient({ file }, user.id)
        } catch (err) {
          // The rest of a refused upload is not read: the connection closes instead of taking it.
          if (!body.readableEnded) reply.header('connection', 'close')
          if (err instanceof ArchiveTooLargeError) throw new HttpError(413, 'archive_too_large', err.message)
          if (err instanceof ArchiveError) throw new HttpError(400, 'bad_archive', err.message)
          throw err
        } finally {
          if (file) fs.rmSync(file, { force: true })
        }
        if (!result.ok) throw new HttpError(409, 'already_exists', result.message)
        reply.code(201)
        return {
          client: { id: result.clientId, alias: result.alias },
          sessions: result.sessions,
          images: result.images,
        }
      },
    )
  })
}
