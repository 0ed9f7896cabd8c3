import { Text } from '@react-three/drei'
import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import * as THREE from 'three'
import { PLACARD_OFFSET, PLACARD_SIZE } from './furniture-geometry'
import { PLACARD_FONT, PLACARD_VISIBLE_DISTANCE } from './placard-constants'
import { cueOpacity } from './picture-fade'

/** Said once, softly, while a picture is being made; the painting stays whatever happens. */
export const PICTURE_CUE_TEXT = 'a picture is on its way'
const PADDING = 0.025
const FADE_BAND = 0.6
const DOT_RADIUS = 0.0045

const here = new THREE.Vector3()
const eye = new THREE.Vector3()

type TextMesh = THREE.Mesh & { fillOpacity: number }

/**
 * A slowly breathing small dot and a quiet line on the placard while the AI picture is on its way. The dot's opacity
 * moves on a 4 s breath (never a blink); with reduced motion it holds still. Fades with distance like the words.
 */
export function PlacardCue({ reducedMotion }: { reducedMotion: () => boolean }) {
  const group = useRef<THREE.Group>(null)
  const text = useRef<TextMesh>(null)
  const dot = useMemo(
    () => ({
      geometry: new THREE.CircleGeometry(DOT_RADIUS, 20),
      material: new THREE.MeshBasicMaterial({
        color: '#9aa88f',
        transparent: true,
        opacity: 0,
        toneMapped: false,
      }),
    }),
    [],
  )
  useFrame((state) => {
    const g = group.current
    if (!g) return
    state.camera.getWorldPosition(eye)
    g.getWorldPosition(here)
    const near = Math.min(1, Math.max(0, (PLACARD_VISIBLE_DISTANCE - eye.distanceTo(here)) / FADE_BAND))
    g.visible = near > 0.01
    dot.material.opacity = near * cueOpacity(performance.now(), reducedMotion())
    if (text.current) text.current.fillOpacity = near * 0.9
  })
  const left = PLACARD_OFFSET.x - PLACARD_SIZE.width / 2 + PADDING
  const y = PLACARD_OFFSET.y - PLACARD_SIZE.height / 2 + PADDING + 0.03
  const z = PLACARD_OFFSET.z + 0.007
  return (
    <group ref={group} name="picture-cue" visible={false}>
      <mesh geometry={dot.geometry} material={dot.material} position={[left + DOT_RADIUS, y, z]} />
      <Text
        ref={text}
        font={PLACARD_FONT}
        fontSize={0.017}
        color="#7f7468"
        anchorX="left"
        anchorY="middle"
        position={[left + DOT_RADIUS * 2 + 0.008, y, z]}
      >
        {PICTURE_CUE_TEXT}
      </Text>
    </group>
  )
}
