/**
 * Gentle level changes (docs/CLINICAL.md: "sound ramps, no step louder than a few dB, fades ≥ 1 s").
 * A ramp is a list of points joined by linear ramps on an AudioParam; neighbouring points never differ by more
 * than `maxStepDb`, so even the start of a fade-in from silence creeps in.
 */
export type RampOptions = {
  /** Largest change between neighbouring points, dB. @default 3 */
  maxStepDb?: number
  /** Shortest fade, seconds. @default 1 */
  minSeconds?: number
  /** How fast large changes may go, dB per second. @default 20 */
  dbPerSecond?: number
  /** Levels at or below this count as silence, dB. @default -60 */
  floorDb?: number
}
export type RampPoint = { t: number; gain: number }
export type RampPlan = { duration: number; points: RampPoint[] }

export const RAMP_DEFAULTS: Required<RampOptions> = {
  maxStepDb: 3,
  minSeconds: 1,
  dbPerSecond: 20,
  floorDb: -60,
}

export function gainToDb(gain: number, floorDb = RAMP_DEFAULTS.floorDb): number {
  if (!(gain > 0)) return floorDb
  return Math.max(floorDb, 20 * Math.log10(gain))
}

export function dbToGain(db: number, floorDb = RAMP_DEFAULTS.floorDb): number {
  return db <= floorDb ? 0 : 10 ** (db / 20)
}

const clampGain = (g: number) => (Number.isFinite(g) ? Math.min(4, Math.max(0, g)) : 0)

/** Plans a fade from gain `from` to gain `to` (linear gains). Times are seconds from the start of the fade. */
export function planRamp(from: number, to: number, options: RampOptions = {}): RampPlan {
  const o = { ...RAMP_DEFAULTS, ...options }
  const a = clampGain(from)
  const b = clampGain(to)
  const dbA = gainToDb(a, o.floorDb)
  const dbB = gainToDb(b, o.floorDb)
  const span = Math.abs(dbB - dbA)
  const duration = Math.max(o.minSeconds, span / o.dbPerSecond)
  const steps = Math.max(1, Math.ceil(span / o.maxStepDb - 1e-9))
  const points: RampPoint[] = [{ t: 0, gain: a }]
  for (let i = 1; i < steps; i++) {
    const f = i / steps
    points.push({ t: duration * f, gain: dbToGain(dbA + (dbB - dbA) * f, o.floorDb - 1) })
  }
  points.push({ t: duration, gain: b })
  return { duration, points }
}

/** The largest level change between neighbouring points of a plan, in dB (silence counted as `floorDb`). */
export function largestStepDb(points: readonly RampPoint[], floorDb = RAMP_DEFAULTS.floorDb): number {
  let worst = 0
  for (let i = 1; i < points.length; i++) {
    const d = Math.abs(gainToDb(points[i]!.gain, floorDb) - gainToDb(points[i - 1]!.gain, floorDb))
    worst = Math.max(worst, d)
  }
  return worst
}
