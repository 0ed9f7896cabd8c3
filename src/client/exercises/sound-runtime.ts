// The client's sound and exercise core (vanilla, no React): follows the scene with a soundscape, runs guided
// exercises on the AudioContext clock, and drives the tone, the voice, the captions and the haptics from it.
import { createStore } from 'zustand/vanilla'
import {
  breathPhasesBetween,
  buildTimeline,
  exerciseAt,
  hapticForPhase,
  parseExerciseStart,
  type BreathPhase,
  type ExerciseId,
  type ExerciseStart,
  type Timeline,
} from '../../shared/exercises'
import { DEFAULT_SCENE_SPEC } from '../../shared/scene-constants'
import { soundscapeMix, type LayerId, type VolumeSettings } from '../../shared/soundscape'
import { createSoundEngine, type SoundEngine } from '../../audio/engine'
import type { OfflineContextCtor } from '../../audio/render-layer'
import { captionsOnlyVoice, type Voice } from '../../audio/voice'
import { shownArtworks, type ClientStore } from '../client-store'
import { createExerciseClock, type ExerciseClock } from './exercise-clock'
import type { VolumeSource } from './volume-source'

export type AudioStatus = 'starting' | 'running' | 'blocked' | 'unavailable'

export type ExerciseView = {
  id: ExerciseId
  title: string
  stepIndex: number
  stepTitle: string
  caption: string
  phase: BreathPhase | null
  breathing: boolean
}

/** What React shows; changes only when something visible changes (never per frame). */
export type SoundView = {
  audio: AudioStatus
  volumes: VolumeSettings
  layers: LayerId[]
  calm: boolean
  exercise: ExerciseView | null
  voice: boolean
  /** The in-VR sound & exercises panel. */
  vrPanel: boolean
}

/** The pacer as last sampled (per frame, outside React). */
export type PacerSample = {
  active: boolean
  fullness: number
  phase: BreathPhase | null
  progress: number
  /** Context time the sample was taken at (as heard). */
  ctxTime: number
  elapsed: number
}

type Running = { start: ExerciseStart; startedAt: number; timeline: Timeline; clock: ExerciseClock }
type Actuator = { pulse?: (value: number, duration: number) => Promise<boolean> }
type InputSourceLike = { gamepad?: { hapticActuators?: readonly Actuator[] } | null }

const LOOKAHEAD = 2 // seconds of real time the tone is scheduled ahead
const SCHEDULE_EVERY = 0.25

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
  const view = createStore<SoundView>()(() => ({
    audio: 'starting',
    volumes: stored.settings,
    layers: [],
    calm: false,
    exercise: null,
    voice: voice.available(),
    vrPanel: false,
  }))

  let engine: SoundEngine | null = null
  try {
    if (deps.Offline) engine = createSoundEngine({ Offline: deps.Offline, log })
  } catch (e) {
    log(`no audio on this device: ${String(e)}`)
  }
  if (!engine) view.setState({ audio: 'unavailable' })

  const refreshAudio = () => {
    if (!engine) return
    const running = engine.state() === 'running'
    view.setState({ audio: running ? 'running' : 'blocked' })
    if (running) engine.setVolumes(view.getState().volumes)
  }
  if (engine) {
    engine.ctx.addEventListener('statechange', refreshAudio)
    void engine.unlock().then(refreshAudio)
    // Give the browser a moment; if it is still suspended, ask for a tap rather than failing silently.
    setTimeout(refreshAudio, 500)
  }

  // The soundscape follows the scene: the session's spec, else the newest painting's, else the quiet default.
  let mixKey = ''
  const follow = () => {
    if (!engine) return
    const s = deps.clientStore.getState()
    // In the landscape a scene chosen directly (tests, later the console) wins over the newest painting's.
    const chosen = s.mode === 'landscape' && s.landscapeSpec != null ? s.landscapeSpec : null
    const spec: unknown =
      s.sessionScene?.spec ?? chosen ?? shownArtworks(s.artworks).at(-1)?.spec ?? DEFAULT_SCENE_SPEC
    // Read the landscape's own time and weather if the landscape mode ever provides them separately.
    const land = (s as { landscape?: { timeOfDay?: unknown; weather?: unknown } | null }).landscape
    const mix = soundscapeMix(spec, { timeOfDay: land?.timeOfDay, weather: land?.weather })
    const key = JSON.stringify([mix.layers, mix.pad])
    if (key === mixKey) return
    mixKey = key
    for (const p of mix.problems) log(p)
    engine.setMix(mix)
    view.setState({ layers: mix.layers.map((l) => l.id) })
  }
  let following = false
  const startTimer = setTimeout(() => {
    following = true
    follow()
  }, deps.startDelayMs ?? 0)
  const unsubscribe = deps.clientStore.subscribe(() => {
    if (following) follow()
  })

  let run: Running | null = null
  let lastCue = ''
  let lastPhaseKey = ''
  let lastViewKey = ''
  let scheduledAt = -Infinity
  const pacer: PacerSample = { active: false, fullness: 0, phase: null, progress: 0, ctxTime: 0, elapsed: 0 }
  const haptics = { count: 0, log: [] as Array<{ phase: BreathPhase; ctxTime: number; actuators: number }> }
  const captionLog: Array<{ caption: string; phase: BreathPhase | null; elapsed: number; ctxTime: number }> =
    []
  /** What every recent frame showed (tests check each against the schedule). */
  const frameLog: Array<{ caption: string; phase: BreathPhase | null; ctxTime: number }> = []

  function stopExercise() {
    if (!run) return
    run = null
    if (engine) engine.tone.stop(engine.ctx.currentTime)
    voice.cancel()
    pacer.active = false
    lastCue = lastPhaseKey = lastViewKey = ''
    scheduledAt = -Infinity
    view.setState({ exercise: null })
  }

  function startExercise(
    input: unknown,
    startedAt = wallNow(),
  ): { ok: true } | { ok: false; problem: string } {
    const parsed = parseExerciseStart(input)
    if (!parsed.ok) {
      log(parsed.problem)
      return parsed
    }
    stopExercise()
    const timeline = buildTimeline(parsed.start)
    const clock = createExerciseClock({
      startedAt,
      timeScale: parsed.start.timeScale,
      wallNow,
      ctx: engine?.ctx ?? null,
    })
    run = { start: parsed.start, startedAt, timeline, clock }
    if (engine && engine.state() !== 'running') void engine.unlock()
    return { ok: true }
  }

  /** Samples the pacer now; the orb calls this in its own frame so what it shows is this instant's breath. */
  function samplePacer(): PacerSample {
    if (!run) {
      pacer.active = false
      return pacer
    }
    const elapsed = run.clock.elapsed()
    const st = exerciseAt(run.timeline, elapsed)
    pacer.active = st.breath !== null
    pacer.fullness = st.breath?.fullness ?? 0
    pacer.phase = st.breath?.phase ?? null
    pacer.progress = st.breath?.progress ?? 0
    pacer.elapsed = elapsed
    // The context time this state is for (as in `tick`), not a later reading of a clock that moves in jumps.
    pacer.ctxTime = engine ? run.clock.toContext(elapsed) : 0
    return pacer
  }

  function pulse(phase: BreathPhase, sources: Iterable<InputSourceLike> | null | undefined) {
    if (!sources) return
    const { intensity, durationMs } = hapticForPhase(phase)
    let actuators = 0
    for (const s of sources) {
      const a = s.gamepad?.hapticActuators?.[0]
      if (!a?.pulse) continue
      actuators++
      void a.pulse(intensity, durationMs).catch(() => false)
    }
    if (actuators === 0) return
    haptics.count++
    haptics.log.push({ phase, ctxTime: engine?.ctx.currentTime ?? 0, actuators })
    if (haptics.log.length > 40) haptics.log.shift()
  }

  /** Once per frame: exercise progress, tone scheduling, narration, captions and haptics. */
  function tick(inputSources?: Iterable<InputSourceLike> | null) {
    if (!run) return
    const r = run
    const elapsed = r.clock.elapsed()
    const st = exerciseAt(r.timeline, elapsed)
    if (st.done) {
      stopExercise()
      return
    }
    if (engine && engine.state() === 'running') {
      const now = engine.ctx.currentTime
      if (now - scheduledAt >= SCHEDULE_EVERY) {
        scheduledAt = now
        const spans = breathPhasesBetween(r.timeline, elapsed, elapsed + LOOKAHEAD * r.start.timeScale)
        engine.tone.schedule(
          spans.map((s) => ({
            key: `${r.startedAt}:${s.key}`,
            phase: s.phase,
            start: r.clock.toContext(s.start),
            duration: s.duration / r.start.timeScale,
          })),
        )
      }
    }
    if (st.breath) {
      const key = `${st.stepIndex}:${st.breath.cycle}:${st.breath.phase}`
      if (key !== lastPhaseKey) {
        lastPhaseKey = key
        pulse(st.breath.phase, inputSources)
      }
    }
    if (st.cue && st.cue.key !== lastCue) {
      lastCue = st.cue.key
      // Sped-up runs (tests) skip the voice: it could not keep up and would only queue.
      if (r.start.timeScale === 1) void voice.speak(st.cue.text)
    }
    // The context time this frame's state was computed for, not a second reading of the clock: the audio clock moves
    // on between two readings (in jumps on a busy machine), and a frame must not be logged past a phase boundary
    // with the phase from before it.
    const at = engine ? r.clock.toContext(elapsed) : 0
    if (engine) {
      frameLog.push({ caption: st.caption, phase: st.breath?.phase ?? null, ctxTime: at })
      if (frameLog.length > 600) frameLog.shift()
    }
    const viewKey = `${st.stepIndex}|${st.caption}|${st.breath?.phase ?? ''}`
    if (viewKey !== lastViewKey) {
      lastViewKey = viewKey
      captionLog.push({
        caption: st.caption,
        phase: st.breath?.phase ?? null,
        elapsed,
        ctxTime: at,
      })
      if (captionLog.length > 100) captionLog.shift()
      view.setState({
        exercise: {
          id: r.timeline.id,
          title: r.timeline.title,
          stepIndex: st.stepIndex,
          stepTitle: st.step?.title ?? '',
          caption: st.caption,
          phase: st.breath?.phase ?? null,
          breathing: st.breath !== null,
        },
      })
    }
  }

  /**
   * `keep: false` applies volumes without keeping them as the client's own: the session's sound (the therapist's
   * steer, a safe place's lowered level, a pause) must not overwrite what the client chose for themselves.
   */
  function setVolumes(partial: Partial<VolumeSettings>, options: { keep?: boolean } = {}) {
    const current = view.getState().volumes
    const next: VolumeSettings = {
      master: clamp01(partial.master ?? current.master),
      muted: partial.muted ?? current.muted,
      layers: { ...current.layers, ...partial.layers },
    }
    for (const [id, v] of Object.entries(next.layers)) next.layers[id as LayerId] = clamp01(v ?? 1)
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
      return run
    },
    pacer,
    haptics,
    captionLog,
    frameLog,
    startExercise,
    stopExercise,
    samplePacer,
    tick,
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
      stopExercise()
      clearTimeout(startTimer)
      unsubscribe()
      engine?.dispose()
    },
  }
}

const clamp01 = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1)

export type SoundRuntime = ReturnType<typeof createSoundRuntime>
