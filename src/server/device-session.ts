import type { FastifyRequest } from 'fastify'
import { DEVICE_TOKEN_HEADER } from '../shared/session/http'
import type { SessionState } from '../shared/session/state'
import { hashToken } from './auth/tokens'
import { HttpError } from './errors'
import type { SessionHub } from './relay/session-hub'
import type { SessionStore } from './storage/session-store'

/** Answers with the live session of a request's headset, or throws 401 (no token) / 403 (unknown or ended). */
export type DeviceSessionGuard = (request: FastifyRequest) => Promise<SessionState>

/**
 * The one headset guard: the device token in `x-stillroom-device` must belong to a live session. Ended sessions give
 * no access to the client's record (settings, voice, pictures). Shared by every device-token route.
 */
export function createDeviceSessionGuard(deps: { store: SessionStore; hub: SessionHub }): DeviceSessionGuard {
  return async (request) => {
    const token = request.headers[DEVICE_TOKEN_HEADER]
    if (typeof token !== 'string' || !token)
      throw new HttpError(401, 'device_token_required', `Send the device token in ${DEVICE_TOKEN_HEADER}.`)
    const sessionId = token.length <= 256 ? await deps.store.getDeviceSession(hashToken(token)) : undefined
    if (!sessionId)
      throw new HttpError(403, 'forbidden', 'This headset is not paired with a session (any more).')
    const state = await deps.hub.state(sessionId)
    if (!state || state.phase === 'ended')
      throw new HttpError(403, 'session_ended', 'This session has ended; its settings are closed.')
    return state
  }
}
