import { isoAt, type Clock } from '../shared/clock'
import type { FastifyInstance } from 'fastify'
import { unacknowledgedRisks } from '../shared/session/risk'
import { CreateClientBodySchema, CreateSessionBodySchema } from '../shared/session/http'
import type {
  ClientSummary,
  CreateSessionResponse,
  ListClientsResponse,
  ListSessionsResponse,
  SessionSummary,
} from '../shared/session/http'
import type { SessionState } from '../shared/session/state'
import { HttpError } from './errors'
import type { PairingCodes } from './pairing-routes'
import { parseBody } from './parse-body'
import type { SessionHub } from './relay/session-hub'
import type { SessionGuards } from './session-feature'
import type { SessionStore } from './storage/session-store'

export interface SessionRoutesDeps {
  store: Pick<
    SessionStore,
    'listClients' | 'insertClient' | 'getClient' | 'listSessions' | 'sessionHasDevice'
  >
  hub: Pick<SessionHub, 'create' | 'current' | 'submitServer'>
  guards: SessionGuards
  /** A new session starts with its first pairing code. */
  pairing: PairingCodes
  now: Clock
  createId: () => string
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** The therapist's clients and sessions: list and add clients, start, list and read sessions. */
export function registerSessionRoutes(app: FastifyInstance, deps: SessionRoutesDeps): void {
  const { store, hub } = deps
  const { therapist, ownSession } = deps.guards
  const summary = async (s: SessionState): Promise<SessionSummary> => ({
    id: s.id,
    clientId: s.clientId,
    clientAlias: s.clientAlias,
    phase: s.phase,
    startedAt: s.startedAt,
    headsetPaired: await store.sessionHasDevice(s.id),
    risksWaiting: unacknowledgedRisks(s.risks).length,
  })

  app.get(
    '/api/clients',
    { config: { access: 'therapist' } },
    async (request): Promise<ListClientsResponse> => {
      const user = await therapist(request)
      const clients = await store.listClients(user.id)
      return { clients: clients.map((c) => ({ ...toSummary(c), prefs: c.prefs ?? {} })) }
    },
  )

  app.post(
    '/api/clients',
    { config: { access: 'therapist' } },
    async (request, reply): Promise<{ client: ClientSummary }> => {
      const user = await therapist(request)
      const input = parseBody(CreateClientBodySchema, request.body)
      const record = {
        id: deps.createId(),
        therapistId: user.id,
        alias: input.alias,
        sudsScale: input.sudsScale ?? 10,
        safePlace: null,
        createdAt: isoAt(deps.now()),
      }
      await store.insertClient(record)
      reply.code(201)
      return { client: toSummary(record) }
    },
  )

  app.post(
    '/api/sessions',
    { config: { access: 'therapist' } },
    async (request, reply): Promise<CreateSessionResponse> => {
      const user = await therapist(request)
      const input = parseBody(CreateSessionBodySchema, request.body)
      const client = ID_PATTERN.test(input.clientId) ? await store.getClient(input.clientId) : undefined
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
        ...(client.prefs?.language ? { language: client.prefs.language } : {}),
      })
      // The client's own volumes (kept with the record) are where the new session's sound starts.
      const volumes = client.prefs?.volumes
      if (volumes) await hub.submitServer(session.id, { type: 'set-sound', ...volumes })
      const pairingCode = await deps.pairing.newCode(session.id)
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
      const records = await store.listSessions({ therapistId: user.id, activeOnly })
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
