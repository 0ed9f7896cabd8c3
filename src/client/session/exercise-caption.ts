import { buildTimeline, exerciseAt, parseExerciseStart } from '../../shared/exercises'
import type { ExerciseState, Timeline } from '../../shared/exercises'
import { exerciseElapsedMs } from '../../shared/session/reducer'
import type { HeadsetScene } from './scene-mapping'

type Running = NonNullable<HeadsetScene['exercise']>

/**
 * Where the therapist's exercise is for this headset, from the server's start time and pace alone (pure). Returns
 * null for an exercise this build does not know: the client then sees nothing new, never an error.
 */
export function createExerciseFollower() {
  let key = ''
  let timeline: Timeline | null = null
  return (exercise: Running | null, serverNow: number): (ExerciseState & { title: string }) | null => {
    if (!exercise) return null
    const k = `${exercise.id}:${exercise.startedAt}:${JSON.stringify(exercise.options ?? {})}`
    if (k !== key) {
      key = k
      const parsed = parseExerciseStart({ id: exercise.id, options: exercise.options ?? {}, timeScale: 1 })
      timeline = parsed.ok ? buildTimeline(parsed.start) : null
      if (!parsed.ok) console.warn(`session: ${parsed.problem}`)
    }
    if (!timeline) return null
    const elapsedMs = exerciseElapsedMs({ ...exercise, baseMs: exercise.baseMs }, serverNow)
    return { ...exerciseAt(timeline, elapsedMs / 1000), title: timeline.title }
  }
}
