import { isoAt, type Clock } from '../../shared/clock'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AiConsentBodySchema } from '../../shared/privacy/ai-contract'
import type { AiConsent, AiStatus } from '../../shared/privacy/ai-contract'
import { LOGIN_COOKIE } from '../../shared/session/http'
import type { Accounts, PublicUser } from '../auth/accounts'
import { readCookie } from '../auth/tokens'
import { HttpError } from '../errors'
import type { AiStore } from '../storage/ai-store'
import type { SessionFeature } from '../session-feature'
import type { AuditStore } from '../storage/audit-store'
import type { SessionStore } from '../storage/session-store'
import type { AiConfig } from './config'
import { createAiProvider } from './provider'
import { attachSessionAi } from './session-ai'
import type { AiProvider } from './provider'

declare module 'fastify' {
  interface FastifyInstance {
    /** The AI provider, for the routes that will paint, speak and listen. */
    ai?: AiProvider
  }
}

export interface AiFeatureDeps {
  config: AiConfig
  store: AiStore
  sessions: SessionStore
  accounts: Accounts
  now: Clock
  /** The append-only audit log: consent given or withdrawn. */
  audit?: AuditStore | undefined
  /** The live sessions: AI pictures and moderation follow them (see session-ai.ts). */
  session?: SessionFeature
  /** The data folder; AI pictures are stored under it (without it, none are made). */
  dataDir?: string | undefined
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/**
 * The provider plus the therapist's routes: `GET /api/ai/status` (mode and reachable capabilities, never the
 * key) and a client's consent (`GET|PUT|DELETE /api/clients/:id/ai-consent`).
 */
export function registerAiFeature(app: FastifyInstance, deps: AiFeatureDeps): AiProvider {
  const provider = createAiProvider({
    config: deps.config,
    store: deps.store,
    now: deps.now,
    log: (message, fields) => app.log.warn(fields, message),
    dataDir: deps.dataDir,
  })
  app.decorate('ai', provider)
  if (deps.session) {
    attachSessionAi(app, {
      config: deps.config,
      provider,
      store: deps.store,
      sessions: deps.sessions,
      session: deps.session,
      dataDir: deps.dataDir,
      now: deps.now,
    })
  }

  const therapist = async (request: FastifyRequest): Promise<PublicUser> => {
    const user = await deps.accounts.userForToken(readCookie(request.headers.cookie, LOGIN_COOKIE))
    if (!user) throw new HttpError(401, 'login_required', 'Please sign in to the console.')
    return user
  }
  const ownClient = async (user: PublicUser, id: string) => {
    const client = ID_PATTERN.test(id) ? await deps.sessions.getClient(id) : undefined
    if (!client || client.therapistId !== user.id)
      throw new HttpError(404, 'not_found', 'There is no such client.')
    return client
  }

  app.get('/api/ai/status', { config: { access: 'therapist' } }, async (request): Promise<AiStatus> => {
    await therapist(request)
    return provider.status()
  })

  app.get<{ Params: { id: string } }>(
    '/api/clients/:id/ai-consent',
    { config: { access: 'therapist' } },
    async (request): Promise<{ consent: AiConsent | null }> => {
      const client = await ownClient(await therapist(request), request.params.id)
      return { consent: await deps.store.getConsent(client.id) }
    },
  )

  app.put<{ Params: { id: string } }>(
    '/api/clients/:id/ai-consent',
    { config: { access: 'therapist' } },
    async (request): Promise<{ consent: AiConsent }> => {
      const user = await therapist(request)
      const client = await ownClient(user, request.params.id)
      const parsed = AiConsentBodySchema.safeParse(request.body)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : ''
        throw new HttpError(400, 'invalid_body', `${where}${issue?.message ?? 'invalid request'}`)
      }
      const consent: AiConsent = {
        capabilities: [...new Set(parsed.data.capabilities)],
        givenBy: parsed.data.givenBy ?? 'client',
        recordedBy: user.id,
        at: isoAt(deps.now()),
      }
      await deps.store.setConsent(client.id, consent)
      deps.audit?.record({
        actor: user.id,
        action: 'consent',
        clientId: client.id,
        detail: `given ${consent.capabilities.join(',')}`,
      })
      return { consent }
    },
  )

  app.delete<{ Params: { id: string } }>(
    '/api/clients/:id/ai-consent',
    { config: { access: 'therapist' } },
    async (request) => {
      const user = await therapist(request)
      const client = await ownClient(user, request.params.id)
      await deps.store.setConsent(client.id, null)
      deps.audit?.record({ actor: user.id, action: 'consent', clientId: client.id, detail: 'withdrawn' })
      return { consent: null }
    },
  )

  return provider
}
