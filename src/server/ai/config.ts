import { isIP } from 'node:net'
import { AI_CAPABILITIES } from '../../shared/privacy/ai-contract'
import type { AiCapability, PrivacyMode } from '../../shared/privacy/ai-contract'
import type { ResolveAll } from './clinic-fetch'
import { clinicNetworks, isClinicAddress, type Network } from './clinic-network'

/** A bad AI setting; main.ts turns it into a usage error at startup. Never carries the key. */
export class AiConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AiConfigError'
  }
}

export interface AiConfig {
  /** `local` (the default): nothing leaves the machine, whatever keys are set. */
  mode: PrivacyMode
  /** Only ever handed to the SDK; never logged, never returned. */
  apiKey: string | undefined
  /** The provider's API root, e.g. `https://api.openai.com/v1` or a clinic's own server. */
  baseURL: string
  /** Host of `baseURL`, shown on the console and written to the audit log. */
  providerHost: string
  /** Capabilities switched on (STILLROOM_AI). */
  enabled: ReadonlySet<AiCapability>
  models: Record<AiCapability, string>
  /** The narration voice for `audio.speech`. */
  voice: string
  /** `audio.speech` speed (0.25–4), only sent when STILLROOM_VOICE_SPEED is set (some models ignore it). */
  voiceSpeed?: number | undefined
  /** Whole-call deadlines, retries included. */
  timeouts: { imagesMs: number; otherMs: number; healthMs: number }
  /** 429 and 5xx: retried with exponential backoff and full jitter, then given up. */
  retry: { max: number; baseMs: number; maxMs: number }
  /** How long a health check is trusted. */
  healthTtlMs: number
  /** The cost guard: cloud pictures per session and per local day (every started call counts). */
  imageCaps: { session: number; day: number }
  /** AI moderation waits at most this long before the words are committed; then the local screen stands. */
  moderationDeadlineMs: number
  /**
   * Clinic mode only: the networks calls may reach (loopback, the private ranges, STILLROOM_CLINIC_NETWORKS), and
   * how names are looked up (tests hand in their own; the server uses DNS).
   */
  clinic?: { networks: readonly Network[]; resolve?: ResolveAll }
}

export const DEFAULT_BASE_URL = 'https://api.openai.com/v1'

const DEFAULT_MODELS: Record<AiCapability, string> = {
  images: 'gpt-image-1',
  text: 'gpt-4o-mini',
  speech: 'gpt-4o-mini-tts',
  transcription: 'gpt-4o-mini-transcribe',
  moderation: 'omni-moderation-latest',
}
const MODEL_ENV: Record<AiCapability, string> = {
  images: 'STILLROOM_IMAGE_MODEL',
  text: 'STILLROOM_TEXT_MODEL',
  speech: 'STILLROOM_SPEECH_MODEL',
  transcription: 'STILLROOM_TRANSCRIBE_MODEL',
  moderation: 'STILLROOM_MODERATION_MODEL',
}
const MODEL_NAME = /^[A-Za-z0-9][\w.:/@+-]{0,127}$/

export const AI_USAGE = `AI providers (optional; nothing leaves this computer unless STILLROOM_PRIVACY says so):
  STILLROOM_PRIVACY      local (default) | clinic (only a server on the clinic's own network) | cloud
  STILLROOM_CLINIC_NETWORKS   clinic mode: networks besides loopback and the private ranges, e.g. 100.64.0.0/10
  OPENAI_API_KEY         the provider's key (kept on the server, never shown)
  OPENAI_BASE_URL        an OpenAI-compatible server (default ${DEFAULT_BASE_URL})
  STILLROOM_AI           capabilities to use: ${AI_CAPABILITIES.join(',')} (default all), or none
  STILLROOM_IMAGE_MODEL, STILLROOM_TEXT_MODEL, STILLROOM_SPEECH_MODEL, STILLROOM_TRANSCRIBE_MODEL,
  STILLROOM_MODERATION_MODEL, STILLROOM_VOICE   model names and the narration voice
  STILLROOM_VOICE_SPEED  the narration voice's speed, 0.25 to 4 (not sent unless set)
  STILLROOM_IMAGE_CAP_SESSION, STILLROOM_IMAGE_CAP_DAY   cloud pictures per session (default 20) and per day (100)
  STILLROOM_MODERATION_DEADLINE_MS   how long AI moderation may take before the local screen stands (4000)`

/**
 * Reads the AI settings once, at startup. `overrides` lets tests shorten timeouts and retries.
 * Throws AiConfigError with a message a clinic can act on; the key never appears in it.
 */
export function parseAiConfig(
  env: Readonly<Record<string, string | undefined>>,
  overrides: Partial<
    Pick<AiConfig, 'timeouts' | 'retry' | 'healthTtlMs' | 'imageCaps' | 'moderationDeadlineMs'>
  > = {},
): AiConfig {
  const modeText = (env.STILLROOM_PRIVACY ?? '').trim().toLowerCase() || 'local'
  if (modeText !== 'local' && modeText !== 'clinic' && modeText !== 'cloud') {
    throw new AiConfigError(
      `STILLROOM_PRIVACY must be "local", "clinic" or "cloud", not "${clip(modeText)}".`,
    )
  }
  const mode: PrivacyMode = modeText

  const rawKey = env.OPENAI_API_KEY
  const apiKey = rawKey?.trim() || undefined
  if (apiKey && /\s/.test(apiKey)) {
    throw new AiConfigError('OPENAI_API_KEY contains spaces or line breaks; copy the key again.')
  }

  const baseText = env.OPENAI_BASE_URL?.trim() || DEFAULT_BASE_URL
  let base: URL
  try {
    base = new URL(baseText)
  } catch {
    throw new AiConfigError(`OPENAI_BASE_URL is not a web address (expected e.g. ${DEFAULT_BASE_URL}).`)
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new AiConfigError('OPENAI_BASE_URL must start with http:// or https://.')
  }
  const custom = Boolean(env.OPENAI_BASE_URL?.trim())
  const clinic = mode === 'clinic' ? clinicSettings(env, base, custom) : undefined
  if (mode === 'cloud' && !apiKey && !custom) {
    throw new AiConfigError(
      'STILLROOM_PRIVACY=cloud needs OPENAI_API_KEY (or OPENAI_BASE_URL for a clinic server without keys).',
    )
  }

  const listText = (env.STILLROOM_AI ?? '').trim().toLowerCase()
  const enabled = new Set<AiCapability>()
  if (listText === '' || listText === 'all') AI_CAPABILITIES.forEach((c) => enabled.add(c))
  else if (listText !== 'none' && listText !== 'off') {
    for (const part of listText
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      if (!(AI_CAPABILITIES as readonly string[]).includes(part)) {
        throw new AiConfigError(
          `STILLROOM_AI: "${clip(part)}" is not a capability; use any of ${AI_CAPABILITIES.join(',')}, "all" or "none".`,
        )
      }
      enabled.add(part as AiCapability)
    }
  }

  const models = { ...DEFAULT_MODELS }
  for (const cap of AI_CAPABILITIES) {
    const value = env[MODEL_ENV[cap]]?.trim()
    if (value === undefined || value === '') continue
    if (!MODEL_NAME.test(value))
      throw new AiConfigError(`${MODEL_ENV[cap]}: "${clip(value)}" is not a model name.`)
    models[cap] = value
  }
  const voice = env.STILLROOM_VOICE?.trim() || 'sage'
  if (!/^[a-z][\w-]{0,31}$/i.test(voice))
    throw new AiConfigError(`STILLROOM_VOICE: "${clip(voice)}" is not a voice name.`)
  const speedText = env.STILLROOM_VOICE_SPEED?.trim()
  const voiceSpeed = speedText ? Number(speedText) : undefined
  if (voiceSpeed !== undefined && !(voiceSpeed >= 0.25 && voiceSpeed <= 4))
    throw new AiConfigError(
      `STILLROOM_VOICE_SPEED must be a number from 0.25 to 4, not "${clip(speedText!)}".`,
    )

  const config: AiConfig = {
    mode,
    apiKey: undefined,
    ...(clinic && { clinic }),
    baseURL: base.toString().replace(/\/+$/, ''),
    providerHost: base.host,
    enabled,
    models,
    voice,
    voiceSpeed,
    timeouts: overrides.timeouts ?? { imagesMs: 90_000, otherMs: 30_000, healthMs: 5_000 },
    retry: overrides.retry ?? { max: 3, baseMs: 500, maxMs: 8_000 },
    healthTtlMs: overrides.healthTtlMs ?? 5 * 60_000,
    imageCaps: overrides.imageCaps ?? {
      session: wholeNumber(env, 'STILLROOM_IMAGE_CAP_SESSION', 20, 10_000),
      day: wholeNumber(env, 'STILLROOM_IMAGE_CAP_DAY', 100, 100_000),
    },
    moderationDeadlineMs:
      overrides.moderationDeadlineMs ??
      wholeNumber(env, 'STILLROOM_MODERATION_DEADLINE_MS', 4_000, 60_000, 100),
  }
  // Not enumerable: a config that is logged, inspected or serialised by mistake still does not show the key.
  Object.defineProperty(config, 'apiKey', { value: apiKey, enumerable: false, writable: false })
  return config
}

/** A whole-number setting in [min, max]; 0 for a cap means "no cloud pictures". */
function wholeNumber(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
  max: number,
  min = 0,
): number {
  const text = env[name]?.trim()
  if (text === undefined || text === '') return fallback
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new AiConfigError(`${name} must be a whole number from ${min} to ${max}, not "${clip(text)}".`)
  return value
}

/** Echoes a bad value back, but never a long one: it may be a key pasted into the wrong variable. */
function clip(value: string): string {
  return value.length > 24 || /^(?:sk|rk|pk)-/i.test(value)
    ? `(a value of ${value.length} characters)`
    : value
}

/**
 * Clinic mode's settings, checked at startup: a server address is required (never the cloud default), and an address
 * typed as numbers must be on the clinic's networks. A name is checked when the server starts (checkClinicHost) and
 * again at every connection (clinic-fetch.ts).
 */
function clinicSettings(env: Readonly<Record<string, string | undefined>>, base: URL, custom: boolean) {
  if (!custom)
    throw new AiConfigError(
      "STILLROOM_PRIVACY=clinic needs OPENAI_BASE_URL: the address of the clinic's own OpenAI-compatible server.",
    )
  let networks: Network[]
  try {
    networks = clinicNetworks(env.STILLROOM_CLINIC_NETWORKS)
  } catch (err) {
    throw new AiConfigError((err as Error).message)
  }
  const host = base.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) && !isClinicAddress(host, networks))
    throw new AiConfigError(
      `OPENAI_BASE_URL (${clip(host)}) is outside the clinic's own network; in clinic mode Stillroom only calls ` +
        'loopback, private addresses or STILLROOM_CLINIC_NETWORKS.',
    )
  return { networks }
}

/**
 * At startup in clinic mode: does the provider's name resolve inside the clinic's networks? A plain sentence when it
 * does not (the server then refuses to start), a warning when it cannot be looked up now (every call checks again).
 */
export async function checkClinicHost(
  config: AiConfig,
  resolve: ResolveAll,
): Promise<{ problem: string } | { warning: string } | null> {
  if (config.mode !== 'clinic' || !config.clinic) return null
  const host = new URL(config.baseURL).hostname.replace(/^\[|\]$/g, '')
  if (isIP(host)) return null // checked when the settings were read
  try {
    const all = await resolve(host)
    const wrong = all.find((a) => !isClinicAddress(a.address, config.clinic!.networks))
    if (wrong)
      return {
        problem:
          `OPENAI_BASE_URL names ${clip(host)}, which is at ${wrong.address}, outside the clinic's own network; ` +
          'in clinic mode Stillroom only calls loopback, private addresses or STILLROOM_CLINIC_NETWORKS.',
      }
    return null
  } catch {
    return {
      warning: `The clinic's AI server ${clip(host)} could not be looked up now; every call checks again.`,
    }
  }
}
