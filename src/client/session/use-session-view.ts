import { useEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { createExerciseFollower } from './exercise-caption'
import type { HeadsetSession, HeadsetSessionView } from './session-client'
import { useText } from '../i18n/text-context'

export function useSessionView<T>(session: HeadsetSession, select: (v: HeadsetSessionView) => T): T {
  return useStore(session.view, select)
}

type Caption = { title: string; text: string }

/** The running exercise's caption, refreshed a few times a second (text, not per-frame visuals). */
export function useExerciseCaption(
  session: HeadsetSession,
  /** Says a line aloud, in `lang` (the language of the words on screen). */
  speak?: (text: string, lang?: string) => void,
): Caption | null {
  // When the page's sound runtime runs the exercise it shows its own captions and pacer: never both.
  const exercise = useStore(session.view, (v) => (v.runtimeExercises ? null : (v.scene?.exercise ?? null)))
  // The narration in the language on screen: a change of language re-reads the same line in the new one.
  const t = useText()
  const [caption, setCaption] = useState<Caption | null>(null)
  const follower = useRef(createExerciseFollower())
  const spoken = useRef('')
  useEffect(() => {
    if (!exercise) return
    const tick = () => {
      const s = follower.current(exercise, session.serverNow(), t)
      const next = !s || s.done || !s.caption ? null : { title: s.title, text: s.caption }
      setCaption((c) => (c?.text === next?.text && c?.title === next?.title ? c : next))
      if (s?.cue && s.cue.key !== spoken.current) {
        spoken.current = s.cue.key
        speak?.(s.cue.text, s.lang)
      }
    }
    const first = setTimeout(tick, 0)
    const h = setInterval(tick, 250)
    return () => {
      clearTimeout(first)
      clearInterval(h)
    }
  }, [exercise, session, speak, t])
  return exercise ? caption : null
}

/** Shows the cue word for a while after the client arrives at their safe place. */
export function useCueWord(session: HeadsetSession, ms = 9000): string {
  const since = useStore(session.view, (v) => v.scene?.safePlaceSince ?? null)
  const cue = useStore(session.view, (v) => v.scene?.cueWord ?? '')
  const [doneFor, setDoneFor] = useState<number | null>(null)
  useEffect(() => {
    if (since === null || !cue) return
    const h = setTimeout(() => setDoneFor(since), ms)
    return () => clearTimeout(h)
  }, [since, cue, ms])
  return since !== null && cue && doneFor !== since ? cue : ''
}
