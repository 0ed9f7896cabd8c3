import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import * as THREE from 'three'
import type { Presenter } from './presenter'

const head = new THREE.Vector3()

/**
 * The session's soft veil: a pale sphere around the head whose colour and opacity follow the presenter (safe place,
 * pause, end). Pale, never black, and drawn just under the in-VR panels so pause and end messages stay readable.
 * Also advances the presenter: its fades run on the render clock, so they hold still if frames stop; a step is
 * capped at 0.25 s so a hitch never becomes a cut, while a slow device still finishes a fade in a few frames.
 */
export function SessionVeil({ presenter }: { presenter: Presenter }) {
  const mesh = useRef<THREE.Mesh>(null)
  const material = useMemo(
    () =>
      new THREE.MeshBasicMaterial({
        color: presenter.veil.colour,
        side: THREE.BackSide,
        transparent: true,
        opacity: 0,
        depthTest: false,
        depthWrite: false,
        toneMapped: false,
        fog: false,
      }),
    [presenter],
  )
  const colour = useRef(presenter.veil.colour)
  useFrame((state, delta) => {
    presenter.update(Math.min(delta, 0.25))
    const m = mesh.current
    if (!m) return
    const v = presenter.veil.value
    m.visible = v > 0.001
    if (!m.visible) return
    if (colour.current !== presenter.veil.colour) {
      colour.current = presenter.veil.colour
      material.color.set(colour.current)
    }
    state.camera.getWorldPosition(head)
    m.position.copy(head)
    material.opacity = v
  })
  return (
    <mesh
      ref={mesh}
      name="session-veil"
      material={material}
      // Above the scene and the comfort vignette, below panels (9 100+) so messages show through.
      renderOrder={9_050}
      frustumCulled={false}
      visible={false}
      raycast={() => null}
    >
      <sphereGeometry args={[0.5, 20, 14]} />
    </mesh>
  )
}
