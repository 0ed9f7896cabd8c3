import { pickVoice, type Voice } from '../../audio/voice'

/**
 * Speaks a line with a device voice when the browser has one (Quest Browser often has none: then captions alone
 * carry it, docs/STACK.md). Slow and soft; a new line replaces the one still being spoken rather than queueing behind it.
 */
export function createDeviceSpeak(
  /** The voice chosen over the device's (the session's AI voice, see speech/session-voice.ts), if any. */
  preferred: () => Voice | null,
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
) {
  /** `lang`: the line's language (the headset's), so the voice speaks it rather than reading it in English. */
  return (text: string, lang?: string): void => {
    const ai = preferred()
    if (ai) {
      void ai.speak(text, lang ? { lang } : undefined)
      return
    }
    try {
      if (!synth || synth.getVoices().length === 0) return
      synth.cancel()
      const u = new SpeechSynthesisUtterance(text)
      if (lang) {
        u.lang = lang
        const voice = pickVoice(synth.getVoices(), lang)
        if (voice) u.voice = voice
      }
      u.rate = 0.85
      u.pitch = 0.95
      u.volume = 0.8
      synth.speak(u)
    } catch {
      // Captions are always on screen; a voice that fails is simply silent.
    }
  }
}
