import type { FastifyRequest } from 'fastify'
import type { SessionState } from '../shared/session/state'
import type { Accounts, PublicUser } from './auth/accounts'
import type { ScryptParams } from './auth/password'
import type { Relay } from './relay/relay'
import type { SessionHub } from './relay/session-hub'
import type { SocketLimits } from './relay/socket-server'

/**
 * The types the session routes, the AI feature and the composition in app.ts share. They live in a module of their
 * own, so a feature depends on this contract and never on the route file that happens to fulfil it.
 */

/** Who is asking, checked the same way by every therapist route (session, AI, pictures). */
export interface SessionGuards {
  /** The signed-in therapist, or 401. */
  therapist(request: FastifyRequest): Promise<PublicUser>
  /** This therapist's session (live or stored), or 404 — someone else's session is "not found" too. */
  ownSession(user: PublicUser, sessionId: string): Promise<SessionState>
}

/**
 * What the session feature hands to the features built on it (AI pictures, speech, record): the hub to follow
 * sessions, the accounts, and the same guards, so they check who is asking exactly as the session routes do.
 */
export interface SessionFeature {
  hub: SessionHub
  accounts: Accounts
  guards: SessionGuards
}

export interface PairingOptions {
  /** Pairing guesses per address per minute. @default 10 */
  pairAttemptsPerMinute?: number
  /** Wrong pairing codes per minute from all addresses together before every open code is voided. @default 30 */
  pairMissesPerMinute?: number
  /** Makes a new pairing code (tests pass a predictable one). @default random from crypto.randomInt */
  pairingCode?: () => string
}

/** The session feature's settings, as `createApp` takes them (tests and the bench tune them). */
export interface SessionFeatureOptions extends PairingOptions {
  /** Origins allowed on the socket besides the server's own. */
  allowedOrigins?: readonly string[]
  /** Password hashing cost (tests use a cheaper one). */
  scrypt?: ScryptParams
  /** @default createLocalRelay() */
  relay?: Relay
  /** Per-socket rate limits (the fuzz test and the bench raise them). */
  socketLimits?: Partial<SocketLimits>
  /** A socket that has not said hello by then is closed. @default 10 s */
  helloTimeoutMs?: number
  /** How often open sockets' logins and device tokens are checked again (tests shorten it). @default 30 s */
  authRecheckMs?: number
}
