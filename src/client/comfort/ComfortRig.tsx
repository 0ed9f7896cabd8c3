import { useFrame, useThree } from '@react-three/fiber'
import { useXRControllerLocomotion, useXRStore } from '@react-three/xr'
import { useEffect, useMemo, useRef } from 'react'
import * as THREE from 'three'
import { useStore } from 'zustand'
import { createRamp, easeVignette, vignetteStrength } from '../../shared/comfort'
import type { ClientStore } from '../client-store'
import type { Viewer } from '../viewer'
import type { ComfortRuntime } from './comfort-runtime'
import { smoothTurnAngle, stickToWalk, turnAboutHead } from './locomotion-math'

/** Desktop eye heights (docs/ART.md: about 1.6 m standing, lower seated). */
export const DESKTOP_EYE_HEIGHT = { standing: 1.6, seated: 1.25 } as const
/** In a headset a seated client's eyes are ~1.2 m up; raising the origin this much gives a standing view. */
export const SEATED_RAISE = 0.35
/** A jump larger than this in one frame is a teleport or placement, not motion: no vignette for it. */
const JUMP = 0.75

const gaze = new THREE.Vector3()

type Stick = { xAxis?: number; yAxis?: number; state?: string } | undefined

/**
 * Applies the comfort settings every frame: smooth locomotion (left stick) and smooth or snap turning (right stick)
 * in a headset, the left Y button for the comfort panel, the vignette's strength from measured motion, brightness
 * as a gliding exposure, and seated mode (desktop: a gliding eye height; headset: the origin raised under a blink).
 * Render it after DesktopControls: it sets the desktop eye height after DesktopControls placed the camera.
 */
export function ComfortRig({
  viewer,
  store,
  runtime,
}: {
  viewer: Viewer
  store: ClientStore
  runtime: ComfortRuntime
}) {
  const comfort = useStore(store, (s) => s.comfort)
  // The therapist's brightness multiplies the client's own; both go through the one exposure ramp.
  const sessionBrightness = useStore(store, (s) => s.sessionScene?.brightness ?? 1)
  const brightness = comfort.brightness * sessionBrightness
  const inXR = useStore(store, (s) => s.inXR)
  const xr = useXRStore()
  const gl = useThree((s) => s.gl)
  const exposure = useMemo(() => createRamp(comfort.brightness), []) // eslint-disable-line react-hooks/exhaustive-deps
  const eye = useMemo(() => createRamp(DESKTOP_EYE_HEIGHT[comfort.posture], 1), []) // eslint-disable-line react-hooks/exhaustive-deps
  const last = useRef({ x: viewer.pose.x, z: viewer.pose.z, yaw: viewer.pose.yaw })
  const yWasDown = useRef(false)
  const raise = useRef({ attempts: 0 })

  useEffect(() => {
    exposure.set(brightness)
    eye.set(DESKTOP_EYE_HEIGHT[comfort.posture])
  }, [brightness, comfort.posture, exposure, eye])

  // Snap turning as before (with its blink); smooth turning is handled below.
  useXRControllerLocomotion(
    (_velocity, rotationY) => {
      if (rotationY !== 0) viewer.snapTurn(rotationY)
    },
    false,
    comfort.turn === 'snap' ? { type: 'snap', degrees: comfort.snapDegrees } : false,
  )

  useFrame((state, delta) => {
    const dt = Math.min(delta, 0.1)
    const f = runtime.frame

    if (inXR) {
      const sources = xr.getState().inputSourceStates
      let left: Stick
      let right: Stick
      let yButton: Stick
      for (const s of sources) {
        if (s.type !== 'controller') continue
        if (s.inputSource.handedness === 'left') {
          left = s.gamepad['xr-standard-thumbstick']
          yButton = s.gamepad['y-button']
        } else if (s.inputSource.handedness === 'right') right = s.gamepad['xr-standard-thumbstick']
      }
      const yDown = yButton?.state === 'pressed'
      if (yDown && !yWasDown.current) runtime.togglePanel()
      yWasDown.current = yDown
      if (!viewer.moving) {
        if (comfort.turn === 'smooth' && right) {
          const angle = smoothTurnAngle(right.xAxis ?? 0, comfort.smoothTurnSpeed, dt)
          if (angle !== 0) turnAboutHead(viewer.pose, viewer.headOffset, angle)
        }
        if (comfort.locomotion === 'smooth' && left) {
          state.camera.getWorldDirection(gaze)
          const headYaw = Math.hypot(gaze.x, gaze.z) > 0.15 ? Math.atan2(-gaze.x, -gaze.z) : viewer.pose.yaw
          const walk = stickToWalk(left.xAxis ?? 0, left.yAxis ?? 0, headYaw, viewer.pose.yaw)
          viewer.walk(walk.forward, walk.strafe, dt)
        }
      }
    }

    // Vignette from the viewer's artificial motion since the last frame (fades and jumps excluded).
    const p = viewer.pose
    const moved = Math.hypot(p.x - last.current.x, p.z - last.current.z)
    const turned = Math.abs(p.yaw - last.current.yaw)
    const artificial = viewer.fade.value < 0.001 && moved < JUMP && dt > 0
    f.speed = artificial ? moved / dt : 0
    // On a desktop, dragging to look is direct control (like turning one's head): only walking and glides count.
    f.turnRate = artificial && inXR ? turned / dt : 0
    last.current.x = p.x
    last.current.z = p.z
    last.current.yaw = p.yaw
    f.vignette = easeVignette(f.vignette, comfort.vignette ? vignetteStrength(f.speed, f.turnRate) : 0, dt)

    f.exposure = exposure.step(dt)
    gl.toneMappingExposure = f.exposure

    f.eyeHeight = eye.step(dt)
    if (!inXR) state.camera.position.y = f.eyeHeight

    // Seated in a headset: raise the origin while the view is dark (a blink), never as a visible lift.
    const targetY = inXR && comfort.posture === 'seated' ? SEATED_RAISE : 0
    if (f.originY !== targetY) {
      if (!inXR || viewer.fade.value > 0.8 || raise.current.attempts >= 3) {
        f.originY = targetY
        raise.current.attempts = 0
      } else if (!viewer.moving) {
        viewer.snapTurn(0)
        raise.current.attempts++
      }
    }
  })
  return null
}
