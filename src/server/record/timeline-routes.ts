import type { FastifyInstance, FastifyRequest } from 'fastify'
import { buildTimeline } from '../../shared/record/timeline'
import type { TimelineResponse } from '../../shared/record/timeline'
import { DEVICE_TOKEN_HEADER, LOGIN_COOKIE } from '../../shared/session/http'
import type { SessionState } from '../../shared/session/state'
import type { Accounts } from '../auth/accounts'
import { hashToken, readCookie } from '../auth/tokens'
import { HttpError } from '../errors'
import type { SessionHub } from '../relay/session-hub'
import type { SessionStore } from '../storage/session-store'

export interface TimelineRoutesDeps {
  store: SessionStore
  hub: SessionHub
  accounts: Accounts
}

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/**
 * The narrative timeline: a client's approved artworks across their sessions, for the console (the
 * client's own therapist) and for the headset of a live session (that session's client only). Read-only.
 */
export function registerTimelineRoutes(app: FastifyInstance, deps: TimelineRoutesDeps): void {
  const { store, hub } = deps

  /** Every session of the client, live state preferred over the stored row (it is newer mid-command). */
  const timelineOf = async (therapistId: string, clientId: string): Promise<TimelineResponse> => {
    const records = await store.listSessions({ therapistId })
    const states: SessionState[] = records
      .filter((r) => r.clientId === clientId)
      .map((r) => hub.current(r.id) ?? r.state)
    return { clientId, timeline: buildTimeline(clientId, states) }
  }

  app.get<{ Params: { id: string } }>(
    '/api/clients/:id/timeline',
    { config: { access: 'therapist' } },
    async (request): Promise<TimelineResponse> => {
      const user = await deps.accounts.userForToken(readCookie(request.headers.cookie, LOGIN_COOKIE))
      if (!user) throw new HttpError(401, 'login_required', 'Please sign in to the console.')
      const id = request.params.id
      const client = ID_PATTERN.test(id) ? await store.getClient(id) : undefined
      // Another therapist's client is "not found": its existence is nobody else's business.
      if (!client || client.therapistId !== user.id)
        throw new HttpError(404, 'not_found', 'There is no such client.')
      return timelineOf(user.id, client.id)
    },
  )

  /** The live session of this headset's device token; an ended session opens nothing. */
  const deviceSession = async (request: FastifyRequest): Promise<SessionState> => {
    const token = request.headers[DEVICE_TOKEN_HEADER]
    if (typeof token !== 'string' || !token)
      throw new HttpError(401, 'device_token_required', `Send the device token in ${DEVICE_TOKEN_HEADER}.`)
    const sessionId = token.length <= 256 ? await store.getDeviceSession(hashToken(token)) : undefined
    if (!sessionId)
      throw new HttpError(403, 'forbidden', 'This headset is not paired with a session (any more).')
    const state = await hub.state(sessionId)
    if (!state || state.phase === 'ended')
      throw new HttpError(403, 'session_ended', 'This session has ended; its timeline is closed.')
    return state
  }

  app.get(
    '/api/session/timeline',
    { config: { access: 'device' } },
    async (request): Promise<TimelineResponse> => {
      const state = await deviceSession(request)
      return timelineOf(state.therapistId, state.clientId)
    },
  )
}
