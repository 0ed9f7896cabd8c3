/** Pure per-frame comfort maths: the vignette's strength and shape, and gentle ramps. No DOM, no three. */

/** Below these the viewer is standing still (float noise, the end of a glide): no vignette. */
export const VIGNETTE_MIN_SPEED = 0.05
export const VIGNETTE_MIN_TURN = 0.1
/** At or above these the vignette is at full strength: a brisk walk (m/s), a brisk turn (rad/s). */
export const VIGNETTE_FULL_SPEED = 1.2
export const VIGNETTE_FULL_TURN = 1.2

function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)))
  return t * t * (3 - 2 * t)
}

/**
 * How strongly to narrow the view (0 none … 1 full) for a smooth movement at `speed` metres a second and
 * `turnRate` radians a second (either sign). Turning is the stronger cause of discomfort, so either alone can
 * bring the vignette to full; the onset is smooth so a slow drift only shades the very edge. Bad numbers give 0.
 */
export function vignetteStrength(speed: number, turnRate: number): number {
  const s = Number.isFinite(speed) ? Math.abs(speed) : 0
  const t = Number.isFinite(turnRate) ? Math.abs(turnRate) : 0
  return Math.max(
    smoothstep(VIGNETTE_MIN_SPEED, VIGNETTE_FULL_SPEED, s),
    smoothstep(VIGNETTE_MIN_TURN, VIGNETTE_FULL_TURN, t),
  )
}

/** Seconds for the vignette to close in (quick, before discomfort builds) and to open again (unhurried). */
export const VIGNETTE_ATTACK_S = 0.12
export const VIGNETTE_RELEASE_S = 0.3

/**
 * One frame of the vignette's easing toward `target`: exponential approach, quicker closing than opening, frame
 * rate independent. Snaps to exactly 0 when nearly open so the mesh can be hidden.
 */
export function easeVignette(current: number, target: number, dt: number): number {
  const tau = target > current ? VIGNETTE_ATTACK_S : VIGNETTE_RELEASE_S
  const k = 1 - Math.exp(-Math.max(0, dt) / tau)
  const next = current + (target - current) * k
  return next < 0.005 && target === 0 ? 0 : next
}

/**
 * The clear part of the view as angles from the gaze direction, given the strength and the half field of view
 * (radians): at rest nothing is shaded; at full strength about 55 % of the half-angle stays clear, with a soft
 * feathered edge so no line is ever visible.
 */
export function vignetteAperture(strength: number, halfFov: number): { inner: number; outer: number } {
  const s = Math.min(1, Math.max(0, strength))
  const inner = halfFov * (1.05 - 0.5 * s)
  return { inner, outer: inner + halfFov * 0.45 }
}

/** Brightness changes glide over this long (docs/CLINICAL.md: no surprises, transitions ≥ 1 s). */
export const BRIGHTNESS_RAMP_S = 1.5

/**
 * A value that glides to each new target over `duration` seconds with an ease-in-out curve, starting from wherever
 * it is at that moment (so a change mid-glide never jumps).
 */
export function createRamp(initial: number, duration = BRIGHTNESS_RAMP_S) {
  let from = initial
  let to = initial
  let t = duration
  let value = initial
  return {
    get value() {
      return value
    },
    get target() {
      return to
    },
    get done() {
      return t >= duration
    },
    set(target: number): void {
      if (target === to) return
      from = value
      to = target
      t = 0
    },
    /** Jump without gliding (the first frame, before anything is on screen). */
    reset(v: number): void {
      from = to = value = v
      t = duration
    },
    step(dt: number): number {
      if (t >= duration) return value
      t = Math.min(duration, t + Math.max(0, dt))
      value = from + (to - from) * smoothstep(0, 1, t / duration)
      return value
    },
  }
}
export type Ramp = ReturnType<typeof createRamp>
