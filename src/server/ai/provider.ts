import type { Clock } from '../../shared/clock'
import type { SupportedLanguage } from '../../shared/safety/language'
import crypto from 'node:crypto'
import OpenAI from 'openai'
import { consentCovers } from '../../shared/privacy/ai-contract'
import type { AiCapability, AiResult, AiStatus, PrivacyMode } from '../../shared/privacy/ai-contract'
import { redact } from '../../shared/privacy/redact'
import type { SceneSpec } from '../../shared/spec'
import type { AiStore } from '../storage/ai-store'
import { noticeFor, runCall, scrubSecrets } from './call-runner'
import type { AiConfig } from './config'
import { createAiHealth } from './health'
import { createClinicFetch } from './clinic-fetch'
import { createSpeechCache } from './speech-cache'
import { buildImagePrompt, buildRefineMessage } from './prompts'
import {
  requestImage,
  requestModeration,
  requestRefinement,
  requestSpeech,
  requestTranscript,
} from './requests'

/**
 * Who a call is for. In a session: the client, whose recorded consent is looked up, and the audit log keeps both ids.
 * A headset used alone has no client record: its own agreement is looked up by the solo device's hash, and the audit
 * log keeps the call without a client.
 */
export type AiCallContext = (
  | { clientId: string; sessionId?: string; soloDevice?: never }
  | { soloDevice: string; clientId?: never; sessionId?: never }
) & {
  /** The therapist's cancel. */
  signal?: AbortSignal
  /** A shorter whole-call deadline than the capability's own (moderation before a commit). */
  deadlineMs?: number
}

export interface AiImage {
  data: Buffer
  mime: 'image/png' | 'image/jpeg' | 'image/webp'
  /** The redacted prompt that was sent. */
  prompt: string
}

export interface AiProvider {
  /** Where calls may go: nowhere (local), the clinic's own server, or a cloud provider. */
  readonly mode: PrivacyMode
  /** A picture for the words (gpt-image-1, b64). Held words never go out. */
  generateImage(ctx: AiCallContext, input: { words: string; spec: SceneSpec }): Promise<AiResult<AiImage>>
  /** A richer SceneSpec by structured output; the local safety result is kept, whatever the model says. */
  refineSpec(ctx: AiCallContext, input: { words: string; spec: SceneSpec }): Promise<AiResult<SceneSpec>>
  /** OpenAI moderation, in addition to the local screen (never instead). */
  moderate(ctx: AiCallContext, text: string): Promise<AiResult<{ flagged: boolean; categories: string[] }>>
  /**
   * Narration audio (mp3), cached per client, text and voice in the data folder (speech-cache.ts), spoken in the
   * client's language `lang` when given (the headset's language; the words are already in it).
   */
  speak(
    ctx: AiCallContext,
    text: string,
    lang?: SupportedLanguage,
  ): Promise<AiResult<{ audio: Buffer; mime: 'audio/mpeg'; cached: boolean }>>
  /** The client's recorded speech as text, in their language `lang` when known (they confirm it before use). */
  transcribe(
    ctx: AiCallContext,
    audio: { data: Buffer; filename: string; mime: string },
    lang?: SupportedLanguage,
  ): Promise<AiResult<{ text: string }>>
  status(): Promise<AiStatus>
  /**
   * May this client's calls use the capability right now (cloud mode, switched on, not marked unavailable, and the
   * client's consent)? Cheap: reads the consent, never calls out.
   */
  allows(clientId: string, capability: AiCapability): Promise<boolean>
}

export interface AiProviderDeps {
  config: AiConfig
  store: AiStore
  /** Failures and outcomes; never receives the key or a client's words. */
  log?: (message: string, fields: Record<string, unknown>) => void
  now?: Clock
  createId?: () => string
  /** The data folder: spoken lines are cached per client under it. Without it, every line is fetched. */
  dataDir?: string | undefined
}

interface Send<T> {
  capability: AiCapability
  /** The text to send, before redaction; the provider redacts it. Null for audio. */
  text: string | null
  audio?: Buffer
  deadlineMs: number
  run(client: OpenAI, sent: string, signal: AbortSignal): Promise<{ value: T; responseBytes: number }>
}

const sha256 = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex')

export function createAiProvider(deps: AiProviderDeps): AiProvider {
  const { config, store } = deps
  const now = deps.now ?? (() => Date.now())
  const createId = deps.createId ?? (() => crypto.randomBytes(12).toString('base64url'))
  const log = deps.log ?? (() => {})
  // No client at all in local mode: nothing in this process can reach the network by accident. In clinic mode
  // every connection goes through clinic-fetch.ts, which checks each address as it connects.
  const clinic = config.mode === 'clinic' && config.clinic
  const client =
    config.mode !== 'local'
      ? new OpenAI({
          ...(clinic && { fetch: createClinicFetch(clinic.networks, clinic.resolve) }),
          // Self-hosted servers often need no key; the SDK insists on one, so a placeholder goes instead.
          apiKey: config.apiKey ?? 'no-key',
          baseURL: config.baseURL,
          timeout: config.timeouts.otherMs,
          maxRetries: 0,
          organization: null,
          project: null,
          webhookSecret: null,
          logLevel: 'off',
        })
      : undefined
  const health = createAiHealth({
    config,
    client,
    now,
    onCheck: (outcome, durationMs, responseBytes) =>
      void store
        .recordCall({
          id: createId(),
          at: now(),
          sessionId: null,
          clientId: null,
          providerHost: config.providerHost,
          capability: 'health',
          requestBytes: 0,
          responseBytes,
          textSha256: null,
          outcome,
          attempts: 1,
          durationMs,
        })
        .catch(() => {}),
  })
  const speechCache = deps.dataDir
    ? createSpeechCache(deps.dataDir, (message) => log(message, {}))
    : undefined
  const hasSpeechConsent = async (clientId: string) =>
    consentCovers(await store.getConsent(clientId).catch(() => null), config.mode, 'speech')

  const fail = <T>(
    reason: Parameters<typeof noticeFor>[0],
    cap: AiCapability,
    detail?: 'no_consent',
  ): AiResult<T> => ({
    ok: false,
    reason,
    notice: noticeFor(reason, cap, detail),
  })

  /** The one door out: gate, redact, record, send under a deadline, record the outcome. Never throws. */
  async function send<T>(ctx: AiCallContext, s: Send<T>): Promise<AiResult<T>> {
    const cap = s.capability
    try {
      if (config.mode === 'local' || !client) return fail('local', cap)
      if (!config.enabled.has(cap)) return fail('off', cap)
      const consent =
        ctx.soloDevice !== undefined
          ? await store.getSoloConsent(ctx.soloDevice)
          : await store.getConsent(ctx.clientId)
      if (!consentCovers(consent, config.mode, cap)) return fail('local', cap, 'no_consent')
      if (health.isUnavailable(cap)) return fail('unsupported', cap)
      if (ctx.signal?.aborted) return fail('cancelled', cap)

      const sent = s.text === null ? '' : redact(s.text).text
      const started = now()
      if (s.text !== null && ctx.clientId)
        await store.recordSentText({ clientId: ctx.clientId, at: started, capability: cap, text: sent })
      const outcome = await runCall((signal) => s.run(client, sent, signal), {
        deadlineMs: Math.min(s.deadlineMs, ctx.deadlineMs ?? s.deadlineMs),
        retry: config.retry,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      })
      await store.recordCall({
        id: createId(),
        at: started,
        sessionId: ctx.sessionId ?? null,
        clientId: ctx.clientId ?? null,
        providerHost: config.providerHost,
        capability: cap,
        requestBytes: s.audio ? s.audio.length : Buffer.byteLength(sent),
        responseBytes: outcome.ok ? outcome.value.responseBytes : 0,
        textSha256: s.audio ? sha256(s.audio) : sha256(sent),
        outcome: outcome.ok ? 'ok' : outcome.reason,
        attempts: outcome.attempts,
        durationMs: now() - started,
      })
      if (outcome.ok) {
        health.markOn(cap)
        return { ok: true, value: outcome.value.value }
      }
      if (outcome.reason === 'unsupported') health.markUnavailable(cap)
      log('ai call failed', {
        capability: cap,
        reason: outcome.reason,
        status: outcome.status ?? null,
        attempts: outcome.attempts,
      })
      return fail(outcome.reason, cap)
    } catch (err) {
      // Storage trouble or a bug: the procedural path goes on, and the log says why (without secrets).
      log('ai call error', {
        capability: cap,
        error: scrubSecrets(err instanceof Error ? err.message : String(err), config.apiKey),
      })
      return fail('server', cap)
    }
  }

  return {
    async generateImage(ctx, { words, spec }) {
      if (spec.safety.held) return fail('held', 'images')
      return send(ctx, {
        capability: 'images',
        text: buildImagePrompt(words, spec),
        deadlineMs: config.timeouts.imagesMs,
        run: (c, prompt, signal) => requestImage(c, config, prompt, signal),
      })
    },

    async refineSpec(ctx, { words, spec }) {
      return send(ctx, {
        capability: 'text',
        text: buildRefineMessage(words, spec),
        deadlineMs: config.timeouts.otherMs,
        run: (c, message, signal) => requestRefinement(c, config, message, spec, signal),
      })
    },

    async moderate(ctx, text) {
      return send(ctx, {
        capability: 'moderation',
        text,
        deadlineMs: config.timeouts.otherMs,
        run: (c, input, signal) => requestModeration(c, config, input, signal),
      })
    },

    async speak(ctx, text, lang) {
      // The voice is cached per client; a headset used alone has no voice of its own (its captions carry on).
      const clientId = ctx.clientId
      if (clientId === undefined) return fail('local', 'speech', 'no_consent')
      const cache = config.mode !== 'local' ? speechCache : undefined
      // English keeps the key it always had (lines cached before languages came stay valid).
      const key = cache?.keyOf([
        config.models.speech,
        config.voice,
        config.voiceSpeed,
        redact(text).text,
        ...(lang && lang !== 'en' ? [lang] : []),
      ])
      // The cache holds what this server already fetched for this client under consent; replaying it sends nothing
      // out, but the gate still applies so a withdrawn consent or local mode is honoured at once.
      if (cache && key && (await hasSpeechConsent(clientId))) {
        const hit = await cache.read(clientId, key)
        if (hit) return { ok: true, value: { audio: hit, mime: 'audio/mpeg', cached: true } }
      }
      const result = await send(ctx, {
        capability: 'speech',
        text,
        deadlineMs: config.timeouts.otherMs,
        run: (c, input, signal) => requestSpeech(c, config, input, signal, lang),
      })
      if (!result.ok) return result
      // Kept only while the client is still there (and still agrees): a line that arrives after the client's
      // erasure must not be written back into their removed folder.
      if (cache && key && (await hasSpeechConsent(clientId))) cache.write(clientId, key, result.value)
      return { ok: true, value: { audio: result.value, mime: 'audio/mpeg', cached: false } }
    },

    async transcribe(ctx, audio, lang) {
      if (audio.data.length === 0) return fail('bad_response', 'transcription')
      return send(ctx, {
        capability: 'transcription',
        text: null,
        audio: audio.data,
        deadlineMs: config.timeouts.otherMs,
        run: (c, _sent, signal) => requestTranscript(c, config, audio, signal, lang),
      })
    },

    mode: config.mode,
    status: () => health.status(),

    async allows(clientId, capability) {
      if (config.mode === 'local' || !client || !config.enabled.has(capability)) return false
      if (health.isUnavailable(capability)) return false
      return consentCovers(await store.getConsent(clientId).catch(() => null), config.mode, capability)
    },
  }
}
