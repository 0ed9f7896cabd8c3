import { useFrame } from '@react-three/fiber'
import { useGetXRSpaceMatrix, useXR, useXRInputSourceState } from '@react-three/xr'
import { useRef } from 'react'
import * as THREE from 'three'
import type { HeadsetKey } from '../shared/i18n/headset-en'
import { PanelButton } from '../scene/ui'
import type { HeadsetTranslate } from './i18n/headset-text'
import { useText } from './i18n/text-context'
import type { BaseKey } from '../shared/i18n/catalog'

/** `label`: the button's English name (its mesh is `wrist:<label>`); `text`: its words, said in the client's language. */
export type WristItem = { label: string; text?: BaseKey<HeadsetKey> | undefined; onPress: () => void }

/** The words of the wrist's buttons, for items that name only their English label. */
const WRIST_TEXT: Readonly<Record<string, BaseKey<HeadsetKey>>> = {
  Comfort: 'wrist.comfort',
  Describe: 'wrist.describe',
  Join: 'wrist.join',
}

/** The key of a wrist button's words, or undefined for a label with none (shown as it is). */
export const wristText = (item: Pick<WristItem, 'label' | 'text'>): BaseKey<HeadsetKey> | undefined =>
  item.text ?? WRIST_TEXT[item.label]

/** A wrist button's words in the language of `t`. */
export const wristLabel = (item: Pick<WristItem, 'label' | 'text'>, t: HeadsetTranslate): string => {
  const key = wristText(item)
  return key ? t(key) : item.label
}

/** Wrist buttons are small: their words at this size, at most this wide (see the fit test). */
export const WRIST_BUTTON = { width: 0.1, height: 0.042, gap: 0.008, fontSize: 0.02 } as const

const camera = new THREE.Vector3()
const grip = new THREE.Matrix4()
/** Just above the back of the left hand, in the controller's grip frame. */
const WRIST_OFFSET = new THREE.Vector3(0, 0.07, 0.06)
const BUTTON = WRIST_BUTTON

/**
 * A row of small buttons riding on the left wrist, turned to face the eyes: point the right controller at one and
 * pull the trigger. What a client may want at any moment without looking for it: comfort, describing a place, and
 * joining a session while alone. Only there while the left controller is tracked.
 */
export function WristMenu({ items }: { items: readonly WristItem[] }) {
  const t = useText()
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
          label={wristLabel(item, t)}
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
