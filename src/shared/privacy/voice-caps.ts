/**
 * Speech in and voice out for a client: what the headset may use, and the limits both sides keep. Pure.
 */

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

/** Client-facing sentences: short, warm and plain (docs/ART.md). */
export const VOICE_TEXT = {
  solo: 'Speaking works here in a session with your therapist. For now, please pick or type your words.',
  soloLocal: 'Speaking is not switched on here. Please pick or type your words.',
  // Stillroom keeps no recording; what the clinic's own speech server keeps is the clinic's to say.
  askSolo:
    'Your voice goes only to this clinic’s own computer, to be written down. Stillroom does not keep the recording. Is that all right?',
  agreed: 'Thank you. Now hold the button while you speak, then let go.',
  local: 'Speaking is not switched on here. Please type your words, or your therapist can type them for you.',
  noConsent:
    'Speaking needs your agreement first. Until then, please type, or your therapist can type for you.',
  off: 'Speaking is not available here just now. Please type, or your therapist can type for you.',
  noMicrophone: 'No microphone was found. Please type your words instead.',
  denied: 'The microphone is not allowed in this browser. Please type your words instead.',
  failed: 'That did not come through just now. Please try again, or type your words.',
  empty: 'Nothing was heard that time. Hold the button and speak again, or type your words.',
  tooShort: 'Hold the button while you speak, then let go.',
} as const
