import { APIConnectionError, APIConnectionTimeoutError, APIError, OpenAIError } from 'openai'
import type { AiCapability, AiFailureReason } from '../../shared/privacy/ai-contract'
import { OutsideClinicError } from './clinic-fetch'

/** Why a response could not be used (empty, malformed, wrong shape). */
export class BadResponseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BadResponseError'
  }
}

const CAPABILITY_WORDS: Record<AiCapability, string> = {
  images: 'AI images',
  text: 'AI interpretation',
  speech: 'the AI voice',
  transcription: 'speech to text',
  moderation: 'AI moderation',
}

/** Short, plain sentences for the console. Never a status code, never a stack, never the key. */
export function noticeFor(reason: AiFailureReason, capability: AiCapability, detail?: 'no_consent'): string {
  const what = CAPABILITY_WORDS[capability]
  switch (reason) {
    case 'local':
      return detail === 'no_consent'
        ? `This client has not agreed to ${what}, so everything stays on this computer.`
        : 'Stillroom is in local mode: nothing leaves this computer.'
    case 'off':
      return `${capitalise(what)} is switched off on this server.`
    case 'held':
      return 'These words wait for the therapist; no AI image is made for them.'
    case 'cancelled':
      return 'Cancelled.'
    case 'timeout':
      return `The AI service took too long, so ${what} stopped; the procedural version stays.`
    case 'rate_limited':
      return 'The AI service is busy right now; please try again in a minute.'
    case 'server':
      return 'The AI service had a problem on its side; the procedural version stays.'
    case 'bad_response':
      return 'The AI service sent an answer Stillroom could not use; the procedural version stays.'
    case 'auth':
      return 'The AI service did not accept the key; check OPENAI_API_KEY on the server.'
    case 'unreachable':
      return 'The AI service could not be reached; check OPENAI_BASE_URL and the network.'
    case 'unsupported':
      return `This AI service does not offer ${what}; it is marked unavailable for now.`
    case 'outside_clinic':
      return "The AI server's address is outside the clinic's own network, so nothing was sent; check OPENAI_BASE_URL."
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export interface Attempt<T> {
  /** One request; `signal` aborts it (deadline or the caller's cancel). */
  (signal: AbortSignal): Promise<T>
}

export interface RunOptions {
  deadlineMs: number
  retry: { max: number; baseMs: number; maxMs: number }
  signal?: AbortSignal
  /** @default Math.random — tests may pin the jitter. */
  random?: () => number
}

export type RunOutcome<T> =
  | { ok: true; value: T; attempts: number }
  | { ok: false; reason: AiFailureReason; attempts: number; status?: number }

/**
 * Runs one call under a whole-call deadline (retries included), retrying 429 and 5xx with exponential
 * backoff and full jitter. The SDK's own timeout only covers the response headers, so a slow trickle of
 * a body is cut by this deadline. Never throws.
 */
export async function runCall<T>(attempt: Attempt<T>, options: RunOptions): Promise<RunOutcome<T>> {
  const random = options.random ?? Math.random
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, options.deadlineMs)
  const onCancel = () => controller.abort()
  options.signal?.addEventListener('abort', onCancel, { once: true })
  // Resolves when the call is aborted, so a body that never finishes cannot keep us waiting.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true })
  })
  aborted.catch(() => {})
  let attempts = 0
  try {
    if (options.signal?.aborted) return { ok: false, reason: 'cancelled', attempts }
    for (;;) {
      attempts++
      try {
        const value = await Promise.race([attempt(controller.signal), aborted])
        return { ok: true, value, attempts }
      } catch (err) {
        if (timedOut) return { ok: false, reason: 'timeout', attempts }
        if (options.signal?.aborted) return { ok: false, reason: 'cancelled', attempts }
        const { reason, status, retryAfterMs } = classify(err)
        const retryable = reason === 'rate_limited' || reason === 'server'
        if (!retryable || attempts > options.retry.max)
          return { ok: false, reason, attempts, ...(status ? { status } : {}) }
        const backoff = Math.min(options.retry.maxMs, options.retry.baseMs * 2 ** (attempts - 1))
        const wait =
          retryAfterMs !== undefined ? Math.min(options.retry.maxMs, retryAfterMs) : random() * backoff
        try {
          await Promise.race([sleep(wait), aborted])
        } catch {
          return { ok: false, reason: timedOut ? 'timeout' : 'cancelled', attempts }
        }
      }
    }
  } finally {
    clearTimeout(timer)
    options.signal?.removeEventListener('abort', onCancel)
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

const UNSUPPORTED =
  /not supported|unsupported|not implemented|does not exist|unknown (?:model|endpoint|url)|no such/i

/** Maps anything the SDK (or our parsing) throws to a reason. */
export function classify(err: unknown): { reason: AiFailureReason; status?: number; retryAfterMs?: number } {
  if (err instanceof BadResponseError || err instanceof SyntaxError) return { reason: 'bad_response' }
  // Refused in clinic mode before anything left (the SDK reports it as a connection error, with ours as the cause).
  const cause = (err as { cause?: unknown } | null)?.cause
  if (err instanceof OutsideClinicError || cause instanceof OutsideClinicError)
    return { reason: 'outside_clinic' }
  if (err instanceof APIConnectionTimeoutError) return { reason: 'timeout' }
  if (err instanceof APIConnectionError) return { reason: 'unreachable' }
  if (err instanceof APIError && typeof err.status === 'number') {
    const status = err.status
    const retryAfterMs = retryAfter(err.headers)
    const extra = retryAfterMs !== undefined ? { retryAfterMs } : {}
    if (status === 401 || status === 403) return { reason: 'auth', status }
    if (status === 404 || status === 405 || status === 501) return { reason: 'unsupported', status }
    if (status === 429) return { reason: 'rate_limited', status, ...extra }
    if (status >= 500 || status === 408) return { reason: 'server', status, ...extra }
    if (UNSUPPORTED.test(err.message)) return { reason: 'unsupported', status }
    return { reason: 'bad_response', status }
  }
  if (err instanceof OpenAIError) return { reason: 'bad_response' }
  const code = (err as { code?: unknown; cause?: { code?: unknown } } | null)?.cause?.code
  if (typeof code === 'string' && /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ECONNRESET/.test(code)) {
    return { reason: 'unreachable' }
  }
  return { reason: 'bad_response' }
}

function retryAfter(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'))
  if (Number.isFinite(ms) && ms >= 0 && headers?.has('retry-after-ms')) return ms
  const s = headers?.get('retry-after')
  if (!s) return undefined
  const seconds = Number(s)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const at = Date.parse(s)
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined
}

/** Removes anything that looks like a key from text that might be logged. */
export function scrubSecrets(text: string, apiKey: string | undefined): string {
  let out = text
  if (apiKey) out = out.split(apiKey).join('[key]')
  return out.replace(/\b(?:sk|rk|pk)-[A-Za-z0-9_*.-]{6,}/g, '[key]').replace(/Bearer\s+\S+/gi, 'Bearer [key]')
}
