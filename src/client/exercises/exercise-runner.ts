import {
  buildTimeline,
  englishExerciseText,
  exerciseAt,
  parseExerciseStart,
  type BreathPhase,
  type ExerciseText,
} from '../../shared/exercises'
import type { SoundEngine } from '../../audio/engine'
import type { Voice } from '../../audio/voice'
import { createExerciseClock } from './exercise-clock'
import {
  NO_FRAME_KEYS,
  SCHEDULE_EVERY,
  exerciseView,
  frameNews,
  pacerReading,
  pushCapped,
  toneSchedule,
  type RunningExercise,
} from './exercise-frame'
import { createHaptics, type InputSourceLike } from './exercise-haptics'
import type { SoundViewStore } from './sound-view'

// A guided exercise on the AudioContext clock: it drives the tone, the voice, the captions and the haptics from
// that one clock, and logs what each frame showed at the audio-clock time it was computed for.

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

export type CaptionRecord = { caption: string; phase: BreathPhase | null; elapsed: number; ctxTime: number }
export type FrameRecord = { caption: string; phase: BreathPhase | null; ctxTime: number }

const FRAMES_KEPT = 600
const CAPTIONS_KEPT = 100

export function createExerciseRunner(deps: {
  engine: SoundEngine | null
  view: SoundViewStore
  /** The voice now: it may be swapped while an exercise runs. */
  voice: () => Voice
  wallNow: () => number
  log: (m: string) => void
}) {
  const { engine, view, wallNow } = deps
  let run: RunningExercise | null = null
  let keys = NO_FRAME_KEYS
  let scheduledAt = -Infinity
  const pacer: PacerSample = { active: false, fullness: 0, phase: null, progress: 0, ctxTime: 0, elapsed: 0 }
  const haptics = createHaptics(() => engine?.ctx.currentTime ?? 0)
  const captionLog: CaptionRecord[] = []
  /** What every recent frame showed (tests check each against the schedule). */
  const frameLog: FrameRecord[] = []
  /** The words of the language on screen (the page sets it; English until it does). */
  let text: ExerciseText = englishExerciseText()

  function stop() {
    if (!run) return
    run = null
    if (engine) engine.tone.stop(engine.ctx.currentTime)
    deps.voice().cancel()
    pacer.active = false
    keys = NO_FRAME_KEYS
    scheduledAt = -Infinity
    view.setState({ exercise: null })
  }

  function start(input: unknown, startedAt = wallNow()): { ok: true } | { ok: false; problem: string } {
    const parsed = parseExerciseStart(input)
    if (!parsed.ok) {
      deps.log(parsed.problem)
      return parsed
    }
    stop()
    const timeline = buildTimeline(parsed.start, text)
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

  /**
   * The client's language changed: a running exercise goes on with the same timing, its words (and its voice) in
   * the new language from the next frame. A line already said is not said again.
   */
  function setText(next: ExerciseText) {
    if (next === text) return
    text = next
    if (!run) return
    run = { ...run, timeline: buildTimeline(run.start, text) }
  }

  /** Samples the pacer now; the orb calls this in its own frame so what it shows is this instant's breath. */
  function samplePacer(): PacerSample {
    if (!run) {
      pacer.active = false
      return pacer
    }
    const elapsed = run.clock.elapsed()
    Object.assign(pacer, pacerReading(exerciseAt(run.timeline, elapsed)))
    pacer.elapsed = elapsed
    // The context time this state is for (as in `tick`), not a later reading of a clock that moves in jumps.
    pacer.ctxTime = engine ? run.clock.toContext(elapsed) : 0
    return pacer
  }

  /** Tops up the tone's schedule a few times a second while the audio runs. */
  function scheduleTone(r: RunningExercise, elapsed: number) {
    if (!engine || engine.state() !== 'running') return
    const now = engine.ctx.currentTime
    if (now - scheduledAt < SCHEDULE_EVERY) return
    scheduledAt = now
    engine.tone.schedule(toneSchedule(r, elapsed))
  }

  /** Once per frame: exercise progress, tone scheduling, narration, captions and haptics. */
  function tick(inputSources?: Iterable<InputSourceLike> | null) {
    if (!run) return
    const r = run
    const elapsed = r.clock.elapsed()
    const st = exerciseAt(r.timeline, elapsed)
    if (st.done) {
      stop()
      return
    }
    scheduleTone(r, elapsed)
    const news = frameNews(st, keys, r.start.timeScale)
    keys = news.keys
    if (news.pulse) haptics.pulse(news.pulse, inputSources)
    if (news.speak !== null) void deps.voice().speak(news.speak, { lang: r.timeline.lang })
    // The context time this frame's state was computed for, not a second reading of the clock: the audio clock moves
    // on between two readings (in jumps on a busy machine), and a frame must not be logged past a phase boundary
    // with the phase from before it.
    const at = engine ? r.clock.toContext(elapsed) : 0
    const phase = st.breath?.phase ?? null
    if (engine) pushCapped(frameLog, { caption: st.caption, phase, ctxTime: at }, FRAMES_KEPT)
    if (!news.viewChanged) return
    pushCapped(captionLog, { caption: st.caption, phase, elapsed, ctxTime: at }, CAPTIONS_KEPT)
    view.setState({ exercise: exerciseView(r.timeline, st) })
  }

  return {
    get running() {
      return run
    },
    pacer,
    haptics: haptics.record,
    captionLog,
    frameLog,
    start,
    stop,
    setText,
    samplePacer,
    tick,
  }
}
