import { buildTimeline, exerciseAt, parseExerciseStart } from '../../shared/exercises'
import type { ExerciseState, ExerciseText, Timeline } from '../../shared/exercises'
import { exerciseElapsedMs } from '../../shared/session/reducer'
import type { HeadsetScene } from './scene-mapping'

type Running = NonNullable<HeadsetScene['exercise']>

/**
 * Where the therapist's exercise is for this headset, from the server's start time and pace alone (pure), its
 * words in the language of `text` (the headset's translator). Returns null for an exercise this build does not
 * know: the client then sees nothing new, never an error.
 */
export function createExerciseFollower() {
  let key = ''
  let words: ExerciseText | null = null
  let timeline: Timeline | null = null
  return (
    exercise: Running | null,
    serverNow: number,
    text?: ExerciseText,
  ): (ExerciseState & { title: string; lang: string }) | null => {
    if (!exercise) return null
    const k = `${exercise.id}:${exercise.startedAt}:${JSON.stringify(exercise.options ?? {})}`
    if (k !== key || (text ?? null) !== words) {
      key = k
      words = text ?? null
      const parsed = parseExerciseStart({ id: exercise.id, options: exercise.options ?? {}, timeScale: 1 })
      timeline = parsed.ok ? buildTimeline(parsed.start, text) : null
      if (!parsed.ok) console.warn(`session: ${parsed.problem}`)
    }
    if (!timeline) return null
    const elapsedMs = exerciseElapsedMs({ ...exercise, baseMs: exercise.baseMs }, serverNow)
    return { ...exerciseAt(timeline, elapsedMs / 1000), title: timeline.title, lang: timeline.lang }
  }
}
