/** Something the client can look at: an artwork's centre in world space. */
export type GazeTarget = { id: string; x: number; y: number; z: number }

/** Half-angle of "the centre of view": about the size of a framed painting at 3 m. @default 12° */
export const GAZE_HALF_ANGLE = (12 * Math.PI) / 180
/** Past this distance a painting is a speck: looking toward it is not looking at it. @default 14 m */
export const GAZE_MAX_DISTANCE = 14

const COS = Math.cos(GAZE_HALF_ANGLE)

/**
 * The artwork nearest the centre of view, by a cheap angle test against each centre (a dot product per artwork, no
 * raycast per frame). Walls are ignored on purpose: at 20–30 Hz over a few dozen artworks this is the whole cost,
 * and the console only needs "what were they looking toward". `dir` need not be normalised.
 */
export function gazeTarget(
  head: { x: number; y: number; z: number },
  dir: { x: number; y: number; z: number },
  targets: readonly GazeTarget[],
  cosLimit = COS,
  maxDistance = GAZE_MAX_DISTANCE,
): string | undefined {
  const dl = Math.hypot(dir.x, dir.y, dir.z)
  if (!(dl > 0)) return undefined
  let best: string | undefined
  let bestCos = cosLimit
  for (const t of targets) {
    const vx = t.x - head.x
    const vy = t.y - head.y
    const vz = t.z - head.z
    const d = Math.hypot(vx, vy, vz)
    if (d < 1e-6 || d > maxDistance) continue
    const c = (vx * dir.x + vy * dir.y + vz * dir.z) / (d * dl)
    if (c > bestCos) {
      bestCos = c
      best = t.id
    }
  }
  return best
}

/** Decides when the next pose frame is due: a steady rate that never bursts after a stall (no catch-up). */
export function createRateGate(hz: number) {
  const interval = 1000 / hz
  let next = -Infinity
  return (nowMs: number): boolean => {
    if (nowMs < next) return false
    // After a long frame, restart the schedule from now rather than sending a backlog.
    next = nowMs - next > interval * 2 ? nowMs + interval : next + interval
    return true
  }
}
