import type { ClientState } from './client-store'
import type { HeadsetTranslate } from './i18n/headset-text'

/**
 * What the client reads when their words were not painted because they touch on trauma (docs/CLINICAL.md: such words are
 * never painted in front of the client). In a session the therapist looks at them with the client. Alone nobody will,
 * so the line says only what is true, that the words were not painted, and gently invites other words. Short, warm
 * and plain, with nothing alarming in it.
 */
export function heldText(inSession: boolean, t: HeadsetTranslate): string {
  return inSession ? t('held.session') : t('held.solo')
}

/** How long the held line stays before it fades by itself: time to read it twice, slowly. */
export const HELD_LINE_MS = 15_000

type HeldState = Pick<ClientState, 'status' | 'mode' | 'sessionScene'>
/** The part of the client store this needs (a zustand store). */
export type HeldLineStore = {
  getState(): HeldState
  setState(partial: Pick<HeldState, 'status'>): void
  subscribe(listener: (state: HeldState, prev: HeldState) => void): () => void
}

export type HeldLineOptions = {
  /** @default HELD_LINE_MS */
  lineMs?: number
  /** Calls the listener whenever an exercise starts; returns a function that stops (see App.tsx). */
  exerciseStarts?: ((listener: () => void) => () => void) | undefined
}

const viewOf = (s: HeldState) => s.sessionScene?.view ?? s.mode

/**
 * Lets the held line go rather than leave it on screen: after `lineMs`, at once when the view changes (gallery,
 * landscape, timeline) or an exercise starts. The status goes back to idle (the Overlay fades the line out); any
 * other status is left alone. Returns a function that stops watching.
 */
export function watchHeldLine(store: HeldLineStore, options: HeldLineOptions = {}): () => void {
  const lineMs = options.lineMs ?? HELD_LINE_MS
  let timer: ReturnType<typeof setTimeout> | null = null
  const quiet = () => {
    if (store.getState().status.kind === 'held') store.setState({ status: { kind: 'idle' } })
  }
  const startClock = () => {
    if (timer !== null) clearTimeout(timer)
    timer = store.getState().status.kind === 'held' ? setTimeout(quiet, lineMs) : null
  }
  const unsubscribe = store.subscribe((state, prev) => {
    // A new held line (held again after other words too) gets its full time.
    if (state.status !== prev.status) startClock()
    if (viewOf(state) !== viewOf(prev)) quiet()
  })
  const stopExercises = options.exerciseStarts?.(quiet)
  startClock()
  return () => {
    unsubscribe()
    stopExercises?.()
    if (timer !== null) clearTimeout(timer)
  }
}
