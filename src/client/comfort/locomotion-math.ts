/** Pure helpers for smooth stick locomotion and turning (no three, no React), tested in test/unit/comfort-motion.test.ts. */

/** Sticks rest a little off centre; ignore that much (and rescale the rest, so motion starts from zero). */
export const STICK_DEAD_ZONE = 0.2

/** Applies a radial dead zone to a thumbstick: returns 0…1 magnitude vectors, unchanged in direction. */
export function deadZone(x: number, y: number, zone = STICK_DEAD_ZONE): { x: number; y: number } {
  const m = Math.hypot(x, y)
  if (!Number.isFinite(m) || m <= zone) return { x: 0, y: 0 }
  const scaled = Math.min(1, (m - zone) / (1 - zone))
  return { x: (x / m) * scaled, y: (y / m) * scaled }
}

/**
 * A stick push as `viewer.walk(forward, strafe)` arguments. The viewer walks relative to the XR origin's yaw; the
 * client expects to walk where the head looks, so the push is turned by the difference (head yaw − origin yaw).
 * Stick y is negative when pushed forward (WebXR gamepad convention).
 */
export function stickToWalk(
  stickX: number,
  stickY: number,
  headYaw: number,
  originYaw: number,
): { forward: number; strafe: number } {
  const { x, y } = deadZone(stickX, stickY)
  const forward = -y
  const strafe = x
  const d = headYaw - originYaw
  const c = Math.cos(d)
  const s = Math.sin(d)
  // Walking direction in origin space is R(d)·(strafe, -forward); read back as (strafe', -forward').
  const sx = c * strafe + s * -forward
  const sz = -s * strafe + c * -forward
  return { forward: -sz, strafe: sx }
}

/** Smooth turn from the right stick: radians this frame (+ turns left), 0 inside the dead zone. */
export function smoothTurnAngle(stickX: number, degreesPerSecond: number, dt: number): number {
  const { x } = deadZone(stickX, 0)
  if (x === 0) return 0
  return (-x * degreesPerSecond * Math.PI * Math.max(0, dt)) / 180
}

/**
 * Turns the XR origin by `angle` about the head rather than about the origin, so the client turns on the spot.
 * `offset` is the head's floor position relative to the origin; both objects are updated in place.
 */
export function turnAboutHead(
  pose: { x: number; z: number; yaw: number },
  offset: { x: number; z: number },
  angle: number,
): void {
  const hx = pose.x + offset.x
  const hz = pose.z + offset.z
  const c = Math.cos(angle)
  const s = Math.sin(angle)
  const ox = offset.x
  const oz = offset.z
  offset.x = c * ox + s * oz
  offset.z = -s * ox + c * oz
  pose.yaw += angle
  pose.x = hx - offset.x
  pose.z = hz - offset.z
}
