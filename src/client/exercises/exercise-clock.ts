/**
 * The exercise's clock, read from the AudioContext while sound runs so the tone, the pacer and the haptics all
 * keep the same time; from the wall clock while audio is blocked (the exercise still runs, silently).
 * `startedAt` is a wall-clock time in ms (what a session's server sends), `timeScale` speeds it up for tests.
 */
export type ExerciseClock = {
  /** Exercise seconds elapsed now. */
  elapsed(): number
  /** Exercise time → context time (seconds), for scheduling. */
  toContext(exerciseSeconds: number): number
  /** Context time of "now" as heard (the output latency taken off). */
  contextNow(): number
}

export function createExerciseClock(deps: {
  startedAt: number
  timeScale: number
  wallNow: () => number
  ctx: { currentTime: number; state: string; outputLatency?: number; baseLatency?: number } | null
}): ExerciseClock {
  const { startedAt, timeScale, wallNow, ctx } = deps
  // Context time at which the exercise started; re-anchored whenever the context (re)starts running.
  let anchor: number | null = null
  let anchoredWhileRunning = false
  const latency = () => (ctx ? (ctx.outputLatency ?? 0) + (ctx.baseLatency ?? 0) : 0)
  const running = () => ctx !== null && ctx.state === 'running'
  const anchorNow = () => {
    if (!ctx) return
    anchor = contextNow() - (wallNow() - startedAt) / 1000
    anchoredWhileRunning = running()
  }
  const contextNow = () => (ctx ? ctx.currentTime - latency() : 0)
  return {
    contextNow,
    elapsed() {
      if (!running()) return Math.max(0, ((wallNow() - startedAt) / 1000) * timeScale)
      if (anchor === null || !anchoredWhileRunning) anchorNow()
      return Math.max(0, (contextNow() - anchor!) * timeScale)
    },
    toContext(seconds) {
      if (anchor === null || !anchoredWhileRunning) anchorNow()
      // Scheduled at X, a sound is heard at X + latency, just when contextNow() reaches X: in step with the pacer.
      return (anchor ?? 0) + seconds / timeScale
    },
  }
}
