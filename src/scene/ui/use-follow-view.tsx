import { useFrame } from '@react-three/fiber'
import { useRef, type ReactNode, type RefObject } from 'react'
import * as THREE from 'three'
import {
  DEFAULT_FOLLOW,
  createFollowState,
  followPose,
  headingOf,
  snapFollow,
  stepFollow,
  type FollowPose,
  type FollowViewOptions,
} from './follow-view-math'

const eye = new THREE.Vector3()
const forward = new THREE.Vector3()

/**
 * Keeps `target` (a group in world space, not inside the XR origin) gently in front of the view: still while the
 * gaze wanders a little, gliding back once it turns or walks away. Works the same with the desktop camera and the
 * headset. The panel is placed straight ahead on the first frame it is `enabled`.
 *
 * @example
 * const ref = useRef<THREE.Group>(null)
 * useFollowView(ref, { distance: 1.8 })
 * return <group ref={ref}><Panel>…</Panel></group>
 */
export function useFollowView(
  target: RefObject<THREE.Object3D | null>,
  options: Partial<FollowViewOptions> & { enabled?: boolean } = {},
): void {
  const state = useRef(createFollowState())
  const pose = useRef<FollowPose>({ x: 0, y: 0, z: 0, yaw: 0, pitch: 0 })
  const placed = useRef(false)
  const opts = useRef<FollowViewOptions>({ ...DEFAULT_FOLLOW })
  const { enabled = true, ...follow } = options
  Object.assign(opts.current, DEFAULT_FOLLOW, follow)

  useFrame((s, delta) => {
    const object = target.current
    if (!object) return
    if (!enabled) {
      placed.current = false
      return
    }
    s.camera.getWorldPosition(eye)
    s.camera.getWorldDirection(forward)
    const heading = headingOf(forward.x, forward.z, state.current.azimuth)
    if (!placed.current) {
      snapFollow(state.current, eye, heading)
      placed.current = true
    } else stepFollow(state.current, eye, heading, delta, opts.current)
    const p = followPose(state.current, opts.current, pose.current)
    object.position.set(p.x, p.y, p.z)
    object.rotation.set(p.pitch, p.yaw, 0, 'YXZ')
  })
}

export type FollowViewProps = Partial<FollowViewOptions> & {
  enabled?: boolean
  children?: ReactNode
  name?: string
}

/** A group that follows the view (see `useFollowView`); put a `Panel` inside. */
export function FollowView({ children, name, ...options }: FollowViewProps) {
  const ref = useRef<THREE.Group>(null)
  useFollowView(ref, options)
  return (
    <group ref={ref} name={name}>
      {children}
    </group>
  )
}
