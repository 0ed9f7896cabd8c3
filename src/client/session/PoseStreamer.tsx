import { useFrame } from '@react-three/fiber'
import { useMemo } from 'react'
import * as THREE from 'three'
import { layoutGallery } from '../../shared/layout'
import { createRateGate, gazeTarget, type GazeTarget } from './gaze'
import type { HeadsetScene } from './scene-mapping'
import type { HeadsetSession } from './session-client'

/** 25 Hz: inside the 20–30 Hz, light on a Quest's radio and the relay. */
export const POSE_HZ = 25

const eye = new THREE.Vector3()
const quat = new THREE.Quaternion()
const dir = new THREE.Vector3()
const round = (n: number) => Math.round(n * 1000) / 1000

/** Where the shown artworks hang (gallery view); in a landscape the console knows its own placement. */
export function gazeTargetsFor(scene: HeadsetScene | null): GazeTarget[] {
  if (!scene || scene.view !== 'gallery' || scene.artworks.length === 0) return []
  const layout = layoutGallery(scene.artworks.length)
  return scene.artworks.flatMap((a, i) => {
    const slot = layout.slots[i]
    return slot ? [{ id: a.id, x: slot.position.x, y: slot.position.y, z: slot.position.z }] : []
  })
}

/** Streams the head pose and gaze from the camera (XR or desktop) to the session; latest wins, never queued. */
export function PoseStreamer({ session, scene }: { session: HeadsetSession; scene: HeadsetScene | null }) {
  const gate = useMemo(() => createRateGate(POSE_HZ), [])
  const targets = useMemo(() => gazeTargetsFor(scene), [scene])
  useFrame((state) => {
    if (!gate(performance.now())) return
    const gl = state.gl
    const camera = gl.xr.isPresenting ? gl.xr.getCamera() : state.camera
    camera.getWorldPosition(eye)
    camera.getWorldQuaternion(quat)
    camera.getWorldDirection(dir)
    const artworkId = gazeTarget(eye, dir, targets)
    session.sendPose({
      t: Math.round(performance.now()),
      head: {
        p: [round(eye.x), round(eye.y), round(eye.z)],
        q: [round(quat.x), round(quat.y), round(quat.z), round(quat.w)],
      },
      gaze: { dir: [round(dir.x), round(dir.y), round(dir.z)], ...(artworkId ? { artworkId } : {}) },
    })
  })
  return null
}
