import type { Clock } from '../../shared/clock'
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { AiCapability, AiFailureReason } from '../../shared/privacy/ai-contract'
import { SPEECH_TEXT_MAX, VOICE_TEXT } from '../../shared/privacy/voice-caps'
import type { VoiceCaps } from '../../shared/privacy/voice-caps'
import { LANGUAGES } from '../../shared/safety/language'
import { screenRisk } from '../../shared/safety/risk'
import type { RiskScreen } from '../../shared/safety/risk'
import type { SessionState } from '../../shared/session/state'
import type { DeviceSessionGuard } from '../device-session'
import { HttpError } from '../errors'
import { createKeyedBuckets } from '../relay/token-bucket'
import type { AiStore } from '../storage/ai-store'
import { registerAudioPost } from './audio-body'
import type { AiProvider } from './provider'

export interface SpeechRoutesDeps {
  provider: AiProvider
  store: AiStore
  /** The shared headset guard (device token of a live session). */
  deviceSession: DeviceSessionGuard
  now: Clock
  /** Spoken lines per device per minute (also the burst). @default 40 */
  speechPerMinute?: number
  /**
   * Raises a transcript's words of risk in the session at once: the client may never press "Use these words", and a
   * person must still hear them.
   */
  raiseRisk: (state: SessionState, words: string, screen: RiskScreen) => Promise<void>
}

/** A line and the language it is in (the headset's; optional for older headsets, which speak English). */
const SpeechBodySchema = z.object({
  text: z.string().trim().min(1).max(SPEECH_TEXT_MAX),
  lang: z.enum(LANGUAGES).optional(),
})
/** Reasons that mean "not allowed here" (409), not "the provider failed" (502). */
const NOT_ALLOWED: ReadonlySet<AiFailureReason> = new Set([
  'local',
  'off',
  'unsupported',
  'held',
  'outside_clinic',
])

/**
 * Speech in and voice out for the headset, all behind the device token of a live session:
 * `GET /api/session/voice-caps`, `POST /api/session/transcribe` (audio body → `{ text }`) and
 * `POST /api/session/speech` (`{ text }` → the line's audio, mp3 asked for). The client's words and recordings are never logged.
 */
export function registerSpeechRoutes(app: FastifyInstance, deps: SpeechRoutesDeps): void {
  const { provider } = deps

  /** What this client's calls may use now: mode, switch, reachability (cached health) and consent together. */
  async function capsFor(clientId: string): Promise<VoiceCaps> {
    const status = await provider.status()
    if (status.mode === 'local') return { transcription: false, speech: false, reason: VOICE_TEXT.local }
    const consent = await deps.store.getConsent(clientId)
    const can = (cap: AiCapability) => {
      const state = status.capabilities[cap]
      return (state === 'on' || state === 'unknown') && Boolean(consent?.capabilities.includes(cap))
    }
    const caps: VoiceCaps = { transcription: can('transcription'), speech: can('speech') }
    if (!caps.transcription) {
      const reachable =
        status.capabilities.transcription === 'on' || status.capabilities.transcription === 'unknown'
      caps.reason = reachable ? VOICE_TEXT.noConsent : VOICE_TEXT.off
    }
    return caps
  }

  // One bucket per paired session (its headset), so one busy headset never slows another.
  const takeSpeech = createKeyedBuckets(deps.speechPerMinute ?? 40, deps.now)

  const ctx = (state: SessionState) => ({ clientId: state.clientId, sessionId: state.id })

  app.get(
    '/api/session/voice-caps',
    { config: { access: 'device' } },
    async (request): Promise<VoiceCaps> => {
      const state = await deps.deviceSession(request)
      return capsFor(state.clientId)
    },
  )

  app.post('/api/session/speech', { config: { access: 'device' } }, async (request, reply) => {
    const state = await deps.deviceSession(request)
    const parsed = SpeechBodySchema.safeParse(request.body)
    if (!parsed.success)
      throw new HttpError(400, 'invalid_body', `Send {"text": "…"} with 1 to ${SPEECH_TEXT_MAX} characters.`)
    if (!takeSpeech(state.id)) {
      reply.header('retry-after', '10')
      throw new HttpError(429, 'rate_limited', 'Too many spoken lines at once; the captions carry on.')
    }
    if (!(await capsFor(state.clientId)).speech)
      throw new HttpError(
        409,
        'speech_not_allowed',
        'The AI voice is not available here; the captions carry on.',
      )
    const result = await provider.speak(ctx(state), parsed.data.text, parsed.data.lang)
    if (!result.ok) throw failure(result.reason, result.notice, 'speech')
    // We ask for mp3, but a self-hosted server may answer wav, ogg or flac: the label says what the bytes are.
    // Nothing says whether the line came from the cache: whether it was spoken before is the client's business.
    return reply.type(speechAudioType(result.value.audio)).send(result.value.audio)
  })

  registerAudioPost(
    app,
    { path: '/api/session/transcribe', access: 'device', guard: deps.deviceSession },
    async (state, audio) => {
      const caps = await capsFor(state.clientId)
      if (!caps.transcription)
        throw new HttpError(409, 'transcription_not_allowed', caps.reason ?? VOICE_TEXT.off)
      const result = await provider.transcribe(ctx(state), audio, state.language)
      if (!result.ok) throw failure(result.reason, result.notice, 'transcription')
      const text = result.value.text
      const risk = screenRisk(text)
      if (risk.raised) {
        // The words go to the therapist now; the headset gets no words back to confirm (the gentle message shows).
        await deps.raiseRisk(state, text.trim(), risk)
        return { text: '', risk: true }
      }
      return { text }
    },
  )
}

/**
 * The content type of a spoken line, from its first bytes (mp3 is asked for, but OpenAI-compatible servers do not
 * all honour `response_format`). Unknown bytes are labelled as such rather than called mp3.
 */
export function speechAudioType(data: Uint8Array): string {
  const tag = (at: number) => String.fromCharCode(...data.subarray(at, at + 4))
  if (tag(0) === 'RIFF' && tag(8) === 'WAVE') return 'audio/wav'
  if (tag(0) === 'OggS') return 'audio/ogg'
  if (tag(0) === 'fLaC') return 'audio/flac'
  if (tag(0).startsWith('ID3')) return 'audio/mpeg'
  const [a = 0, b = 0] = data
  // A frame sync: ADTS (AAC) has layer bits 00, MPEG audio layers I–III do not.
  if (a === 0xff && (b & 0xe0) === 0xe0) return (b & 0x06) === 0 ? 'audio/aac' : 'audio/mpeg'
  return 'application/octet-stream'
}

/** Not allowed → 409 with a calm sentence; anything the provider did → 502 with its short notice. */
export function failure(reason: AiFailureReason, notice: string, cap: 'speech' | 'transcription'): HttpError {
  if (NOT_ALLOWED.has(reason)) {
    return cap === 'speech'
      ? new HttpError(409, 'speech_not_allowed', 'The AI voice is not available here; the captions carry on.')
      : new HttpError(409, 'transcription_not_allowed', VOICE_TEXT.off)
  }
  return new HttpError(502, `provider_${reason}`, notice)
}
