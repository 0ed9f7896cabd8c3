import type { Voice } from '../../audio/voice'

// The voice narration speaks with while a session has the AI voice; null: the device's own voice.
// Kept in a module of its own so the session's narration (device-voice.ts) can ask without loading anything.
let current: Voice | null = null

export function setNarrationVoice(voice: Voice | null): void {
  current = voice
}

export function narrationVoice(): Voice | null {
  return current
}
