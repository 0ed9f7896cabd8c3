/** Pure steps of a panel's fade (tested in Node); the three.js side is use-group-fade.ts. */

/** A frame longer than this (a stalled tab, a busy headset) advances the fade no further: it never jumps. */
const MAX_STEP_S = 0.25

/** Moves a fade's linear progress 0…1 toward shown (1) or gone (0), taking `seconds` for the whole way. */
export function stepFade(value: number, shown: boolean, deltaS: number, seconds: number): number {
  const step = Math.min(Math.max(deltaS, 0), MAX_STEP_S) / Math.max(seconds, 1e-3)
  return shown ? Math.min(1, value + step) : Math.max(0, value - step)
}

/** The opacity for a linear progress: eased at both ends, so the fade starts and settles softly. */
export function fadeOpacity(progress: number): number {
  const t = Math.min(1, Math.max(0, progress))
  return t * t * (3 - 2 * t)
}
