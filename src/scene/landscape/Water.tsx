import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import vertex from '../../../shaders/landscape/water.vert.glsl?raw'
import fragment from '../../../shaders/landscape/water.frag.glsl?raw'
import type { TerrainParams } from '../../shared/landscape/types'
import { landscapeMaterial, type SharedUniforms } from './materials'

const ignoreRays = () => undefined

/** Sea, lake or pond (or, under the sea, the bright surface overhead). Not a floor: rays pass through it. */
export function Water({ water, shared }: { water: TerrainParams['water']; shared: SharedUniforms }) {
  const underside = water.kind === 'surface'
  const geometry = useMemo(() => {
    // The sea and the surface overhead reach the fog; lakes and ponds end under their banks.
    const radius = water.kind === 'ocean' || underside ? 130 : water.radius + 3
    const g = new THREE.CircleGeometry(radius, 96, 0, Math.PI * 2)
    // Rings of vertices for the swell to move (a circle alone has only its rim).
    const ring = new THREE.RingGeometry(0.01, radius, 96, 24)
    g.dispose()
    ring.rotateX(underside ? Math.PI / 2 : -Math.PI / 2)
    return ring
  }, [water.kind, water.radius, underside])
  useEffect(() => () => geometry.dispose(), [geometry])
  const material = useMemo(
    () =>
      landscapeMaterial(
        shared,
        vertex,
        fragment,
        { uUnderside: { value: underside ? 1 : 0 } },
        {
          side: THREE.DoubleSide,
        },
      ),
    [shared, underside],
  )
  useEffect(() => () => material.dispose(), [material])
  if (water.kind === 'none') return null
  const centre: [number, number, number] =
    water.kind === 'ocean' || underside
      ? [0, water.level, 0]
      : [water.centre[0], water.level, water.centre[1]]
  return (
    <mesh
      name="landscape-water"
      geometry={geometry}
      material={material}
      position={centre}
      raycast={ignoreRays}
    />
  )
}
