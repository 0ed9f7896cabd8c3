import { z } from 'zod'

/**
 * What the server and the console agree on about cloud AI: the capabilities, a client's recorded consent,
 * the status the console shows, and why a call did not happen. No keys, no client text.
 */

export const AI_CAPABILITIES = ['images', 'text', 'speech', 'transcription', 'moderation'] as const
export type AiCapability = (typeof AI_CAPABILITIES)[number]

/**
 * `local`: nothing leaves this computer. `clinic`: AI calls go only to a server on the clinic's own network (checked at
 * every connection). `cloud`: AI calls may go to the configured provider, such as OpenAI.
 */
export const PRIVACY_MODES = ['local', 'clinic', 'cloud'] as const
export type PrivacyMode = (typeof PRIVACY_MODES)[number]

/** 'off': not switched on (or local mode); 'unavailable': the provider said no or cannot be reached. */
export type CapabilityState = 'on' | 'off' | 'unavailable' | 'unknown'

export interface AiStatus {
  mode: PrivacyMode
  /** Host of the provider (`api.openai.com` or the clinic's server), never a key or credentials. */
  provider: string | null
  capabilities: Record<AiCapability, CapabilityState>
  /** A short plain sentence when something needs the therapist's attention. */
  notice: string | null
  /** ISO time of the last health check, null when none was needed (local mode). */
  checkedAt: string | null
}

export const AI_FAILURE_REASONS = [
  'local',
  'off',
  'held',
  'cancelled',
  'timeout',
  'rate_limited',
  'server',
  'bad_response',
  'auth',
  'unreachable',
  'unsupported',
  /** Clinic mode: the provider's address is outside the clinic's own network, so nothing was sent. */
  'outside_clinic',
] as const
export type AiFailureReason = (typeof AI_FAILURE_REASONS)[number]

/** Every provider call answers with this; it never throws to its caller. */
export type AiResult<T> = { ok: true; value: T } | { ok: false; reason: AiFailureReason; notice: string }

/** Who agreed, when, and to which capabilities. Recorded by the therapist with the client's record. */
export const AiConsentSchema = z.object({
  capabilities: z.array(z.enum(AI_CAPABILITIES)).max(AI_CAPABILITIES.length),
  /** The person who agreed: the client, or a guardian for them. */
  givenBy: z.enum(['client', 'guardian']),
  /** The therapist's user id who recorded it. */
  recordedBy: z.string().min(1).max(64),
  /** ISO time. */
  at: z.string().min(1).max(40),
  /**
   * Where the calls were to go when the client agreed: the clinic's own server, or a cloud provider. Consents from
   * before clinic mode have none and were given for the cloud.
   */
  where: z.enum(['clinic', 'cloud']).optional(),
})
export type AiConsent = z.infer<typeof AiConsentSchema>

/**
 * Does this consent let the capability's calls go out in this mode? A consent given for the clinic's own server never
 * lets a client's words or voice go to a cloud provider; one given for the cloud covers the clinic's server too.
 */
export function consentCovers(
  consent: AiConsent | null | undefined,
  mode: PrivacyMode,
  capability: AiCapability,
) {
  if (!consent || mode === 'local' || !consent.capabilities.includes(capability)) return false
  return mode === 'clinic' || (consent.where ?? 'cloud') === 'cloud'
}

/** The body of `PUT /api/clients/:id/ai-consent`. */
export const AiConsentBodySchema = z.object({
  capabilities: z.array(z.enum(AI_CAPABILITIES)).min(1).max(AI_CAPABILITIES.length),
  givenBy: z.enum(['client', 'guardian']).optional(),
})

/** One cap of the cost guard: cloud pictures used and allowed (per session, per day). */
export interface ImageCap {
  used: number
  cap: number
}

/** A recent outbound call's outcome for the console: no client text, only what happened. */
export interface AiNotice {
  at: string
  capability: AiCapability
  outcome: string
  /** A short plain sentence, or null when the call went well. */
  notice: string | null
}

/** The redacted text that left for the provider, as the console shows it for privacy review. */
export interface SentText {
  at: string
  capability: AiCapability
  text: string
}

/**
 * `GET /api/sessions/:id/ai`: everything the console's AI panel shows for one session. `allowed` is what this
 * client's calls may use right now (mode, switch, consent and reachability together); anything not allowed runs
 * locally, silently correct and labelled.
 */
export interface SessionAiInfo {
  status: AiStatus
  consent: AiConsent | null
  allowed: Record<AiCapability, boolean>
  images: { session: ImageCap; day: ImageCap }
  notices: AiNotice[]
  sentTexts: SentText[]
}
