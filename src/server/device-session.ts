import type { Clock } from '../shared/clock'
import type { FastifyRequest } from 'fastify'
import { DEVICE_TOKEN_HEADER } from '../shared/session/http'
import { endedAt, openForSaves } from '../shared/session/queries'
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
export function createDeviceSessionGuard(
  deps: { store: SessionStore; hub: SessionHub },
  /** For saves only: how long after the end a flushed change is still taken (reads never are). */
  options: { graceAfterEndMs?: number; now?: Clock } = {},
): DeviceSessionGuard {
  const grace = options.graceAfterEndMs ?? 0
  const now = options.now ?? Date.now
  return async (request) => {
    const token = request.headers[DEVICE_TOKEN_HEADER]
    if (typeof token !== 'string' || !token)
      throw new HttpError(401, 'device_token_required', `Send the device token in ${DEVICE_TOKEN_HEADER}.`)
    const row = token.length <= 256 ? await deps.store.getDeviceToken(hashToken(token)) : undefined
    const refused = new HttpError(403, 'forbidden', 'This headset is not paired with a session (any more).')
    if (!row) throw refused
    const state = await deps.hub.state(row.sessionId)
    const ended = new HttpError(403, 'session_ended', 'This session has ended; its settings are closed.')
    if (!state) throw ended
    if (row.revokedAt === null) {
      if (state.phase === 'ended') throw ended
      return state
    }
    // A revoked token: only the session's own end revoked it (not an unpairing), and only for the grace.
    const end = endedAt(state)
    if (end === null || row.revokedAt < end || grace <= 0 || !openForSaves(state, now(), grace))
      throw state.phase === 'ended' ? ended : refused
    return state
  }
}
