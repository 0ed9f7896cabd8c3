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
  EXERCISE_TITLE_KEYS,
  PHASE_KEYS,
  PHASE_WORDS,
  englishExerciseText,
  phaseWords,
  breathPattern,
  breathPhases,
  breathSeconds,
  breathPhasesBetween,
  buildTimeline,
  exerciseAt,
} from './timeline'
export type { ExerciseText, PhaseSpan } from './timeline'
export type { ExerciseKey } from './scripts'
export { hapticForPhase } from './haptics'
export type { HapticPulse } from './haptics'
export { BREATH_PHASES } from './types'
export type { BreathPattern, BreathPhase, BreathState, ExerciseState, Line, Step, Timeline } from './types'
