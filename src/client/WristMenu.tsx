import { useFrame } from '@react-three/fiber'
import { useGetXRSpaceMatrix, useXR, useXRInputSourceState } from '@react-three/xr'
import { useRef } from 'react'
import * as THREE from 'three'
import { PanelButton } from '../scene/ui'

export type WristItem = { label: string; onPress: () => void }

const camera = new THREE.Vector3()
const grip = new THREE.Matrix4()
/** Just above the back of the left hand, in the controller's grip frame. */
const WRIST_OFFSET = new THREE.Vector3(0, 0.07, 0.06)
const BUTTON = { width: 0.1, height: 0.042, gap: 0.008, fontSize: 0.02 }

/**
 * A row of small buttons riding on the left wrist, turned to face the eyes: point the right controller at one and
 * pull the trigger. What a client may want at any moment without looking for it: comfort, describing a place, and
 * joining a session while alone. Only there while the left controller is tracked.
 */
export function WristMenu({ items }: { items: readonly WristItem[] }) {
  const left = useXRInputSourceState('controller', 'left')
  const getGrip = useGetXRSpaceMatrix(left?.inputSource.gripSpace)
  const origin = useXR((s) => s.origin)
  const group = useRef<THREE.Group>(null)
  useFrame((state, _delta, frame: XRFrame | undefined) => {
    const g = group.current
    if (!g) return
    // The grip pose is relative to the XR origin (which moves with teleports and turns).
    const tracked = getGrip?.(grip, frame) ?? false
    g.visible = tracked
    if (!tracked) return
    if (origin) grip.premultiply(origin.matrixWorld)
    g.position.copy(WRIST_OFFSET).applyMatrix4(grip)
    state.camera.getWorldPosition(camera)
    g.lookAt(camera)
  })
  const step = BUTTON.width + BUTTON.gap
  const first = (-(items.length - 1) * step) / 2
  return (
    <group ref={group} name="wrist-menu" visible={false}>
      {items.map((item, i) => (
        <PanelButton
          key={item.label}
          label={item.label}
          meshKey={`wrist:${item.label}`}
          width={BUTTON.width}
          height={BUTTON.height}
          fontSize={BUTTON.fontSize}
          position={[first + i * step, 0, 0]}
          onPress={item.onPress}
        />
      ))}
    </group>
  )
}
