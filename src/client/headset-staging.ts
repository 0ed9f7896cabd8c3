import { createStore, type StoreApi } from 'zustand/vanilla'

/**
 * What the headset has brought in so far. The first frame needs only the gallery; everything else waits for it, so
 * a headset's first load is small and quick.
 */
export type StagingState = {
  /** The first frame that drew something is on screen. */
  firstFrameDrawn: boolean
  /**
   * The extras may load and mount: sound, exercises, placard text, the microphone. From the first idle moment after
   * the first frame, or the first gesture (sound needs one anyway), or at once when the client needs one of them.
   */
  extrasReady: boolean
}

export type StagingDeps = {
  /** Runs once at the first idle moment or gesture; returns a cancel function (exercises/loader.ts). */
  whenIdleOrGesture: (run: () => void) => () => void
  /** The risk screen's code: loaded with the extras, so Create never waits for it. */
  loadCrisisUi: () => Promise<unknown>
  /** Fetches the session's code without starting anything, so the join keypad's code is here when asked for. */
  prefetchSession: () => void
}

export type Staging = {
  readonly store: StoreApi<StagingState>
  /** Called once the first frame is drawn (see first-frame.tsx). */
  firstFrame(): void
  /** The client needs an extra now (the crisis panel's way on to grounding): no waiting for an idle moment. */
  extrasNow(): void
  /** Stops waiting for idle moments. */
  dispose(): void
}

/**
 * Runs `run` once the first frame is drawn (at once if it already is); returns the function that cancels it and
 * stops whatever `run` started.
 */
export function afterFirstFrame(staging: Staging, run: () => () => void): () => void {
  let stopRun: (() => void) | null = null
  const drawn = () => staging.store.getState().firstFrameDrawn
  const go = () => {
    unsubscribe()
    stopRun ??= run()
  }
  const unsubscribe = staging.store.subscribe(() => (drawn() ? go() : undefined))
  if (drawn()) go()
  return () => {
    unsubscribe()
    stopRun?.()
  }
}

/**
 * The order in which the headset brings things in: first frame, then the extras at an idle moment, then the risk
 * screen and the session's code at the idle moment after that. Nothing here starts a session or a sound.
 */
export function createStaging(deps: StagingDeps): Staging {
  const store = createStore<StagingState>()(() => ({ firstFrameDrawn: false, extrasReady: false }))
  const cancels: Array<() => void> = []
  const extras = () => {
    if (store.getState().extrasReady) return
    store.setState({ extrasReady: true })
    deps.loadCrisisUi().catch(() => undefined) // the server screens the words anyway
    cancels.push(deps.whenIdleOrGesture(deps.prefetchSession))
  }
  return {
    store,
    firstFrame() {
      if (store.getState().firstFrameDrawn) return
      store.setState({ firstFrameDrawn: true })
      cancels.push(deps.whenIdleOrGesture(extras))
    },
    extrasNow: extras,
    dispose() {
      for (const cancel of cancels.splice(0)) cancel()
    },
  }
}
