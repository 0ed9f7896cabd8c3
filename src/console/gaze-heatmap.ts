/**
 * Where the client has been and what they looked at, accumulated from the streamed head poses.
 * Plain data with no DOM so it is tested in Node; the map draws it. Time comes from the poses' own `t`
 * (headset clock, ms), never from the console's clock, so a slow console does not distort the picture.
 */
export const GAZE_BINS = 16
/**
 * A gap longer than this (a reconnect, the headset taken off) is not counted as looking. Generous enough for a
 * headset that drops to a few frames a second.
 */
export const MAX_STEP_S = 1
const TRAIL_LENGTH = 240

export type PoseSample = {
  t: number
  head: {
    p: readonly [number, number, number] | number[]
    q: readonly [number, number, number, number] | number[]
  }
  gaze?: { artworkId?: string; dir: readonly [number, number, number] | number[] }
}

export type GazeHeatmap = {
  /** Seconds of gaze per artwork id. */
  readonly byArtwork: Map<string, number>
  /** Seconds of gaze per horizontal direction bin; bin 0 is north (-z), increasing toward the east (+x). */
  readonly byDirection: Float64Array
  /** Recent floor positions, oldest first. */
  readonly trail: Array<{ x: number; z: number }>
  readonly last: { x: number; z: number; yaw: number; artworkId: string | null } | null
  readonly totalSeconds: number
  add(sample: PoseSample): void
  /** Forgets the path walked (the view changed: gallery and landscape positions are different places). */
  resetTrail(): void
  reset(): void
}

/** Yaw of a horizontal direction, 0 toward -z, growing toward -x (the app's convention: yaw 0 looks at -z). */
export function yawOf(dx: number, dz: number): number {
  return Math.atan2(-dx, -dz)
}

/** The view direction (-z of the head) from a quaternion [x, y, z, w]. */
export function forwardOf(q: ArrayLike<number>): [number, number, number] {
  const x = q[0] ?? 0
  const y = q[1] ?? 0
  const z = q[2] ?? 0
  const w = q[3] ?? 1
  return [-(2 * (x * z + w * y)), -(2 * (y * z - w * x)), -(1 - 2 * (x * x + y * y))]
}

/** Compass bin of a direction: 0 = north (-z), then clockwise seen from above (east = +x). */
export function directionBin(dx: number, dz: number, bins = GAZE_BINS): number {
  const clockwise = Math.atan2(dx, -dz) // 0 at -z, +π/2 at +x
  const turn = (clockwise / (2 * Math.PI) + 1 + 0.5 / bins) % 1
  return Math.min(bins - 1, Math.floor(turn * bins))
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

export function createGazeHeatmap(): GazeHeatmap {
  const byArtwork = new Map<string, number>()
  const byDirection = new Float64Array(GAZE_BINS)
  const trail: Array<{ x: number; z: number }> = []
  let lastT: number | null = null
  let total = 0
  const map: GazeHeatmap = {
    byArtwork,
    byDirection,
    trail,
    last: null,
    get totalSeconds() {
      return total
    },
    add(sample) {
      const p = sample.head?.p
      const q = sample.head?.q
      if (!p || !q || !finite(sample.t) || !finite(p[0]) || !finite(p[2])) return
      const dir = sample.gaze?.dir ?? forwardOf(q)
      const dx = dir[0] ?? 0
      const dz = dir[2] ?? 0
      if (!finite(dx) || !finite(dz)) return
      const step = lastT === null ? 0 : (sample.t - lastT) / 1000
      lastT = sample.t
      const artworkId = sample.gaze?.artworkId ?? null
      if (step > 0 && step <= MAX_STEP_S) {
        total += step
        if (Math.hypot(dx, dz) > 1e-3) {
          const bin = directionBin(dx, dz)
          byDirection[bin] = (byDirection[bin] ?? 0) + step
        }
        if (artworkId) byArtwork.set(artworkId, (byArtwork.get(artworkId) ?? 0) + step)
      }
      const prev = trail.at(-1)
      if (!prev || Math.hypot(prev.x - p[0], prev.z - p[2]) > 0.15) {
        trail.push({ x: p[0], z: p[2] })
        if (trail.length > TRAIL_LENGTH) trail.shift()
      }
      ;(map as { last: GazeHeatmap['last'] }).last = { x: p[0], z: p[2], yaw: yawOf(dx, dz), artworkId }
    },
    resetTrail() {
      trail.length = 0
    },
    reset() {
      byArtwork.clear()
      byDirection.fill(0)
      trail.length = 0
      lastT = null
      total = 0
      ;(map as { last: GazeHeatmap['last'] }).last = null
    },
  }
  return map
}
