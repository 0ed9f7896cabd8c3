import type { VoiceCaps } from '../../shared/privacy/voice-caps'
import { SOLO_HEADER } from '../api'
import { VOICE_TEXT } from '../../shared/privacy/voice-caps'

/** Same header as the server's (src/shared/session/http.ts; not imported, to keep zod out of this chunk). */
const DEVICE_TOKEN_HEADER = 'x-stillroom-device'

export type SpeechApiOptions = {
  /** A paired headset: its session's device token (`/api/session/…`). */
  deviceToken?: string
  /** A headset used alone: its solo id (`/api/solo/…`, the clinic's own speech server only). */
  soloDevice?: string
  /** The `--lan` access key, when the page has one. */
  accessKey?: string | null
  fetchImpl?: typeof fetch
  base?: string
}

/** `risk`: the words were raised to the therapist by the server; there is nothing to confirm. */
export type Transcript =
  { ok: true; text: string; risk?: boolean } | { ok: false; status: number; message: string }

/** The `--lan` access key the app took from the address (see access-key.ts). */
export function readAccessKey(): string | null {
  try {
    return globalThis.sessionStorage?.getItem('stillroom.accessKey') ?? null
  } catch {
    return null
  }
}

/**
 * The headset's door to speech in and voice out, authorised by its session's device token. Never throws: a failure
 * becomes "not available" (caps), a calm message (transcribe) or a rejected line the voice falls back from (speech).
 */
export function createSpeechApi(options: SpeechApiOptions) {
  const doFetch = options.fetchImpl ?? ((i: RequestInfo | URL, init?: RequestInit) => fetch(i, init))
  const base = options.base ?? ''
  const solo = options.soloDevice !== undefined
  const where = solo ? '/api/solo' : '/api/session'
  const headers = (extra: Record<string, string> = {}): Record<string, string> => ({
    ...(solo ? { [SOLO_HEADER]: options.soloDevice! } : { [DEVICE_TOKEN_HEADER]: options.deviceToken ?? '' }),
    ...(options.accessKey ? { 'x-stillroom-key': options.accessKey } : {}),
    ...extra,
  })
  const readCaps = async (res: Response): Promise<VoiceCaps> => {
    const body = (await res.json().catch(() => null)) as Partial<VoiceCaps> | null
    if (!res.ok || !body) return { transcription: false, speech: false, reason: VOICE_TEXT.off }
    const caps: VoiceCaps = { transcription: body.transcription === true, speech: body.speech === true }
    if (!caps.transcription) caps.reason = typeof body.reason === 'string' ? body.reason : VOICE_TEXT.off
    if (body.ask === true && !caps.transcription) caps.ask = true
    return caps
  }
  return {
    async caps(): Promise<VoiceCaps> {
      try {
        return await readCaps(
          await doFetch(`${base}${where}/voice-caps`, { headers: headers({ accept: 'application/json' }) }),
        )
      } catch {
        return { transcription: false, speech: false, reason: VOICE_TEXT.off }
      }
    },

    /** The wearer's answer (solo use only): the caps that follow from it. */
    async agree(yes: boolean): Promise<VoiceCaps> {
      try {
        return await readCaps(
          await doFetch(`${base}/api/solo/voice-consent`, {
            method: 'PUT',
            headers: headers({ 'content-type': 'application/json', accept: 'application/json' }),
            body: JSON.stringify({ agree: yes }),
          }),
        )
      } catch {
        return { transcription: false, speech: false, reason: VOICE_TEXT.off }
      }
    },

    async transcribe(audio: Blob, signal?: AbortSignal): Promise<Transcript> {
      try {
        const res = await doFetch(`${base}${where}/transcribe`, {
          method: 'POST',
          headers: headers({ 'content-type': audio.type || 'audio/webm', accept: 'application/json' }),
          body: audio,
          ...(signal ? { signal } : {}),
        })
        const body = (await res.json().catch(() => null)) as {
          text?: unknown
          message?: unknown
          risk?: unknown
        } | null
        if (res.ok && body?.risk === true) return { ok: true, text: '', risk: true }
        if (res.ok && typeof body?.text === 'string') return { ok: true, text: body.text.trim() }
        // The server's own sentence is plain for "not allowed"; anything else gets the calm retry line.
        const message =
          res.status === 409 && typeof body?.message === 'string' ? body.message : VOICE_TEXT.failed
        return { ok: false, status: res.status, message }
      } catch {
        return { ok: false, status: 0, message: VOICE_TEXT.failed }
      }
    },

    /**
     * The audio of one spoken line (mp3, or what the server's provider answers), spoken in `lang` (the client's
     * language, "es"); rejects on any failure (the voice then falls back).
     */
    async speech(text: string, signal?: AbortSignal, lang?: string): Promise<ArrayBuffer> {
      const res = await doFetch(`${base}/api/session/speech`, {
        method: 'POST',
        headers: headers({ 'content-type': 'application/json', accept: 'audio/*' }),
        body: JSON.stringify(lang ? { text, lang } : { text }),
        ...(signal ? { signal } : {}),
      })
      if (!res.ok) throw new Error(`speech ${res.status}`)
      return res.arrayBuffer()
    },
  }
}

export type SpeechApi = ReturnType<typeof createSpeechApi>
