import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import * as THREE from 'three'
import type { Viewer } from './viewer'

const head = new THREE.Vector3()

/**
 * A dark sphere around the head whose opacity follows `viewer.fade`: teleports and long moves pass through a
 * brief, soft dusk instead of a jump cut. Works the same on desktop and in a headset (DOM overlays do not).
 */
export function FadeVeil({ viewer }: { viewer: Viewer }) {
  const mesh = useRef<THREE.Mesh>(null)
  const material = useMemo(
    () =>
      new THREE.MeshBasicMaterial({
        color: '#15120f',
        side: THREE.BackSide,
        transparent: true,
        opacity: 0,
        depthTest: false,
        depthWrite: false,
        toneMapped: false,
        fog: false,
      }),
    [],
  )
  useFrame((state) => {
    const m = mesh.current
    if (!m) return
    const v = viewer.fade.value
    m.visible = v > 0.001
    if (!m.visible) return
    state.camera.getWorldPosition(head)
    m.position.copy(head)
    material.opacity = v
  })
  return (
    <mesh
      ref={mesh}
      name="fade-veil"
      material={material}
      renderOrder={10_000}
      frustumCulled={false}
      visible={false}
    >
      <sphereGeometry args={[0.4, 16, 12]} />
    </mesh>
  )
}
