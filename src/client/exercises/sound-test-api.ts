import type { ExerciseId } from '../../shared/exercises'
import { LAYER_IDS, type LayerId } from '../../shared/soundscape'
import { renderLayer, type OfflineContextCtor } from '../../audio/render-layer'
import type { SoundRuntime } from './sound-runtime'
import type { StageReadings } from '../sound-slot'

/** `window.__stillroom.sound` (with `?e2e=1`): what the exercise and sound tests and the bench read. */
export type SoundTestApi = {
  readonly audio: {
    state: string
    currentTime: number
    layers: Array<{
      id: string
      target: number
      gain: number
      spatial: boolean
      position: readonly number[] | null
    }>
    master: number
    duck: number
    pending: number
    /** The breathing tone as it sounds now: strongest pitch (Hz) and level (dB) in its analyser. */
    tone: { hz: number; db: number }
  } | null
  readonly exercise: {
    id: ExerciseId
    stepIndex: number
    caption: string
    phase: string | null
    progress: number
    fullness: number
    elapsed: number
    /** Context time of the same sample: the audio-clock time this state was computed for. */
    ctxTime: number
    /** The audio clock read on its own when sampled, to check that the exercise runs on it. */
    audioNow: number
  } | null
  /** Size the orb drew on its last frame, whether it showed, and the pacer sample it drew from. */
  readonly orb: StageReadings['orb']
  /** What each recent frame showed: caption and phase, at its context time (as heard). */
  readonly frames: Array<{ caption: string; phase: string | null; ctxTime: number }>
  /** Every caption change, with the exercise and context time it appeared at. */
  readonly captions: Array<{ caption: string; phase: string | null; elapsed: number; ctxTime: number }>
  readonly haptics: { count: number; log: Array<{ phase: string; ctxTime: number; actuators: number }> }
  readonly view: ReturnType<SoundRuntime['view']['getState']>
  /** Starts an exercise; `skipSeconds` of exercise time are already behind it (as if started earlier). */
  startExercise(
    id: string,
    options?: unknown,
    timeScale?: number,
    skipSeconds?: number,
  ): { ok: boolean; problem?: string }
  stopExercise(): void
  calm(on: boolean): void
  /** Opens or closes the in-VR sound & exercise panel (as the left X button does). */
  setVrPanel(open: boolean): void
  /** Suspends the AudioContext, as a browser that blocks autoplay would leave it (tests the enable prompt). */
  suspendAudio(): Promise<void>
  /** Renders a layer in this browser and returns the milliseconds it took (bench). */
  renderLayerMs(id: LayerId, seconds: number): Promise<number>
  /** Milliseconds of the sound runtime's per-frame work, recent frames (bench). */
  readonly frameMs: number[]
  readonly layerIds: readonly LayerId[]
}

export function createSoundTestApi(
  runtime: SoundRuntime,
  orb: SoundTestApi['orb'],
  frameMs: number[],
): SoundTestApi {
  const bins = new Float32Array(2048)
  return {
    get audio() {
      const e = runtime.engine
      if (!e) return null
      const a = e.tone.analyser
      a.getFloatFrequencyData(bins)
      const binHz = e.ctx.sampleRate / a.fftSize
      let best = -Infinity
      let at = 0
      for (let i = Math.floor(100 / binHz); i < Math.min(bins.length, 600 / binHz); i++)
        if (bins[i]! > best) {
          best = bins[i]!
          at = i
        }
      // Parabolic interpolation between the neighbouring bins for a finer pitch.
      const l = bins[at - 1] ?? best
      const r = bins[at + 1] ?? best
      const shift = l - 2 * best + r !== 0 ? (0.5 * (l - r)) / (l - 2 * best + r) : 0
      return {
        state: e.state(),
        currentTime: e.ctx.currentTime,
        layers: e.layers(),
        master: e.master.volume.gain.value,
        duck: e.master.duck.gain.value,
        pending: e.pending(),
        tone: { hz: (at + shift) * binHz, db: best },
      }
    },
    get exercise() {
      const run = runtime.running
      if (!run) return null
      const p = runtime.samplePacer()
      const v = runtime.view.getState().exercise
      return {
        id: run.timeline.id,
        stepIndex: v?.stepIndex ?? 0,
        caption: v?.caption ?? '',
        phase: p.phase,
        progress: p.progress,
        fullness: p.fullness,
        elapsed: p.elapsed,
        ctxTime: p.ctxTime,
        audioNow: runtime.engine?.ctx.currentTime ?? 0,
      }
    },
    get orb() {
      return { ...orb }
    },
    get frames() {
      return [...runtime.frameLog]
    },
    get captions() {
      return [...runtime.captionLog]
    },
    get haptics() {
      return { count: runtime.haptics.count, log: [...runtime.haptics.log] }
    },
    get view() {
      return runtime.view.getState()
    },
    startExercise: (id, options, timeScale = 1, skipSeconds = 0) =>
      runtime.startExercise(
        { id, options: options ?? {}, timeScale },
        Date.now() - (skipSeconds * 1000) / timeScale,
      ),
    stopExercise: () => runtime.stopExercise(),
    calm: (on) => runtime.calm(on),
    setVrPanel: (open) => runtime.toggleVrPanel(open),
    suspendAudio: async () => {
      await runtime.engine?.ctx.suspend()
    },
    async renderLayerMs(id, seconds) {
      const t = performance.now()
      await renderLayer(OfflineAudioContext as unknown as OfflineContextCtor, id, { seconds })
      return performance.now() - t
    },
    get frameMs() {
      return [...frameMs]
    },
    layerIds: LAYER_IDS,
  }
}
