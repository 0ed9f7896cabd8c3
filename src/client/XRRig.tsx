import { useFrame, useThree } from '@react-three/fiber'
import { XROrigin, useXRControllerLocomotion } from '@react-three/xr'
import { useRef } from 'react'
import * as THREE from 'three'
import type { Viewer } from './viewer'

const head = new THREE.Vector3()

/**
 * The XR origin follows the viewer's pose; the right thumbstick snap-turns about the head (with a blink), and
 * there is no smooth stick locomotion: teleport only, the comfortable default (CLINICAL.md).
 */
export function XRRig({ viewer, snapDegrees, inXR }: { viewer: Viewer; snapDegrees: number; inXR: boolean }) {
  const origin = useRef<THREE.Group>(null)
  const gl = useThree((s) => s.gl)
  useXRControllerLocomotion(
    (_velocity, rotationY) => {
      if (rotationY !== 0) viewer.snapTurn(rotationY)
    },
    false,
    { type: 'snap', degrees: snapDegrees },
  )
  useFrame(() => {
    const o = origin.current
    if (!o) return
    o.position.set(viewer.pose.x, 0, viewer.pose.z)
    o.rotation.set(0, viewer.pose.yaw, 0)
    if (!inXR) {
      viewer.headOffset.x = viewer.headOffset.z = 0
      return
    }
    // Teleports and turns are about the head, which may have walked away from the origin in the room.
    gl.xr.getCamera().getWorldPosition(head)
    viewer.headOffset.x = head.x - o.position.x
    viewer.headOffset.z = head.z - o.position.z
  })
  return <XROrigin ref={origin} />
}
