import { useStore } from 'zustand'
import type { SoundRuntime } from './sound-runtime'

/** Desktop subtitles for the narration: large, calm, above the words panel; read out politely to screen readers. */
export function Captions({ runtime }: { runtime: SoundRuntime }) {
  const exercise = useStore(runtime.view, (s) => s.exercise)
  const caption = exercise?.caption ?? ''
  return (
    <div className={`captions${caption ? ' captions-on' : ''}`} aria-live="polite" data-testid="captions">
      {exercise ? <span className="captions-title">{exercise.title}</span> : null}
      <p className="captions-line">{caption}</p>
    </div>
  )
}
