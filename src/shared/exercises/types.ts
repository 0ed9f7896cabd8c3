import type { ExerciseId, ExerciseStart } from './schema'

export type BreathPhase = 'in' | 'hold' | 'out' | 'hold-out'
export const BREATH_PHASES: readonly BreathPhase[] = ['in', 'hold', 'out', 'hold-out']

/** Seconds for each phase of one breath; a phase of 0 is skipped. */
export type BreathPattern = { in: number; hold: number; out: number; holdOut: number }

/** One caption line: said (and shown) `at` seconds after its step starts. */
export type Line = { at: number; text: string }

export type Step = {
  /** Stable id within the exercise ("intro", "see", "feet"…). */
  id: string
  /** Short title for menus and the therapist console. */
  title: string
  start: number
  duration: number
  lines: Line[]
  /** Breathing steps: the pattern, repeated `cycles` times, fills the step. */
  breath?: { pattern: BreathPattern; cycles: number }
}

export type Timeline = {
  id: ExerciseId
  title: string
  start: ExerciseStart
  steps: Step[]
  /** Seconds of exercise time (before any time scale). */
  duration: number
  /** The breath phases' words, in the timeline's language (captions and voice). */
  phaseWords: Readonly<Record<BreathPhase, string>>
  /** The language its words are in (a BCP 47 tag): what the voice is asked to speak. */
  lang: string
}

export type BreathState = {
  phase: BreathPhase
  /** 0…1 through the phase. */
  progress: number
  /** Seconds of exercise time the phase lasts, and when it started (exercise time). */
  phaseDuration: number
  phaseStart: number
  /** 0-based breath number and the total. */
  cycle: number
  cycles: number
  /** 0 (empty) … 1 (full lungs): what the pacer's size follows. */
  fullness: number
}

export type ExerciseState = {
  done: boolean
  /** -1 once done. */
  stepIndex: number
  step: Step | null
  /** What the captions show now ('' when nothing). */
  caption: string
  /**
   * What should be spoken now: the key changes exactly when something new is to be said, so a voice speaks each
   * line once however often the state is read.
   */
  cue: { key: string; text: string } | null
  breath: BreathState | null
  elapsed: number
  remaining: number
}
