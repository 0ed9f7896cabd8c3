import { constrainMove, isPathClear, isWalkable, type GalleryLayout } from '../shared/layout'
import type { LandscapeWalk } from '../shared/landscape/landscape-walk'

/** Calm walking pace; brisk movement in a headset is a common cause of discomfort. */
export const WALK_SPEED = 1.3
export const TURN_SPEED = 1.2
/** Teleports fade out and back in this fast: long enough not to jerk, short enough not to feel sluggish. */
export const TELEPORT_FADE_MS = 200
const GLIDE_MAX_DISTANCE = 9
const PITCH_LIMIT = 1.1

type Motion =
  | { kind: 'none' }
  | {
      kind: 'glide'
      fromX: number
      fromZ: number
      fromYaw: number
      toX: number
      toZ: number
      toYaw: number
      t: number
      duration: number
    }
  | {
      kind: 'fade'
      x: number
      z: number
      yaw: number | null
      t: number
      half: number
      applied: boolean
      asHead: boolean
      /** Runs once when fully dark, e.g. to swap gallery and landscape unseen. */
      onDark?: () => void
    }

const out = { x: 0, z: 0 }

function ease(t: number): number {
  const c = Math.min(1, Math.max(0, t))
  return c < 0.5 ? 4 * c * c * c : 1 - (-2 * c + 2) ** 3 / 2
}

function shortestAngle(from: number, to: number): number {
  let d = (to - from) % (Math.PI * 2)
  if (d > Math.PI) d -= Math.PI * 2
  if (d < -Math.PI) d += Math.PI * 2
  return d
}

/**
 * Where the visitor is and how they move: plain numbers updated every frame, outside React. On desktop `pose`
 * is the eye's floor position; in XR it is the XR origin and `headOffset` is where the head stands relative to it.
 */
export function createViewer(
  getLayout: () => GalleryLayout,
  /** The landscape's walking rules while the landscape is shown; null in the gallery. */
  getArea: () => LandscapeWalk | null = () => null,
) {
  const start = getLayout().start
  const pose = { x: start.x, z: start.z, yaw: start.yaw, pitch: 0 }
  const headOffset = { x: 0, z: 0 }
  /** 0 clear … 1 fully dark; read by the fade veil every frame. */
  const fade = { value: 0 }
  let motion: Motion = { kind: 'none' }

  const viewer = {
    pose,
    fade,
    headOffset,
    get moving(): boolean {
      return motion.kind !== 'none'
    },
    /** Walk relative to the facing direction (forward/strafe in -1…1), sliding along walls. */
    walk(forward: number, strafe: number, dt: number): void {
      if (motion.kind !== 'none' || (forward === 0 && strafe === 0)) return
      const sin = Math.sin(pose.yaw)
      const cos = Math.cos(pose.yaw)
      const dx = (-sin * forward + cos * strafe) * WALK_SPEED * dt
      const dz = (-cos * forward - sin * strafe) * WALK_SPEED * dt
      const hx = pose.x + headOffset.x
      const hz = pose.z + headOffset.z
      const area = getArea()
      if (area) area.constrainMove(hx, hz, hx + dx, hz + dz, out)
      else constrainMove(getLayout(), hx, hz, hx + dx, hz + dz, out)
      pose.x = out.x - headOffset.x
      pose.z = out.z - headOffset.z
    },
    turn(dYaw: number): void {
      pose.yaw += dYaw
    },
    look(dPitch: number): void {
      pose.pitch = Math.min(PITCH_LIMIT, Math.max(-PITCH_LIMIT, pose.pitch + dPitch))
    },
    /**
     * Go to a floor point: an eased glide when the way is short and clear, otherwise a brief fade through dark
     * (never a jump cut). `yaw` turns to face something on arrival.
     */
    goTo(x: number, z: number, yaw: number | null = null): boolean {
      const layout = getLayout()
      const area = getArea()
      const hx = pose.x + headOffset.x
      const hz = pose.z + headOffset.z
      if (area ? !area.isWalkable(x, z) : !isWalkable(layout, x, z)) return false
      const d = Math.hypot(x - hx, z - hz)
      const clear = area ? area.isPathClear(hx, hz, x, z) : isPathClear(layout, hx, hz, x, z)
      if (d <= GLIDE_MAX_DISTANCE && clear) {
        const toYaw = yaw === null ? pose.yaw : pose.yaw + shortestAngle(pose.yaw, yaw)
        const turn = Math.abs(toYaw - pose.yaw)
        motion = {
          kind: 'glide',
          fromX: pose.x,
          fromZ: pose.z,
          fromYaw: pose.yaw,
          toX: x - headOffset.x,
          toZ: z - headOffset.z,
          toYaw,
          t: 0,
          duration: Math.min(3, Math.max(0.8, d / 1.6 + turn * 0.5)),
        }
      } else viewer.teleport(x, z, yaw, false)
      return true
    },
    /** Fade out, move, fade in. `asHead`: (x, z) is where the head should land (XR), not the origin. */
    teleport(
      x: number,
      z: number,
      yaw: number | null = null,
      asHead = true,
      halfMs = TELEPORT_FADE_MS,
      onDark?: () => void,
    ): void {
      motion = { kind: 'fade', x, z, yaw, t: 0, half: halfMs / 1000, applied: false, asHead, onDark }
    },
    /** Turn by `angle` about the head (XR snap turn), hidden by a very short blink. */
    snapTurn(angle: number): void {
      if (motion.kind !== 'none') return
      const hx = pose.x + headOffset.x
      const hz = pose.z + headOffset.z
      const yaw = pose.yaw + angle
      motion = { kind: 'fade', x: hx, z: hz, yaw, t: 0, half: 0.09, applied: false, asHead: true }
    },
    /** Immediate placement, for tests and the start pose. */
    place(x: number, z: number, yaw: number = pose.yaw): void {
      motion = { kind: 'none' }
      pose.x = x
      pose.z = z
      pose.yaw = yaw
      fade.value = 0
    },
    update(dt: number): void {
      if (motion.kind === 'glide') {
        motion.t += dt
        const k = ease(motion.t / motion.duration)
        pose.x = motion.fromX + (motion.toX - motion.fromX) * k
        pose.z = motion.fromZ + (motion.toZ - motion.fromZ) * k
        pose.yaw = motion.fromYaw + (motion.toYaw - motion.fromYaw) * k
        if (motion.t >= motion.duration) motion = { kind: 'none' }
      } else if (motion.kind === 'fade') {
        motion.t += dt
        const h = motion.half
        if (!motion.applied && motion.t >= h) {
          motion.applied = true
          motion.onDark?.()
          if (motion.yaw !== null && motion.asHead) {
            // Rotating the origin about the head keeps the head where it is (snap turn, teleports in XR).
            const a = motion.yaw - pose.yaw
            const c = Math.cos(a)
            const s = Math.sin(a)
            const ox = headOffset.x
            const oz = headOffset.z
            headOffset.x = c * ox + s * oz
            headOffset.z = -s * ox + c * oz
          }
          if (motion.yaw !== null) pose.yaw = motion.yaw
          pose.x = motion.x - (motion.asHead ? headOffset.x : 0)
          pose.z = motion.z - (motion.asHead ? headOffset.z : 0)
        }
        fade.value = motion.t < h ? ease(motion.t / h) : 1 - ease((motion.t - h) / h)
        if (motion.t >= h * 2) {
          fade.value = 0
          motion = { kind: 'none' }
        }
      }
    },
  }
  return viewer
}

export type Viewer = ReturnType<typeof createViewer>
