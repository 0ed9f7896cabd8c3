import { isoAt, type Clock } from '../../shared/clock'
import type { FastifyInstance } from 'fastify'
import { AiConsentBodySchema } from '../../shared/privacy/ai-contract'
import type { AiConsent, AiStatus } from '../../shared/privacy/ai-contract'
import type { PublicUser } from '../auth/accounts'
import { HttpError } from '../errors'
import { parseBody } from '../parse-body'
import type { SessionGuards } from '../session-feature'
import type { AiStore } from '../storage/ai-store'
import type { AuditStore } from '../storage/audit-store'
import type { SessionStore } from '../storage/session-store'
import type { AiProvider } from './provider'

export interface AiRoutesDeps {
  provider: Pick<AiProvider, 'status' | 'mode'>
  store: Pick<AiStore, 'getConsent' | 'setConsent'>
  sessions: Pick<SessionStore, 'getClient'>
  guards: Pick<SessionGuards, 'therapist'>
  now: Clock
  /** The append-only audit log: consent given or withdrawn. */
  audit?: AuditStore | undefined
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/**
 * The therapist's AI routes: `GET /api/ai/status` (mode and reachable capabilities, never the key) and a client's
 * consent (`GET|PUT|DELETE /api/clients/:id/ai-consent`).
 */
export function registerAiRoutes(app: FastifyInstance, deps: AiRoutesDeps): void {
  const { therapist } = deps.guards
  const ownClient = async (user: PublicUser, id: string) => {
    const client = ID_PATTERN.test(id) ? await deps.sessions.getClient(id) : undefined
    if (!client || client.therapistId !== user.id)
      throw new HttpError(404, 'not_found', 'There is no such client.')
    return client
  }

  app.get('/api/ai/status', { config: { access: 'therapist' } }, async (request): Promise<AiStatus> => {
    await therapist(request)
    return deps.provider.status()
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
      const body = parseBody(AiConsentBodySchema, request.body)
      const consent: AiConsent = {
        capabilities: [...new Set(body.capabilities)],
        givenBy: body.givenBy ?? 'client',
        recordedBy: user.id,
        at: isoAt(deps.now()),
        // Recorded with where the calls go now, so a later switch to a cloud provider needs the client's consent again.
        where: deps.provider.mode === 'cloud' ? 'cloud' : 'clinic',
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
}
