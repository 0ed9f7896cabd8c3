export {
  EXERCISE_IDS,
  ExerciseIdSchema,
  ExerciseStartSchema,
  parseExerciseStart,
  BoxOptionsSchema,
  BodyScanOptionsSchema,
  FourSevenEightOptionsSchema,
  GroundingOptionsSchema,
  ResonanceOptionsSchema,
  SafePlaceOptionsSchema,
} from './schema'
export type { ExerciseId, ExerciseStart, ExerciseStartInput } from './schema'
export {
  EXERCISE_TITLES,
  PHASE_WORDS,
  breathPattern,
  breathPhases,
  breathSeconds,
  breathPhasesBetween,
  buildTimeline,
  exerciseAt,
} from './timeline'
export type { PhaseSpan } from './timeline'
export { hapticForPhase } from './haptics'
export type { HapticPulse } from './haptics'
export { BREATH_PHASES } from './types'
export type { BreathPattern, BreathPhase, BreathState, ExerciseState, Line, Step, Timeline } from './types'
