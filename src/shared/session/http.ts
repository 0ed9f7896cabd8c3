import { z } from 'zod'
import { ApprovalSchema, SudsScaleSchema } from './state'
import type { SessionState } from './state'
import type { ClientPrefs } from '../prefs/prefs'

// Bodies and answers of the session HTTP routes (all JSON under /api). Errors are `{error, message}`.

export const LOGIN_COOKIE = 'stillroom_session'

export const AccountRoleSchema = z.enum(['therapist', 'admin'])
export type AccountRole = z.infer<typeof AccountRoleSchema>

/** POST /api/auth/login. `totp` only for accounts with a second factor (answer 401 `totp_required` otherwise). */
export const LoginBodySchema = z.strictObject({
  name: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
  totp: z
    .string()
    .regex(/^\d{6,8}$/)
    .optional(),
})
export type LoginBody = z.infer<typeof LoginBodySchema>

/** GET /api/auth/me and the answer of a successful login. */
export type Me = { user: { id: string; name: string; role: AccountRole } }

export const ClientAliasSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f]+$/, 'no control characters')
/** POST /api/clients — a pseudonym, never a real name required. */
export const CreateClientBodySchema = z.strictObject({
  alias: ClientAliasSchema,
  sudsScale: SudsScaleSchema.optional(),
})
export type ClientSummary = {
  id: string
  alias: string
  sudsScale: 10 | 100
  createdAt: string
  hasSafePlace: boolean
  /** Comfort settings and volumes kept with the record (GET /api/clients; see src/shared/prefs). */
  prefs?: ClientPrefs
}
/** GET /api/clients → `{clients}`; POST → `{client}` (201). */
export type ListClientsResponse = { clients: ClientSummary[] }

/** POST /api/sessions. */
export const CreateSessionBodySchema = z.strictObject({
  clientId: z.string().min(1).max(64),
  approval: ApprovalSchema.optional(),
  breakEveryMin: z.number().int().min(1).max(240).optional(),
})
export type PairingCodeInfo = { code: string; expiresAt: string }
/** POST /api/sessions (201) → the new session and its first code; POST /api/sessions/:id/pairing-code → `{pairingCode}`. */
export type CreateSessionResponse = {
  session: SessionState
  pairingCode: PairingCodeInfo
}
export type SessionSummary = {
  id: string
  clientId: string
  clientAlias: string
  phase: 'waiting' | 'active' | 'paused' | 'ended'
  startedAt: number
  headsetPaired: boolean
  /** Risk alerts the therapist has not acknowledged yet (so a reloaded console can raise them at once). */
  risksWaiting: number
}
/** GET /api/sessions?active=1 → the therapist's own sessions (not ended when `active=1`). */
export type ListSessionsResponse = { sessions: SessionSummary[] }

/** POST /api/pair (headset). */
export const PairBodySchema = z.strictObject({ code: z.string().min(1).max(32) })
export type PairResponse = { sessionId: string; deviceToken: string }
/** POST /api/device/forget (headset; token in `x-stillroom-device` header or body). */
export const ForgetBodySchema = z.strictObject({ deviceToken: z.string().min(1).max(128).optional() })
export const DEVICE_TOKEN_HEADER = 'x-stillroom-device'
