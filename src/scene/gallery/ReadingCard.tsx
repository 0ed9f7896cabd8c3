import { Text } from '@react-three/drei'
import { useSceneLanguage } from '../ui/scene-language'
import { useFrame } from '@react-three/fiber'
import { useMemo, useRef, useState } from 'react'
import * as THREE from 'three'
import { readingSlot } from '../../shared/layout'
import { PLACARD_FONT, READING_CARD, type PlacardItem } from './placard-constants'
import { placardTime, placardWords } from './placard-text'

/** Seconds for the card to fade in or out: a change of painting is never a jump. */
const FADE_S = 0.6

type TextMesh = THREE.Mesh & { fillOpacity: number }

const eye = new THREE.Vector3()
const look = new THREE.Vector3()

/**
 * The words of the painting the client stands before, on a card over its frame, large enough to read from where
 * they look at it (READING_CARD, checked by the legibility test). The small placard beside each frame stays; only
 * one card is ever shown, and it fades when the client turns to another painting or walks away.
 */
export function ReadingCard({ items }: { items: readonly PlacardItem[] }) {
  const group = useRef<THREE.Group>(null)
  const words = useRef<TextMesh>(null)
  const language = useSceneLanguage()
  const time = useRef<TextMesh>(null)
  const [shown, setShown] = useState<PlacardItem | null>(null)
  const opacity = useRef(0)
  const slots = useMemo(() => items.map((i) => i.slot), [items])
  const material = useMemo(
    () =>
      new THREE.MeshBasicMaterial({
        color: READING_CARD.plate,
        transparent: true,
        opacity: 0,
        depthWrite: false,
      }),
    [],
  )
  const plate = useMemo(() => new THREE.PlaneGeometry(READING_CARD.width, READING_CARD.height), [])

  useFrame((state, delta) => {
    // In a headset the eye is the XR camera (the default camera idles while presenting).
    const camera = state.gl.xr.isPresenting ? state.gl.xr.getCamera() : state.camera
    camera.getWorldPosition(eye)
    camera.getWorldDirection(look)
    const yaw = Math.atan2(-look.x, -look.z)
    const index = readingSlot(slots, slots.length, { x: eye.x, z: eye.z, yaw })
    const wanted = index >= 0 ? items[index]! : null
    // Fade out before changing painting; fade in once the card stands under the wanted one.
    const target = wanted && shown && wanted.id === shown.id ? 1 : 0
    const step = Math.min(delta, 0.1) / FADE_S
    opacity.current =
      target > opacity.current ? Math.min(1, opacity.current + step) : Math.max(0, opacity.current - step)
    if (opacity.current === 0 && (wanted?.id ?? null) !== (shown?.id ?? null)) setShown(wanted)
    material.opacity = opacity.current * 0.94
    if (words.current) words.current.fillOpacity = opacity.current
    if (time.current) time.current.fillOpacity = opacity.current
    if (group.current) group.current.visible = opacity.current > 0.01
  })

  if (!shown) return null
  const { position: p, rotationY } = shown.slot
  const pad = READING_CARD.padding
  return (
    <group
      ref={group}
      name="reading-card"
      position={[p.x, p.y + READING_CARD.offsetY, p.z]}
      rotation={[0, rotationY, 0]}
      visible={false}
    >
      <mesh geometry={plate} material={material} position={[0, 0, 0.02]} renderOrder={2} />
      <Text
        ref={words}
        font={PLACARD_FONT}
        fontSize={READING_CARD.wordsSize}
        lineHeight={1.25}
        maxWidth={READING_CARD.width - pad * 2}
        color="#3f362f"
        anchorX="center"
        anchorY="top"
        textAlign="center"
        position={[0, READING_CARD.height / 2 - pad, 0.025]}
        clipRect={[
          -READING_CARD.width / 2,
          -(READING_CARD.height - pad * 2 - READING_CARD.timeSize * 1.4),
          READING_CARD.width / 2,
          0,
        ]}
      >
        {placardWords(shown.text)}
      </Text>
      <Text
        ref={time}
        font={PLACARD_FONT}
        fontSize={READING_CARD.timeSize}
        color="#6f6358"
        anchorX="center"
        anchorY="bottom"
        position={[0, -READING_CARD.height / 2 + pad, 0.025]}
      >
        {placardTime(shown.createdAt, undefined, language)}
      </Text>
    </group>
  )
}
