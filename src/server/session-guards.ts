import { LOGIN_COOKIE } from '../shared/session/http'
import type { Accounts } from './auth/accounts'
import { readCookie } from './auth/tokens'
import { HttpError } from './errors'
import type { SessionHub } from './relay/session-hub'
import type { SessionGuards } from './session-feature'

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** The therapist checks every console route shares: signed in, and only their own sessions. */
export function createSessionGuards(deps: {
  accounts: Pick<Accounts, 'userForToken'>
  hub: Pick<SessionHub, 'state'>
}): SessionGuards {
  return {
    async therapist(request) {
      const user = await deps.accounts.userForToken(readCookie(request.headers.cookie, LOGIN_COOKIE))
      if (!user) throw new HttpError(401, 'login_required', 'Please sign in to the console.')
      return user
    },
    async ownSession(user, id) {
      const state = ID_PATTERN.test(id) ? await deps.hub.state(id) : undefined
      // Someone else's session is "not found": its existence is nobody else's business.
      if (!state || state.therapistId !== user.id)
        throw new HttpError(404, 'not_found', 'There is no such session.')
      return state
    },
  }
}
