/**
 * Pure maths for panels that follow the view lazily (docs/ART.md: a gentle lag, never glued to the face). No three, no
 * React: tested in Node (test/unit/comfort-follow-view.test.ts).
 *
 * The panel is anchored to a head position and an azimuth (which way it lies from the head). While the head stays
 * inside a dead zone (a turn of less than `deadAngle`, a step of less than `deadDistance`) nothing moves at all, so
 * small head movements never make the panel jitter. Once outside, the panel glides back in front with exponential
 * smoothing until it is nearly centred again, then rests.
 */
export type FollowViewOptions = {
  /** Metres from the eyes. @default 1.6 */
  distance: number
  /** Metres below (negative) or above eye height. @default -0.22 */
  drop: number
  /** Radians the gaze may turn away before the panel follows. @default 0.5 (about 29°) */
  deadAngle: number
  /** Metres the head may move before the panel follows. @default 0.35 */
  deadDistance: number
  /** Smoothing rate, 1/s: larger follows faster. @default 3 */
  rate: number
}

export const DEFAULT_FOLLOW: FollowViewOptions = {
  distance: 1.6,
  drop: -0.22,
  deadAngle: 0.5,
  deadDistance: 0.35,
  rate: 3,
}

/** Close enough to centred to stop gliding (small, so the panel ends where the gaze is). */
const SETTLE_ANGLE = 0.02
const SETTLE_DISTANCE = 0.01

export type FollowState = {
  azimuth: number
  x: number
  y: number
  z: number
  following: boolean
}

export type FollowPose = { x: number; y: number; z: number; yaw: number; pitch: number }

export function shortestAngle(from: number, to: number): number {
  let d = (to - from) % (Math.PI * 2)
  if (d > Math.PI) d -= Math.PI * 2
  if (d < -Math.PI) d += Math.PI * 2
  return d
}

/** The yaw (0 looks toward -z, + turns left) of a forward vector, or `fallback` when it points almost straight up
 * or down (looking at one's feet must not spin the panel). */
export function headingOf(fx: number, fz: number, fallback: number): number {
  if (Math.hypot(fx, fz) < 0.15) return fallback
  return Math.atan2(-fx, -fz)
}

export function createFollowState(): FollowState {
  return { azimuth: 0, x: 0, y: 0, z: 0, following: false }
}

/** Places the panel straight in front at once (when it opens). */
export function snapFollow(
  state: FollowState,
  head: { x: number; y: number; z: number },
  heading: number,
): void {
  state.azimuth = heading
  state.x = head.x
  state.y = head.y
  state.z = head.z
  state.following = false
}

/** One frame: advances `state` toward the head and heading (mutates; returns it). */
export function stepFollow(
  state: FollowState,
  head: { x: number; y: number; z: number },
  heading: number,
  dt: number,
  options: FollowViewOptions = DEFAULT_FOLLOW,
): FollowState {
  const turn = shortestAngle(state.azimuth, heading)
  const moved = Math.hypot(head.x - state.x, head.y - state.y, head.z - state.z)
  if (!state.following && (Math.abs(turn) > options.deadAngle || moved > options.deadDistance)) {
    state.following = true
  }
  if (state.following) {
    const k = 1 - Math.exp(-options.rate * Math.min(Math.max(dt, 0), 0.25))
    state.azimuth += turn * k
    state.x += (head.x - state.x) * k
    state.y += (head.y - state.y) * k
    state.z += (head.z - state.z) * k
    const left = Math.abs(shortestAngle(state.azimuth, heading))
    const away = Math.hypot(head.x - state.x, head.y - state.y, head.z - state.z)
    if (left < SETTLE_ANGLE && away < SETTLE_DISTANCE) state.following = false
  }
  return state
}

/** Where the panel stands and how it is turned: facing the eyes, tilted back a little if below them. */
export function followPose(
  state: FollowState,
  options: FollowViewOptions = DEFAULT_FOLLOW,
  out?: FollowPose,
): FollowPose {
  const pose = out ?? { x: 0, y: 0, z: 0, yaw: 0, pitch: 0 }
  pose.x = state.x - Math.sin(state.azimuth) * options.distance
  pose.z = state.z - Math.cos(state.azimuth) * options.distance
  pose.y = state.y + options.drop
  pose.yaw = state.azimuth
  pose.pitch = Math.atan2(options.drop, options.distance)
  return pose
}
