import { createPortal, useFrame, useThree } from '@react-three/fiber'
import {
  CombinedPointer,
  DefaultXRControllerGrabPointer,
  DefaultXRInputSourceRayPointer,
  defaultRayPointerOpacity,
  PointerCursorModel,
  TeleportPointerRayModel,
  useLinesPointer,
  usePointerXRInputSourceEvents,
  useXRInputSourceStateContext,
  XRControllerModel,
  XRSpace,
  type DefaultXRInputSourceRayPointerOptions,
} from '@react-three/xr'
import { Suspense, useMemo, useRef, type ComponentType } from 'react'
import * as THREE from 'three'

/** How long the teleport arc takes to swing onto a new aim, in ms (the library's own easing time constant). */
const ARC_EASE_MS = 100

/**
 * The share of the way the teleport arc moves toward the controller's aim in a frame of `deltaMs`.
 *
 * @react-three/xr's own teleport pointer uses `deltaMs / 100` unclamped (@pmndrs/xr `syncTeleportPointerRayGroup`),
 * and three's `Quaternion.slerp` extrapolates for t > 1: after a frame longer than 100 ms the arc overshoots the aim,
 * and above 200 ms (t > 2) each frame throws it further off than the last, so the arc swings about and a teleport
 * lands wherever it happens to point when the trigger is let go. That is every frame in the emulator on a CPU
 * rasteriser, and any hitch in a headset. Clamped, a slow frame simply lands on the aim.
 */
export const arcStep = (deltaMs: number) => Math.min(1, Math.max(0, deltaMs / ARC_EASE_MS))

const euler = new THREE.Euler(0, 0, 0, 'YXZ')
const aim = new THREE.Quaternion()
const isTeleportTarget = (object: THREE.Object3D) => object.userData.teleportTarget === true

/**
 * The library's teleport pointer (DefaultXRInputSourceTeleportPointer: the same arc, filter, cursor and select
 * binding), with the arc eased by `arcStep`.
 */
function SteadyTeleportPointer() {
  const state = useXRInputSourceStateContext()
  const space = useRef<THREE.Group>(null)
  const arc = useRef<THREE.Group>(null)
  const cursor = useRef<THREE.Mesh>(null)
  const linePoints = useMemo(
    () =>
      new THREE.QuadraticBezierCurve3(
        new THREE.Vector3(0, 0, 0),
        new THREE.Vector3(0, 0, -8),
        new THREE.Vector3(0, -20, -15),
      ).getPoints(20),
    [],
  )
  const pointer = useLinesPointer(arc, state, { linePoints, filter: isTeleportTarget }, 'teleport')
  usePointerXRInputSourceEvents(pointer, state.inputSource, 'select', state.events)
  const scene = useThree((s) => s.scene)
  useFrame((_, delta) => {
    if (cursor.current) cursor.current.visible = pointer.getEnabled() && pointer.getButtonsDown().size > 0
    const source = space.current
    const target = arc.current
    if (!source || !target) return
    source.updateWorldMatrix(true, false)
    source.matrixWorld.decompose(target.position, aim, target.scale)
    euler.setFromQuaternion(aim)
    euler.z = 0
    euler.x = THREE.MathUtils.clamp(euler.x - (10 * Math.PI) / 180, -Math.PI / 2, (1.1 * Math.PI) / 4)
    aim.setFromEuler(euler)
    target.quaternion.slerp(aim, arcStep(delta * 1000))
  })
  return (
    <>
      <XRSpace ref={space} space="target-ray-space" />
      {createPortal(
        <group ref={arc}>
          <TeleportPointerRayModel
            linePoints={linePoints}
            pointer={pointer}
            opacity={defaultRayPointerOpacity}
          />
          <PointerCursorModel ref={cursor} pointer={pointer} opacity={defaultRayPointerOpacity} />
        </group>,
        scene,
      )}
    </>
  )
}

/** The library's default controller (model, grab, ray and teleport pointers), with the steady teleport arc. */
export function steadyController(rayPointer: DefaultXRInputSourceRayPointerOptions = {}): ComponentType {
  return function SteadyController() {
    return (
      <>
        <Suspense fallback={null}>
          <XRControllerModel />
        </Suspense>
        <CombinedPointer>
          <DefaultXRControllerGrabPointer />
          <DefaultXRInputSourceRayPointer makeDefault minDistance={0.2} {...rayPointer} />
          <SteadyTeleportPointer />
        </CombinedPointer>
      </>
    )
  }
}
