import type { ExerciseId } from '../../shared/exercises'
import type { BaseKey } from '../../shared/i18n/catalog'
import type { HeadsetKey } from '../../shared/i18n/headset-en'

/** The exercises, in the order a client is most likely to want them. */
const ORDER: readonly ExerciseId[] = [
  'breathing-resonance',
  'breathing-box',
  'breathing-478',
  'grounding',
  'safe-place',
  'body-scan',
]

/**
 * The exercise menu: each one's name and hint as catalogue keys (src/shared/i18n/headset/exercises-*.ts), short,
 * warm and plain, translated where they are shown.
 */
export const EXERCISE_MENU: ReadonlyArray<{
  id: ExerciseId
  label: BaseKey<HeadsetKey>
  hint: BaseKey<HeadsetKey>
}> = ORDER.map((id) => ({ id, label: `exercise.menu.${id}`, hint: `exercise.menu.${id}.hint` }))
