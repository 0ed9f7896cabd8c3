import { isoAt, type Clock } from '../../shared/clock'
import { supportedLanguageOf } from '../../shared/safety/language'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { AiConsent } from '../../shared/privacy/ai-contract'
import { consentCovers } from '../../shared/privacy/ai-contract'
import { VOICE_TEXT, type VoiceCaps } from '../../shared/privacy/voice-caps'
import { screenRisk } from '../../shared/safety/risk'
import { HttpError } from '../errors'
import { createKeyedBuckets } from '../relay/token-bucket'
import { requireSoloDevice } from '../solo-device'
import type { AiStore } from '../storage/ai-store'
import type { AuditStore } from '../storage/audit-store'
import { registerAudioPost } from './audio-body'
import type { AiProvider } from './provider'
import { failure } from './speech-routes'

export interface SoloSpeechDeps {
  provider: AiProvider
  store: AiStore
  audit?: AuditStore | undefined
  now: Clock
  /** Recordings per device per minute (also the burst). @default 20 */
  perMinute?: number
}

const ConsentBody = z.object({ agree: z.boolean() })

/**
 * Speaking on a headset used alone: only to the clinic's own speech server (clinic mode), and only after the person
 * wearing it agreed on the headset. A cloud provider is never used without a therapist and a recorded consent, so
 * in cloud mode a solo headset is told that speaking works in a session. Routes: `GET /api/solo/voice-caps`,
 * `PUT /api/solo/voice-consent` (`{ agree }`), `POST /api/solo/transcribe` (audio → `{ text }`), all for the
 * device's own solo id. The words and recordings are never logged or kept.
 */
export function registerSoloSpeechRoutes(app: FastifyInstance, deps: SoloSpeechDeps): void {
  const { provider } = deps

  async function capsFor(device: string): Promise<VoiceCaps> {
    const status = await provider.status()
    const off = { transcription: false, speech: false }
    if (status.mode === 'local') return { ...off, reason: VOICE_TEXT.soloLocal }
    if (status.mode !== 'clinic') return { ...off, reason: VOICE_TEXT.solo }
    const state = status.capabilities.transcription
    if (state !== 'on' && state !== 'unknown') return { ...off, reason: VOICE_TEXT.soloLocal }
    const consent = await deps.store.getSoloConsent(device)
    if (consentCovers(consent, 'clinic', 'transcription')) return { transcription: true, speech: false }
    return { ...off, ask: true, reason: VOICE_TEXT.askSolo }
  }

  const take = createKeyedBuckets(deps.perMinute ?? 20, deps.now)

  app.get('/api/solo/voice-caps', { config: { access: 'key' } }, async (request) =>
    capsFor(requireSoloDevice(request)),
  )

  app.put('/api/solo/voice-consent', { config: { access: 'key' } }, async (request) => {
    const device = requireSoloDevice(request)
    const parsed = ConsentBody.safeParse(request.body)
    if (!parsed.success) throw new HttpError(400, 'invalid_body', 'Send {"agree": true} or {"agree": false}.')
    if (parsed.data.agree && provider.mode !== 'clinic')
      throw new HttpError(409, 'not_clinic', VOICE_TEXT.solo)
    const consent: AiConsent | null = parsed.data.agree
      ? {
          capabilities: ['transcription'],
          givenBy: 'client',
          recordedBy: 'headset',
          at: isoAt(deps.now()),
          where: 'clinic',
        }
      : null
    await deps.store.setSoloConsent(device, consent)
    deps.audit?.record({
      actor: 'headset',
      action: 'consent',
      detail: consent ? 'solo headset: transcription, clinic server' : 'solo headset: withdrawn',
    })
    return capsFor(device)
  })

  registerAudioPost(
    app,
    {
      path: '/api/solo/transcribe',
      access: 'key',
      // A headset alone sends the language on screen with every request: its words are written down in it.
      guard: async (request) => ({
        device: await requireSoloDevice(request),
        lang: supportedLanguageOf(request.headers['accept-language']),
      }),
    },
    async ({ device, lang }, audio) => {
      const caps = await capsFor(device)
      if (!caps.transcription)
        throw new HttpError(409, 'transcription_not_allowed', caps.reason ?? VOICE_TEXT.off)
      if (!take(device)) throw new HttpError(429, 'rate_limited', VOICE_TEXT.failed)
      const result = await provider.transcribe({ soloDevice: device }, audio, lang)
      if (!result.ok) throw failure(result.reason, result.notice, 'transcription')
      // Words of risk never come back to be confirmed: the headset opens its crisis panel, as for typed words.
      if (screenRisk(result.value.text).raised) return { text: '', risk: true }
      return { text: result.value.text }
    },
  )
}
