import { useEffect } from 'react'
import { useText } from '../i18n/text-context'
import type { SoundRuntime } from './sound-runtime'

/** Keeps the exercises' words (captions and voice) in the language on screen, and gives the page its translator. */
export function useExerciseText(runtime: Pick<SoundRuntime, 'setExerciseText'>) {
  const t = useText()
  useEffect(() => runtime.setExerciseText(t), [runtime, t])
  return t
}
