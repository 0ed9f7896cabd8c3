import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import * as THREE from 'three'

const head = new THREE.Vector3()

export type HeadVeilProps = {
  name: string
  /** Opacity 0…1, read every frame (per-frame values live outside React state). */
  opacity: () => number
  /** Colour, read every frame; the material is only touched when it changes. */
  colour: () => string
  renderOrder: number
  radius: number
  widthSegments: number
  heightSegments: number
  /** Runs first in the veil's frame callback (a presenter advancing its fades, for example). */
  beforeFrame?: (delta: number) => void
}

/**
 * A sphere around the head, seen from inside, whose colour and opacity follow a source: the one way a scene is
 * veiled (a teleport's dusk, the session's pale veil). It works the same on desktop and in a headset, where DOM
 * overlays do not, never takes a controller ray, and is hidden when clear.
 */
export function HeadVeil(props: HeadVeilProps) {
  const { opacity, colour, beforeFrame } = props
  const mesh = useRef<THREE.Mesh>(null)
  const shown = useRef(colour())
  const material = useMemo(
    () =>
      new THREE.MeshBasicMaterial({
        color: shown.current,
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
  useFrame((state, delta) => {
    beforeFrame?.(delta)
    const m = mesh.current
    if (!m) return
    const v = opacity()
    m.visible = v > 0.001
    if (!m.visible) return
    const c = colour()
    if (c !== shown.current) {
      shown.current = c
      material.color.set(c)
    }
    state.camera.getWorldPosition(head)
    m.position.copy(head)
    material.opacity = v
  })
  return (
    <mesh
      ref={mesh}
      name={props.name}
      material={material}
      renderOrder={props.renderOrder}
      frustumCulled={false}
      visible={false}
      raycast={() => null}
    >
      <sphereGeometry args={[props.radius, props.widthSegments, props.heightSegments]} />
    </mesh>
  )
}
