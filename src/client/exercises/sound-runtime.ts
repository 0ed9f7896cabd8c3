// The client's sound and exercise core (vanilla, no React): follows the scene with a soundscape, runs guided
// exercises on the AudioContext clock, and drives the tone, the voice, the captions and the haptics from it.
//
// This module wires the parts together and is the one API the rest of the client sees: the view and its pure rules
// (`sound-view.ts`), the engine and its audio status (`sound-engine-link.ts`), the soundscape
// (`soundscape-follower.ts`) and the exercise (`exercise-runner.ts`, with its pure frame logic in
// `exercise-frame.ts` and the controllers' pulses in `exercise-haptics.ts`).
import type { VolumeSettings } from '../../shared/soundscape'
import type { OfflineContextCtor } from '../../audio/render-layer'
import { captionsOnlyVoice, type Voice } from '../../audio/voice'
import type { ClientStore } from '../client-store'
import { createExerciseRunner } from './exercise-runner'
import { openSoundEngine, watchAudioStatus } from './sound-engine-link'
import { createSoundView, mergeVolumes } from './sound-view'
import { createSoundscapeFollower } from './soundscape-follower'
import type { VolumeSource } from './volume-source'

export type { AudioStatus, ExerciseView, SoundView } from './sound-view'
export type { PacerSample } from './exercise-runner'

export function createSoundRuntime(deps: {
  clientStore: ClientStore
  volumeSource: VolumeSource
  Offline: OfflineContextCtor | undefined
  voice?: Voice
  wallNow?: () => number
  log?: (m: string) => void
  /** Wait this long before rendering the first loops, so they never compete with the first frames. @default 0 */
  startDelayMs?: number
}) {
  const log = deps.log ?? ((m: string) => console.warn(`Stillroom sound: ${m}`))
  const wallNow = deps.wallNow ?? (() => Date.now())
  let voice = deps.voice ?? captionsOnlyVoice
  const stored = deps.volumeSource.load()
  for (const p of stored.problems) log(p)
  const view = createSoundView(stored.settings, voice.available())
  const engine = openSoundEngine(deps.Offline, log)
  const refreshAudio = watchAudioStatus({ engine, view })
  const soundscape = createSoundscapeFollower({
    clientStore: deps.clientStore,
    engine,
    onLayers: (layers) => view.setState({ layers }),
    log,
    startDelayMs: deps.startDelayMs ?? 0,
  })
  const exercise = createExerciseRunner({ engine, view, voice: () => voice, wallNow, log })

  /**
   * `keep: false` applies volumes without keeping them as the client's own: the session's sound (the therapist's
   * steer, a safe place's lowered level, a pause) must not overwrite what the client chose for themselves.
   */
  function setVolumes(partial: Partial<VolumeSettings>, options: { keep?: boolean } = {}) {
    const next = mergeVolumes(view.getState().volumes, partial)
    view.setState({ volumes: next })
    if (options.keep !== false) deps.volumeSource.save(next)
    engine?.setVolumes(next)
  }

  return {
    view,
    get engine() {
      return engine
    },
    get running() {
      return exercise.running
    },
    pacer: exercise.pacer,
    haptics: exercise.haptics,
    captionLog: exercise.captionLog,
    frameLog: exercise.frameLog,
    startExercise: exercise.start,
    stopExercise: exercise.stop,
    /** The words exercises say and show: the headset's translator for the language on screen. */
    setExerciseText: exercise.setText,
    samplePacer: exercise.samplePacer,
    tick: exercise.tick,
    setVolumes,
    calm(on: boolean) {
      engine?.calm(on)
      view.setState({ calm: on })
    },
    async unlock() {
      if (!engine) return false
      const ok = await engine.unlock()
      refreshAudio()
      return ok
    },
    setVoice(next: Voice) {
      voice.cancel()
      voice = next
      view.setState({ voice: next.available() })
    },
    /** Speaks a line now (therapist narration): the voice if there is one; captions are the caller's. */
    speak(text: string) {
      void voice.speak(text)
    },
    setListener(
      x: number,
      y: number,
      z: number,
      fx: number,
      fy: number,
      fz: number,
      ux: number,
      uy: number,
      uz: number,
    ) {
      engine?.setListener(x, y, z, fx, fy, fz, ux, uy, uz)
    },
    toggleVrPanel(open?: boolean) {
      view.setState((s) => ({ vrPanel: open ?? !s.vrPanel }))
    },
    dispose() {
      exercise.stop()
      soundscape.dispose()
      engine?.dispose()
    },
  }
}

export type SoundRuntime = ReturnType<typeof createSoundRuntime>
