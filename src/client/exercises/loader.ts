import { lazy } from 'react'
import type { ClientStore } from '../client-store'
import type { SoundSlot } from '../sound-slot'

// The only part of the sound & exercise feature in the first bundle: a few lines that load the rest on demand.
const load = () => import('./sound-ui')

export const LazySoundDock = lazy(() => load().then((m) => ({ default: m.SoundDock })))
export const LazyExerciseStage = lazy(() => load().then((m) => ({ default: m.ExerciseStage })))

/** Loads the sound code and makes the page's runtime in `slot` (the slot calls this once). */
export const loadSoundRuntime = (slot: SoundSlot, store: ClientStore) =>
  load().then((m) => m.pageSoundRuntime(slot, store))

/** A gesture that lets audio start: sound is held back by browsers until one of these anyway. */
const GESTURES = ['pointerdown', 'keydown', 'touchstart'] as const

export type IdleOptions = {
  /** Longest wait for an idle moment before loading anyway, ms. @default 3000 */
  timeout?: number
  /** Free time an idle period must offer to count (a busy frame loop leaves only slivers), ms. @default 8 */
  minIdleMs?: number
  /** For tests: the window to watch. @default globalThis.window */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> &
    Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>
}

/**
 * Runs `run` once, at the first real idle moment (requestIdleCallback, at most `timeout` ms later) or at the first
 * user gesture, whichever comes first. The sound and exercise chunks (howler, synthesisers, panel kit) wait for
 * this after the first drawn frame, so the headset's first load is only what the gallery needs to appear.
 * Returns a cancel function.
 */
export function whenIdleOrGesture(run: () => void, options: IdleOptions = {}): () => void {
  const { timeout = 3000, minIdleMs = 8 } = options
  const target = options.target ?? (globalThis as unknown as typeof globalThis & Window)
  let done = false
  let idleId: number | undefined
  let timerId: ReturnType<typeof setTimeout> | undefined
  const started = Date.now()
  const cancel = () => {
    done = true
    for (const g of GESTURES) target.removeEventListener(g, fire, true)
    if (idleId !== undefined) target.cancelIdleCallback?.(idleId)
    if (timerId !== undefined) clearTimeout(timerId)
  }
  function fire() {
    if (done) return
    cancel()
    run()
  }
  const waitForIdle = () => {
    if (done) return
    const left = timeout - (Date.now() - started)
    if (left <= 0 || !target.requestIdleCallback) {
      // No idle callbacks (Safari before 18): a plain timer stands in.
      if (left <= 0) fire()
      else timerId = setTimeout(fire, left)
      return
    }
    idleId = target.requestIdleCallback(
      (deadline) => {
        if (deadline.didTimeout || deadline.timeRemaining() >= minIdleMs) fire()
        else waitForIdle()
      },
      { timeout: left },
    )
  }
  for (const g of GESTURES) target.addEventListener(g, fire, { capture: true, passive: true })
  waitForIdle()
  return cancel
}
