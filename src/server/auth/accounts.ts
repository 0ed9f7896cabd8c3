import type { Clock } from '../../shared/clock'
import crypto from 'node:crypto'
import type { AccountRole } from '../../shared/session/http'
import type { SessionStore, UserRecord } from '../storage/session-store'
import { createFailureLimiter } from './failure-limiter'
import { DEFAULT_SCRYPT, checkPasswordStrength, dummyHash, hashPassword, verifyPassword } from './password'
import type { ScryptParams } from './password'
import { base32Decode, createTotpSecret, verifyTotp } from './totp'
import { createToken, hashToken } from './tokens'

export const LOGIN_TTL_MS = 12 * 60 * 60 * 1000

export type PublicUser = { id: string; name: string; role: AccountRole }

/** Why a sign-in was refused, in the short fixed phrases the audit log stores. */
export type LoginFailure =
  'rate limited' | 'unknown account' | 'wrong password' | 'totp missing' | 'totp wrong' | 'account disabled'

export type LoginResult =
  | { ok: true; token: string; user: PublicUser }
  | {
      ok: false
      status: 401 | 429
      error: string
      message: string
      reason: LoginFailure
      /** The account the attempt was for, when the name is a known one. */
      userId?: string
      retryAfterSeconds?: number
    }

export interface Accounts {
  createUser(input: { name: string; role: AccountRole; password: string; totp?: boolean }): Promise<{
    user: PublicUser
    totpSecret?: string
  }>
  login(input: {
    name: string
    password: string
    totp?: string | undefined
    address: string
  }): Promise<LoginResult>
  /** The user behind a login cookie, or undefined. */
  userForToken(token: string | undefined): Promise<PublicUser | undefined>
  logout(token: string | undefined): Promise<void>
}

export interface AccountsOptions {
  now?: Clock
  createId?: () => string
  scrypt?: ScryptParams
  /** Failed logins allowed per account in 15 minutes. @default 5 */
  perAccount?: number
  /** Failed logins allowed per address in 15 minutes. @default 20 */
  perAddress?: number
}

const NAME = /^[A-Za-z0-9._@-]{1,64}$/
const WINDOW_MS = 15 * 60 * 1000

export function createAccounts(store: SessionStore, options: AccountsOptions = {}): Accounts {
  const now = options.now ?? Date.now
  const createId = options.createId ?? (() => crypto.randomBytes(12).toString('base64url'))
  const params = options.scrypt ?? DEFAULT_SCRYPT
  const byAccount = createFailureLimiter({ max: options.perAccount ?? 5, windowMs: WINDOW_MS }, now)
  const byAddress = createFailureLimiter({ max: options.perAddress ?? 20, windowMs: WINDOW_MS }, now)
  const publicUser = (u: UserRecord): PublicUser => ({ id: u.id, name: u.name, role: u.role })
  const refused = (
    reason: LoginFailure,
    message: string,
    userId?: string,
    error = 'bad_login',
  ): LoginResult => ({
    ok: false,
    status: 401,
    error,
    message,
    reason,
    ...(userId ? { userId } : {}),
  })

  return {
    async createUser({ name, role, password, totp }) {
      if (!NAME.test(name)) {
        throw new Error('The name may use letters, digits and . _ @ - (at most 64 characters).')
      }
      const weak = checkPasswordStrength(password)
      if (weak) throw new Error(weak)
      if (await store.getUserByName(name)) throw new Error(`There is already an account called "${name}".`)
      const totpSecret = totp ? createTotpSecret() : undefined
      const user: UserRecord = {
        id: createId(),
        name,
        role,
        passwordHash: await hashPassword(password, params),
        totpSecret: totpSecret ?? null,
        totpLastStep: null,
        createdAt: new Date(now()).toISOString(),
      }
      await store.insertUser(user)
      return { user: publicUser(user), ...(totpSecret ? { totpSecret } : {}) }
    },

    async login({ name, password, totp, address }) {
      const accountKey = name.toLowerCase()
      const wait = Math.max(byAccount.blockedFor(accountKey), byAddress.blockedFor(address))
      if (wait > 0) {
        return {
          ok: false,
          status: 429,
          error: 'rate_limited',
          message: `Too many failed sign-ins. Please wait ${Math.ceil(wait / 60)} min and try again.`,
          reason: 'rate limited',
          retryAfterSeconds: wait,
        }
      }
      // Counted as a failure now, before the slow hash, in the same tick as the check above: counting after it
      // would let a burst of concurrent guesses all pass the check. A sign-in that works takes it back.
      byAccount.fail(accountKey)
      byAddress.fail(address)
      const user = await store.getUserByName(name)
      // Always run scrypt, so a missing account costs the same time as a wrong password.
      const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await dummyHash(params)))
      const wrong = 'The name or the password is not right.'
      if (!user) return refused('unknown account', wrong)
      if (!passwordOk) return refused('wrong password', wrong, user.id)
      // Said only after the right password, so the message tells a guesser nothing about the account.
      if (user.disabledAt)
        return refused(
          'account disabled',
          "This account is disabled. Ask the clinic's administrator.",
          user.id,
          'account_disabled',
        )
      if (user.totpSecret) {
        // A right password without the right code stays counted for the account: whoever sends it may hold a
        // stolen password. Not for the address, which only limits guessing: a clinic behind one address signs in
        // in two steps (password, then code) many times a day.
        if (!totp) {
          byAddress.release(address)
          return refused('totp missing', 'Enter the 6-digit code from your app.', user.id, 'totp_required')
        }
        const step = verifyTotp(base32Decode(user.totpSecret), totp, now(), { afterStep: user.totpLastStep })
        // The stored step decides, not the one read before the hash: a concurrent request may have used it.
        if (step === null || !(await store.consumeTotpStep(user.id, step))) {
          const again = 'That code is not right (or was already used). Wait for the next one and try again.'
          return refused('totp wrong', again, user.id)
        }
      }
      byAccount.reset(accountKey)
      byAddress.release(address)
      const token = createToken()
      const t = now()
      await store.insertLogin(hashToken(token), user.id, t, t + LOGIN_TTL_MS)
      return { ok: true, token, user: publicUser(user) }
    },

    async userForToken(token) {
      if (!token) return undefined
      const user = await store.getLoginUser(hashToken(token), now())
      return user ? publicUser(user) : undefined
    },

    async logout(token) {
      if (token) await store.deleteLogin(hashToken(token))
    },
  }
}
