import {
  breathPhasesBetween,
  type BreathPhase,
  type ExerciseState,
  type ExerciseStart,
  type Timeline,
} from '../../shared/exercises'
import type { ScheduledPhase } from '../../audio/breath-tone'
import type { ExerciseClock } from './exercise-clock'
import type { ExerciseView } from './sound-view'

// What one frame of a running exercise means, decided from its state alone: which tone phases to schedule, whether
// a new breath phase, line or caption began, and what the view shows. Pure; the runner does what these say.

export type RunningExercise = {
  start: ExerciseStart
  startedAt: number
  timeline: Timeline
  clock: ExerciseClock
}

/** Seconds of real time the tone is scheduled ahead, and how often (audio-clock seconds) it is topped up. */
export const LOOKAHEAD = 2
export const SCHEDULE_EVERY = 0.25

/**
 * The tone's phases for the next LOOKAHEAD seconds of real time, on the audio clock. Keys carry the start time, so
 * a restarted exercise never matches phases the tone already holds from the one before.
 */
export function toneSchedule(r: RunningExercise, elapsed: number): ScheduledPhase[] {
  const spans = breathPhasesBetween(r.timeline, elapsed, elapsed + LOOKAHEAD * r.start.timeScale)
  return spans.map((s) => ({
    key: `${r.startedAt}:${s.key}`,
    phase: s.phase,
    start: r.clock.toContext(s.start),
    duration: s.duration / r.start.timeScale,
  }))
}

/** What the last frames already did, so each phase, line and caption happens once however often it is read. */
export type FrameKeys = { phase: string; cue: string; view: string }
export const NO_FRAME_KEYS: Readonly<FrameKeys> = { phase: '', cue: '', view: '' }

export type FrameNews = {
  keys: FrameKeys
  /** A breath phase began: the controllers pulse. */
  pulse: BreathPhase | null
  /** A line to say now; null when nothing new, or when the run is sped up. */
  speak: string | null
  /** What the captions show changed: log it and tell the view. */
  viewChanged: boolean
}

/** What is new in this frame's state compared with the last frames'. */
export function frameNews(st: ExerciseState, last: Readonly<FrameKeys>, timeScale: number): FrameNews {
  const keys = { ...last }
  let pulse: BreathPhase | null = null
  let speak: string | null = null
  if (st.breath) {
    const phase = `${st.stepIndex}:${st.breath.cycle}:${st.breath.phase}`
    if (phase !== last.phase) {
      keys.phase = phase
      pulse = st.breath.phase
    }
  }
  if (st.cue && st.cue.key !== last.cue) {
    keys.cue = st.cue.key
    // Sped-up runs (tests) skip the voice: it could not keep up and would only queue.
    if (timeScale === 1) speak = st.cue.text
  }
  const view = `${st.stepIndex}|${st.caption}|${st.breath?.phase ?? ''}`
  const viewChanged = view !== last.view
  keys.view = view
  return { keys, pulse, speak, viewChanged }
}

/** The captions' view of a state. */
export function exerciseView(timeline: Timeline, st: ExerciseState): ExerciseView {
  return {
    id: timeline.id,
    title: timeline.title,
    stepIndex: st.stepIndex,
    stepTitle: st.step?.title ?? '',
    caption: st.caption,
    phase: st.breath?.phase ?? null,
    breathing: st.breath !== null,
  }
}

/** The pacer's reading of a state (the orb's size and phase). */
export function pacerReading(st: ExerciseState) {
  return {
    active: st.breath !== null,
    fullness: st.breath?.fullness ?? 0,
    phase: st.breath?.phase ?? null,
    progress: st.breath?.progress ?? 0,
  }
}

/** Appends and drops the oldest beyond `max`: the logs tests read stay bounded through a long session. */
export function pushCapped<T>(list: T[], item: T, max: number): void {
  list.push(item)
  if (list.length > max) list.shift()
}
