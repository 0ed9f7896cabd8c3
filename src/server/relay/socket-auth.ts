import type { ErrorCode, HelloMessage } from '../../shared/session/protocol'
import type { Accounts } from '../auth/accounts'
import { hashToken } from '../auth/tokens'
import type { SessionStore } from '../storage/session-store'
import type { SessionHub } from './session-hub'
import type { SocketCredential } from './socket-registry'

export interface SocketAuthDeps {
  hub: SessionHub
  accounts: Accounts
  store: SessionStore
}

export type HelloVerdict =
  | { role: 'therapist' | 'headset'; sessionId: string; credential: SocketCredential }
  | { code: ErrorCode; message: string }

/**
 * Who a first `hello` speaks for: the console's login cookie (from the upgrade) and the session it owns, or the
 * headset's device token and the session it was paired with. Anything else is refused without saying more.
 */
export async function authenticateHello(
  deps: SocketAuthDeps,
  cookie: string | undefined,
  message: HelloMessage,
): Promise<HelloVerdict> {
  if (message.role === 'therapist') {
    const user = await deps.accounts.userForToken(cookie)
    if (!user) return { code: 'forbidden', message: 'Sign in to the console first.' }
    if (!message.sessionId) return { code: 'bad-frame', message: 'hello from a console needs a sessionId.' }
    const state = await deps.hub.state(message.sessionId)
    if (!state) return { code: 'not-found', message: 'There is no such session.' }
    // Only the therapist who owns the session may watch or steer it; others learn nothing about it.
    if (state.therapistId !== user.id) return { code: 'not-found', message: 'There is no such session.' }
    const stillValid = async () => (await deps.accounts.userForToken(cookie))?.id === user.id
    const tokenHash = hashToken(cookie ?? '')
    return { role: 'therapist', sessionId: state.id, credential: { kind: 'login', tokenHash, stillValid } }
  }
  if (!message.deviceToken)
    return { code: 'forbidden', message: 'This headset is not paired. Enter a pairing code.' }
  const tokenHash = hashToken(message.deviceToken)
  const sessionId = await deps.store.getDeviceSession(tokenHash)
  if (!sessionId) {
    return {
      code: 'forbidden',
      message: 'This headset is no longer paired (the session ended). Enter a new code.',
    }
  }
  if (message.sessionId && message.sessionId !== sessionId) {
    return { code: 'forbidden', message: 'This device token belongs to another session.' }
  }
  // The token outlived its session's record (damaged or removed): nothing to join.
  if (!(await deps.hub.state(sessionId))) return { code: 'not-found', message: 'There is no such session.' }
  const stillValid = async () => (await deps.store.getDeviceSession(tokenHash)) === sessionId
  return { role: 'headset', sessionId, credential: { kind: 'device', tokenHash, stillValid } }
}
