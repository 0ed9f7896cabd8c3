import type { FastifyRequest } from 'fastify'
import type { SessionState } from '../shared/session/state'
import type { Accounts, PublicUser } from './auth/accounts'
import type { SessionHub } from './relay/session-hub'

/**
 * What the session feature hands to the features built on it (AI pictures, speech): the hub to follow sessions and
 * the same guards, so they check who is asking exactly as the session routes do instead of copying them. A type of
 * its own, so those features depend on this contract and not on the route file that fulfils it.
 */
export interface SessionFeature {
  hub: SessionHub
  accounts: Accounts
  guards: {
    /** The signed-in therapist, or 401. */
    therapist(request: FastifyRequest): Promise<PublicUser>
    /** This therapist's session (live or stored), or 404 — someone else's session is "not found" too. */
    ownSession(user: PublicUser, sessionId: string): Promise<SessionState>
  }
}
