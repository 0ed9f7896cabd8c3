// The AI voice: each line is fetched from the server (mp3, or wav from some servers), decoded with the page's AudioContext and
// played through the master chain, so volume, mute and the calm duck apply to it like to everything else.
import type { Voice } from './voice'

/** Seconds: long enough that no line starts or stops with a click, short enough not to swallow a syllable. */
export const VOICE_FADE_IN = 0.06
export const VOICE_FADE_OUT = 0.12
/** How quickly `cancel()` and a replacing line fade the old one out. */
export const VOICE_CANCEL_FADE = 0.1
/** A speaking voice a little under the scene's full scale (the master chain's limiter keeps the rest). */
const LEVEL = 0.9
const CACHE_LINES = 32
/** After this many lines in a row fail, the server is not asked again (the device voice carries on). */
const GIVE_UP_AFTER = 3

type Ctx = Pick<
  BaseAudioContext,
  'currentTime' | 'state' | 'createBufferSource' | 'createGain' | 'decodeAudioData'
>

export type ServerVoiceDeps = {
  ctx: Ctx
  /** Where the voice enters the master chain (the listener's volume stage). */
  destination: AudioNode
  /** The audio bytes of one line in its language (anything decodeAudioData reads); rejects on any failure. */
  fetchLine: (text: string, lang?: string) => Promise<ArrayBuffer>
  /** The device's own voice (or captions only), used for any line the server cannot give. */
  fallback: () => Voice
  log?: (message: string) => void
}

export type ServerVoice = Voice & {
  /** Fetches and decodes upcoming lines (in `lang`, as they will be spoken) now, so they start without a gap. */
  prefetch(texts: readonly string[], lang?: string): void
  readonly stats: ServerVoiceStats
  /** Every line passes through this node on its way to `destination` (a meter can listen here). */
  readonly output: AudioNode
}

export type ServerVoiceStats = {
  fetched: number
  served: number
  fellBack: number
  cancelled: number
  /** Seconds of lines actually played, by the AudioContext's clock (a cancelled line counts up to its cut). */
  playedSeconds: number
}

type Playing = { source: AudioBufferSourceNode; gain: GainNode; finish: (cutAt?: number) => void }

export function createServerVoice(deps: ServerVoiceDeps): ServerVoice {
  const { ctx } = deps
  const log = deps.log ?? ((m: string) => console.warn(`Stillroom voice: ${m}`))
  const cache = new Map<string, Promise<AudioBuffer>>()
  const stats: ServerVoiceStats = { fetched: 0, served: 0, fellBack: 0, cancelled: 0, playedSeconds: 0 }
  const output = ctx.createGain()
  output.connect(deps.destination)
  let playing: Playing | null = null
  let turn = 0
  let failures = 0
  let broken = false

  /** A line is cached with its language: the same words may be spoken in two (“No”, “Hold”…). */
  const cacheKey = (text: string, lang: string | undefined) => (lang ? `${lang}\u0000${text}` : text)

  function load(text: string, lang?: string): Promise<AudioBuffer> {
    const key = cacheKey(text, lang)
    const hit = cache.get(key)
    if (hit) {
      // Most recently used last: the oldest line is the first to go.
      cache.delete(key)
      cache.set(key, hit)
      return hit
    }
    stats.fetched++
    const p = (lang ? deps.fetchLine(text, lang) : deps.fetchLine(text)).then((bytes) =>
      ctx.decodeAudioData(bytes),
    )
    cache.set(key, p)
    // A failed line is forgotten, so a later try asks again.
    p.catch(() => {
      if (cache.get(key) === p) cache.delete(key)
    })
    while (cache.size > CACHE_LINES) cache.delete(cache.keys().next().value as string)
    return p
  }

  /** Fades the line being spoken out quickly (never a click) and settles its promise. */
  function fadeOut() {
    const p = playing
    if (!p) return
    playing = null
    const now = ctx.currentTime
    try {
      const g = p.gain.gain
      g.cancelScheduledValues(now)
      g.setValueAtTime(g.value, now)
      g.linearRampToValueAtTime(0, now + VOICE_CANCEL_FADE)
      p.source.stop(now + VOICE_CANCEL_FADE + 0.02)
    } catch {
      // already stopped
    }
    p.finish(now + VOICE_CANCEL_FADE)
  }

  function play(buffer: AudioBuffer): Promise<void> {
    return new Promise<void>((resolve) => {
      const source = ctx.createBufferSource()
      const gain = ctx.createGain()
      source.buffer = buffer
      const start = ctx.currentTime + 0.02
      const end = start + buffer.duration
      const g = gain.gain
      g.setValueAtTime(0, ctx.currentTime)
      g.setValueAtTime(0, start)
      g.linearRampToValueAtTime(LEVEL, start + Math.min(VOICE_FADE_IN, buffer.duration / 3))
      g.setValueAtTime(LEVEL, Math.max(start + VOICE_FADE_IN, end - VOICE_FADE_OUT))
      g.linearRampToValueAtTime(0, end)
      source.connect(gain).connect(output)
      let settled = false
      // A context that stops running mid-line never fires `ended`: never hang narration on it.
      const guard = setTimeout(() => finish(), (buffer.duration + 2) * 1000)
      function finish(cutAt = end) {
        if (settled) return
        settled = true
        clearTimeout(guard)
        // What the context's clock says was heard: a stalled context (guard) or a cut counts only what ran.
        stats.playedSeconds += Math.max(0, Math.min(ctx.currentTime, cutAt, end) - start)
        if (playing?.source === source) playing = null
        // Disconnect after the last fade has surely passed.
        setTimeout(() => {
          try {
            gain.disconnect()
          } catch {
            // gone already
          }
        }, 300)
        resolve()
      }
      source.onended = () => finish()
      playing = { source, gain, finish }
      source.start(start)
      source.stop(end + 0.01)
      stats.served++
    })
  }

  const fallBack = (text: string, options?: { rate?: number; lang?: string }) => {
    stats.fellBack++
    return deps.fallback().speak(text, options)
  }

  return {
    name: 'server',
    stats,
    output,
    available: () => true,
    async speak(text, options) {
      fadeOut()
      deps.fallback().cancel()
      const mine = ++turn
      // Suspended sound (no gesture yet) or a server that keeps failing: the device voice speaks instead.
      if (broken || ctx.state !== 'running') return fallBack(text, options)
      let buffer: AudioBuffer
      try {
        buffer = await load(text, options?.lang)
      } catch (e) {
        failures++
        if (failures >= GIVE_UP_AFTER && !broken) {
          broken = true
          log(`the server voice failed ${failures} times; the device voice speaks from now on (${String(e)})`)
        }
        if (mine !== turn) return
        return fallBack(text, options)
      }
      failures = 0
      if (mine !== turn) return
      if (ctx.state !== 'running') return fallBack(text, options)
      return play(buffer)
    },
    cancel() {
      turn++
      if (playing) stats.cancelled++
      fadeOut()
      deps.fallback().cancel()
    },
    prefetch(texts, lang) {
      if (broken) return
      for (const t of texts.slice(0, 3)) if (t && !cache.has(cacheKey(t, lang))) load(t, lang).catch(() => {})
    },
  }
}
