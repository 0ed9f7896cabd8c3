import { EXERCISE_IDS, EXERCISE_TITLES } from '../shared/exercises'

/** The guided exercises the console can start (issue 4's ids and titles, so both sides agree). */
export type ExerciseChoice = { id: string; label: string }

export function exerciseChoices(): readonly ExerciseChoice[] {
  return EXERCISE_IDS.map((id) => ({ id, label: EXERCISE_TITLES[id] ?? id }))
}
