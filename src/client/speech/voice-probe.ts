import type { ServerVoice, ServerVoiceStats } from '../../audio/server-voice'
import type { SoundSlot } from '../sound-slot'

/** `window.__stillroom.voice` (with `?e2e=1`): what the AI voice really did, for browser tests. */
export type VoiceProbe = {
  /** The voice's own counters (lines served, fallbacks, seconds played by the AudioContext's clock). */
  readonly stats: ServerVoiceStats
  readonly context: { state: string; currentTime: number; sampleRate: number }
  /** Loudest RMS the meter heard on the voice's own output (never the soundscape) since it connected. */
  readonly peakRms: number
  /** Meter reads so far, and how many of them heard the voice above silence. */
  readonly reads: number
  readonly loudReads: number
}

/** Above this an output is audible (a 16-bit file's own noise floor is ~3e-5). */
const AUDIBLE_RMS = 1e-3
/** The meter's window: the largest an analyser allows, ~0.7 s at 48 kHz, so a read soon after a line still sees it. */
const WINDOW = 32_768
const READ_EVERY_MS = 100

/**
 * Listens to the AI voice's own output with an analyser and puts what it hears into the slot's probes, which the test API reads. Loaded
 * only when the test API is installed (session-voice.ts), so real sessions never meter anything.
 */
export function watchServerVoice(
  voice: ServerVoice,
  ctx: BaseAudioContext,
  probes: NonNullable<SoundSlot['probes']>,
): () => void {
  const analyser = ctx.createAnalyser()
  analyser.fftSize = WINDOW
  voice.output.connect(analyser)
  const samples = new Float32Array(WINDOW)
  let peakRms = 0
  let reads = 0
  let loudReads = 0
  const read = () => {
    analyser.getFloatTimeDomainData(samples)
    let sum = 0
    for (let i = 0; i < samples.length; i++) sum += samples[i]! * samples[i]!
    const rms = Math.sqrt(sum / samples.length)
    reads++
    if (rms > AUDIBLE_RMS) loudReads++
    peakRms = Math.max(peakRms, rms)
  }
  // A sampler, not a clock: the window is long enough that any read near a line hears it.
  const timer = setInterval(read, READ_EVERY_MS)
  const probe: VoiceProbe = {
    stats: voice.stats,
    get context() {
      return { state: ctx.state, currentTime: ctx.currentTime, sampleRate: ctx.sampleRate }
    },
    get peakRms() {
      read()
      return peakRms
    },
    get reads() {
      return reads
    },
    get loudReads() {
      return loudReads
    },
  }
  probes.voice = probe
  return () => {
    clearInterval(timer)
    if (probes.voice === probe) probes.voice = null
    try {
      voice.output.disconnect(analyser)
    } catch {
      // already apart
    }
  }
}
