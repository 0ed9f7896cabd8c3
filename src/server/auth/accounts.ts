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

export type LoginResult =
  | { ok: true; token: string; user: PublicUser }
  | { ok: false; status: 401 | 429; error: string; message: string; retryAfterSeconds?: number }

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
  now?: () => number
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
  const refused = (message: string): LoginResult => ({ ok: false, status: 401, error: 'bad_login', message })

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
          retryAfterSeconds: wait,
        }
      }
      const user = await store.getUserByName(name)
      // Always run scrypt, so a missing account costs the same time as a wrong password.
      const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await dummyHash(params)))
      if (!user || !passwordOk) {
        byAccount.fail(accountKey)
        byAddress.fail(address)
        return refused('The name or the password is not right.')
      }
      if (user.totpSecret) {
        if (!totp) {
          // The password was right: no failure counted, the console just asks for the code.
          return {
            ok: false,
            status: 401,
            error: 'totp_required',
            message: 'Enter the 6-digit code from your app.',
          }
        }
        const step = verifyTotp(base32Decode(user.totpSecret), totp, now(), { afterStep: user.totpLastStep })
        if (step === null) {
          byAccount.fail(accountKey)
          byAddress.fail(address)
          return refused('That code is not right (or was already used). Wait for the next one and try again.')
        }
        await store.setTotpLastStep(user.id, step)
      }
      byAccount.reset(accountKey)
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
