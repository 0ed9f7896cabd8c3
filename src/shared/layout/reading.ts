import type { Slot } from './types'

/**
 * Reading in a headset: the words of a painting must be at least about one degree of visual angle where the client
 * stands to look at it. These sizes are checked by the legibility test against the distances the app uses.
 */

/** Where the headset brings a client to look at a new painting: the whole frame at a glance, its card below. */
export const VIEWING_DISTANCE = 3.2
/** A visual angle a person reads without effort (text's height, in degrees). */
export const READABLE_DEGREES = 1

/** The visual angle, in degrees, of something `size` metres tall seen from `distance` metres. */
export const visualAngle = (size: number, distance: number): number =>
  (2 * Math.atan(size / 2 / distance) * 180) / Math.PI

/** The painting the client is looking at from a reading distance: near enough, in front of it, and looked at. */
export type ReadingRule = {
  maxDistance: number
  /** Degrees off the painting's normal the viewer may stand. */
  maxAngle: number
  /** Degrees between where the viewer looks and the painting. */
  maxGaze: number
}

export const READING_RULE: ReadingRule = { maxDistance: 5, maxAngle: 45, maxGaze: 30 }

/**
 * Which slot the viewer at (x, z), looking along `yaw` (0 looks toward -z), reads: of the paintings near enough and
 * stood in front of, the one nearest the centre of view; -1 when none. Only the first `shown` slots count.
 */
export function readingSlot(
  slots: readonly Slot[],
  shown: number,
  viewer: { x: number; z: number; yaw: number },
  rule: ReadingRule = READING_RULE,
): number {
  let best = -1
  let bestGaze = Infinity
  const cosWall = Math.cos((rule.maxAngle * Math.PI) / 180)
  const fx = -Math.sin(viewer.yaw)
  const fz = -Math.cos(viewer.yaw)
  for (let i = 0; i < Math.min(shown, slots.length); i++) {
    const s = slots[i]!
    const dx = viewer.x - s.position.x
    const dz = viewer.z - s.position.z
    const d = Math.hypot(dx, dz)
    if (d < 1e-6 || d > rule.maxDistance) continue
    if ((dx * s.normal.x + dz * s.normal.z) / d < cosWall) continue
    const gaze = (Math.acos(Math.max(-1, Math.min(1, -(dx * fx + dz * fz) / d))) * 180) / Math.PI
    if (gaze > rule.maxGaze || gaze >= bestGaze) continue
    best = i
    bestGaze = gaze
  }
  return best
}
