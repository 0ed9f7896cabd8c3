import { isLayerId, type LayerId } from '../../shared/soundscape'
import type { SoundRuntime } from '../exercises/sound-runtime'
import type { SoundSlot } from '../sound-slot'
import type { HeadsetScene } from './scene-mapping'
import type { HeadsetSession } from './session-client'

type Runtime = SoundRuntime

/** The session's sound, as the page's sound runtime takes it: only layers it knows, volumes in 0…1. */
export function sessionVolumes(sound: HeadsetScene['sound']) {
  const layers: Partial<Record<LayerId, number>> = {}
  for (const [id, v] of Object.entries(sound.layers)) if (isLayerId(id)) layers[id] = v
  return { master: sound.master, muted: sound.muted, layers }
}

/**
 * Local wall-clock start of the exercise, so the runtime's clock (start + elapsed × pace) matches the server's,
 * pace changes included: elapsed = baseMs + (now − startedAt) × timeScale.
 */
export function localExerciseStart(
  exercise: NonNullable<HeadsetScene['exercise']>,
  serverOffsetMs: number,
): number {
  return exercise.startedAt - exercise.baseMs / exercise.timeScale - serverOffsetMs
}

/**
 * Hands the session's sound and exercises to the page's sound runtime (src/client/exercises): volumes follow the
 * therapist (every change ramps there), exercises start, re-pace and stop on the server's clock. The soundscape
 * itself already follows `sessionScene.spec`. If the runtime cannot load, the session shows its own captions.
 */
export function bridgeSessionSound(session: HeadsetSession, sound: SoundSlot): () => void {
  let runtime: Runtime | null = null
  let stopped = false
  let exerciseKey = ''
  let volumeKey = ''
  const sync = () => {
    const r = runtime
    const scene = session.view.getState().scene
    if (!r || !scene) return
    const v = sessionVolumes(scene.sound)
    const vk = JSON.stringify(v)
    if (vk !== volumeKey) {
      volumeKey = vk
      r.setVolumes(v, { keep: false })
    }
    const ex = scene.ended ? null : scene.exercise
    const ek = ex
      ? `${ex.id}:${ex.startedAt}:${ex.baseMs}:${ex.timeScale}:${JSON.stringify(ex.options ?? {})}`
      : ''
    if (ek === exerciseKey) return
    exerciseKey = ek
    if (!ex) r.stopExercise()
    else {
      const start = localExerciseStart(ex, session.serverNow() - Date.now())
      const result = r.startExercise({ id: ex.id, options: ex.options ?? {}, timeScale: ex.timeScale }, start)
      if (!result.ok) console.warn(`session: exercise not started: ${result.problem}`)
    }
  }
  // The AI voice: connected while the session is live and its client may use it (src/client/speech).
  let voiceOff: (() => void) | null = null
  let voiceFor = ''
  const syncVoice = () => {
    const r = runtime
    const token = session.device?.deviceToken ?? ''
    const want = r && !stopped && session.view.getState().stage === 'live' ? token : ''
    if (want === voiceFor) return
    voiceFor = want
    voiceOff?.()
    voiceOff = null
    if (!want || !r) return
    import('../speech/session-voice')
      .then((m) => m.connectSessionVoice(session, r, sound))
      .then(
        (off) => {
          if (voiceFor === want) voiceOff = off
          else off()
        },
        (e: unknown) => console.warn('session: the AI voice could not start; the device voice speaks', e),
      )
  }
  const unsubscribe = session.view.subscribe((v, prev) => {
    if (v.scene !== prev.scene) sync()
    if (v.stage !== prev.stage) syncVoice()
  })
  sound.load().then(
    (r) => {
      if (stopped) return
      runtime = r
      session.view.setState({ runtimeExercises: true })
      sync()
      syncVoice()
    },
    (e: unknown) => console.warn('session: no sound runtime, captions only', e),
  )
  return () => {
    stopped = true
    unsubscribe()
    voiceFor = ''
    voiceOff?.()
    if (exerciseKey) runtime?.stopExercise()
  }
}
