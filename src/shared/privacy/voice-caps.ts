/**
 * Speech in and voice out for a client: what the headset may use, and the limits both sides keep. Pure.
 */

import { HEADSET_EN, type HeadsetKey } from '../i18n/headset-en'

/** `GET /api/session/voice-caps`: true only when this client's calls may use it (cloud, switched on, reachable, consent). */
export interface VoiceCaps {
  transcription: boolean
  speech: boolean
  /** One plain sentence for the client when speaking in is not possible. */
  reason?: string
  /**
   * A headset used alone, with the clinic's own speech server: speaking becomes possible once the person wearing it
   * agrees, there and then (`PUT /api/solo/voice-consent`). `reason` is then the question.
   */
  ask?: boolean
}

/** Largest recording the server takes (`POST /api/session/transcribe`). */
export const TRANSCRIBE_MAX_BYTES = 2 * 1024 * 1024
/** Longest recording the client makes; the server's byte limit is the hard guard. */
export const TRANSCRIBE_MAX_SECONDS = 60
/** Longest line for `POST /api/session/speech`. */
export const SPEECH_TEXT_MAX = 500

/** Accepted recording types (without codec parameters) and the file name the provider gets. */
export const AUDIO_TYPES: Readonly<Record<string, string>> = {
  'audio/webm': 'speech.webm',
  'audio/ogg': 'speech.ogg',
  'audio/mp4': 'speech.mp4',
  'audio/m4a': 'speech.m4a',
  'audio/x-m4a': 'speech.m4a',
  'audio/wav': 'speech.wav',
  'audio/wave': 'speech.wav',
  'audio/x-wav': 'speech.wav',
  'audio/mpeg': 'speech.mp3',
}

/**
 * Client-facing sentences, as keys of the headset's catalogue ('voice.*', in headset/words-<lang>.ts): short, warm and
 * plain (docs/ART.md). The headset says them in the client's language.
 */
export const VOICE_KEYS = {
  solo: 'voice.solo',
  soloLocal: 'voice.soloLocal',
  // Stillroom keeps no recording; what the clinic's own speech server keeps is the clinic's to say.
  askSolo: 'voice.askSolo',
  agreed: 'voice.agreed',
  local: 'voice.local',
  noConsent: 'voice.noConsent',
  off: 'voice.off',
  noMicrophone: 'voice.noMicrophone',
  denied: 'voice.denied',
  failed: 'voice.failed',
  empty: 'voice.empty',
  tooShort: 'voice.tooShort',
} as const satisfies Record<string, HeadsetKey>

export type VoiceKey = (typeof VOICE_KEYS)[keyof typeof VOICE_KEYS]

/**
 * The same sentences in English, from the English catalogue: what the server sends (its API speaks English; the
 * headset turns a sentence it knows back into its key with `voiceKeyOf` and says it in the client's language).
 */
export const VOICE_TEXT = Object.fromEntries(
  Object.entries(VOICE_KEYS).map(([name, key]) => [name, HEADSET_EN[key]]),
) as { readonly [N in keyof typeof VOICE_KEYS]: (typeof HEADSET_EN)[(typeof VOICE_KEYS)[N]] }

const KEY_OF_TEXT = new Map<string, VoiceKey>(Object.values(VOICE_KEYS).map((key) => [HEADSET_EN[key], key]))

/** The key of one of the sentences above as the server sent it (in English), else `fallback`. */
export const voiceKeyOf = (text: string | undefined, fallback: VoiceKey): VoiceKey =>
  (text !== undefined && KEY_OF_TEXT.get(text)) || fallback
