import { useFrame, useThree } from '@react-three/fiber'
import { XROrigin } from '@react-three/xr'
import { useRef } from 'react'
import * as THREE from 'three'
import type { Viewer } from './viewer'

const head = new THREE.Vector3()

/**
 * The XR origin follows the viewer's pose, raised by `lift.originY` (seated mode). Thumbstick turning and smooth
 * locomotion live in comfort/ComfortRig.tsx, which follows the client's comfort settings.
 */
export function XRRig({ viewer, inXR, lift }: { viewer: Viewer; inXR: boolean; lift?: { originY: number } }) {
  const origin = useRef<THREE.Group>(null)
  const gl = useThree((s) => s.gl)
  useFrame(() => {
    const o = origin.current
    if (!o) return
    o.position.set(viewer.pose.x, inXR ? (lift?.originY ?? 0) : 0, viewer.pose.z)
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
