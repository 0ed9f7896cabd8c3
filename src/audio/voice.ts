/**
 * Narration. An exercise only ever says `voice.speak(line)`: the device's own voices today, an OpenAI voice from
 * the server later, or nothing at all — the captions are always shown, so a missing voice loses nothing.
 */
export interface Voice {
  readonly name: string
  /** True once the voice can actually speak (a device with no voices says false: captions only). */
  available(): boolean
  /** Speaks a line, replacing any line still being spoken. Resolves when it is done (or at once if unavailable). */
  speak(text: string, options?: { rate?: number; lang?: string }): Promise<void>
  cancel(): void
}

export const captionsOnlyVoice: Voice = {
  name: 'captions only',
  available: () => false,
  speak: () => Promise.resolve(),
  cancel: () => {},
}

type Synth = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel'> & {
  addEventListener?: (type: 'voiceschanged', f: () => void) => void
}
type UtteranceCtor = new (text: string) => SpeechSynthesisUtterance

/**
 * Prefers a local voice in the line's language (`lang`, "es" or "es-MX": any Spanish voice) with a soft name.
 * English lines take any voice rather than none; a line in another language takes only a voice of its language
 * (null: the engine picks one from the utterance's `lang`, never an English voice reading Spanish).
 */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang = 'en'): SpeechSynthesisVoice | null {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? 'en'
  const matching = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === base)
  const pool = matching.length ? matching : base === 'en' ? voices : []
  const soft = /female|samantha|serena|moira|karen|tessa|fiona|libby|sonia|aria|jenny/i
  return (
    pool.find((v) => v.localService && soft.test(v.name)) ??
    pool.find((v) => v.localService) ??
    pool.find((v) => soft.test(v.name)) ??
    pool[0] ??
    null
  )
}

/**
 * The device's speechSynthesis. Quest Browser often reports no voices at all: `ready` resolves false after
 * `waitMs` and the voice stays unavailable (captions only) instead of failing.
 */
export function createDeviceVoice(
  synth: Synth | undefined,
  Utterance: UtteranceCtor | undefined,
  options: { waitMs?: number } = {},
): Voice & { ready: Promise<boolean> } {
  let voices: SpeechSynthesisVoice[] = []
  const read = () => {
    try {
      voices = synth?.getVoices() ?? []
    } catch {
      voices = []
    }
    return voices.length > 0
  }
  const ready = new Promise<boolean>((resolve) => {
    if (!synth || !Utterance) return resolve(false)
    if (read()) return resolve(true)
    synth.addEventListener?.('voiceschanged', () => {
      if (read()) resolve(true)
    })
    setTimeout(() => resolve(read()), options.waitMs ?? 1500)
  })
  return {
    name: 'device',
    ready,
    available: () => voices.length > 0,
    cancel() {
      try {
        synth?.cancel()
      } catch {
        /* nothing to stop */
      }
    },
    speak(text, opts = {}) {
      if (!synth || !Utterance || voices.length === 0) return Promise.resolve()
      return new Promise<void>((resolve) => {
        try {
          synth.cancel()
          const u = new Utterance(text)
          const v = pickVoice(voices, opts.lang)
          if (v) u.voice = v
          // The line's language, so an engine that picks its own voice picks one that speaks it.
          if (opts.lang) u.lang = opts.lang
          u.rate = opts.rate ?? 0.85
          u.pitch = 0.95
          u.volume = 0.8
          u.onend = () => resolve()
          u.onerror = () => resolve()
          // Some engines never fire `end`: never hang an exercise on a voice.
          setTimeout(resolve, 1000 + text.length * 120)
          synth.speak(u)
        } catch {
          resolve()
        }
      })
    },
  }
}
