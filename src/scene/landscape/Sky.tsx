import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import * as THREE from 'three'
import vertex from '../../../shaders/landscape/sky.vert.glsl?raw'
import fragment from '../../../shaders/landscape/sky.frag.glsl?raw'
import { landscapeMaterial, type SharedUniforms } from './materials'

const ignoreRays = () => undefined

export type SkyUniforms = {
  uWisps: THREE.IUniform<number>
  uUnderwater: THREE.IUniform<number>
  uWispColour: THREE.IUniform<THREE.Vector3>
  uStormDir: THREE.IUniform<THREE.Vector3>
}

/** The painted panorama on a sphere that travels with the eye, drawn behind everything. */
export function Sky({
  shared,
  own,
  afterSolids = false,
}: {
  shared: SharedUniforms
  own: SkyUniforms
  /**
   * Draw after the solid meshes instead of first. Indoors the walls hide nearly all of it, and the depth test
   * then leaves only the windows to shade (a software rasteriser pays for every pixel shaded twice).
   */
  afterSolids?: boolean
}) {
  const mesh = useRef<THREE.Mesh>(null)
  const material = useMemo(
    () => landscapeMaterial(shared, vertex, fragment, own, { side: THREE.BackSide, depthWrite: false }),
    [shared, own],
  )
  useEffect(() => () => material.dispose(), [material])
  useFrame((state) => {
    if (mesh.current) state.camera.getWorldPosition(mesh.current.position)
  })
  return (
    <mesh
      ref={mesh}
      name="landscape-sky"
      material={material}
      renderOrder={afterSolids ? 1000 : -1000}
      frustumCulled={false}
      raycast={ignoreRays}
    >
      <sphereGeometry args={[60, 48, 24]} />
    </mesh>
  )
}
