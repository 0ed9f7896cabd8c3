import { TeleportTarget } from '@react-three/xr'
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import vertex from '../../../shaders/landscape/terrain.vert.glsl?raw'
import fragment from '../../../shaders/landscape/terrain.frag.glsl?raw'
import { terrainHeight, TERRAIN_RADIUS } from '../../shared/landscape/terrain'
import type { TerrainParams } from '../../shared/landscape/types'
import { landscapeMaterial, type SharedUniforms } from './materials'
import { floorClick } from '../ui/floor-click'

const KIND: Record<TerrainParams['kind'], number> = {
  woodland: 0,
  hills: 0,
  basin: 0,
  valley: 0,
  shore: 1,
  drifts: 2,
  seafloor: 3,
  soft: 4,
  dunes: 5,
  // Never drawn: Landscape.tsx shows the Room instead.
  room: 0,
}

/** A polar grid: fine rings underfoot, wider ones far away where fog softens everything anyway. */
export function createTerrainGeometry(t: TerrainParams, rings = 88, segments = 128): THREE.BufferGeometry {
  const positions: number[] = [0, terrainHeight(t, 0, 0), 0]
  for (let i = 1; i <= rings; i++) {
    const r = TERRAIN_RADIUS * (i / rings) ** 1.7
    for (let j = 0; j < segments; j++) {
      const a = (j / segments) * Math.PI * 2
      const x = Math.sin(a) * r
      const z = -Math.cos(a) * r
      positions.push(x, terrainHeight(t, x, z), z)
    }
  }
  const index: number[] = []
  for (let j = 0; j < segments; j++) index.push(0, 1 + ((j + 1) % segments), 1 + j)
  for (let i = 1; i < rings; i++) {
    const a0 = 1 + (i - 1) * segments
    const b0 = 1 + i * segments
    for (let j = 0; j < segments; j++) {
      const j1 = (j + 1) % segments
      index.push(a0 + j, a0 + j1, b0 + j, a0 + j1, b0 + j1, b0 + j)
    }
  }
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3))
  g.setIndex(index)
  g.computeVertexNormals()
  g.computeBoundingSphere()
  return g
}

export type TerrainProps = {
  terrain: TerrainParams
  shared: SharedUniforms
  onFloorClick?: (point: THREE.Vector3) => void
  onTeleport?: (point: THREE.Vector3) => void
}

export function Terrain({ terrain, shared, onFloorClick, onTeleport }: TerrainProps) {
  const geometry = useMemo(() => createTerrainGeometry(terrain), [terrain])
  useEffect(() => () => geometry.dispose(), [geometry])
  const material = useMemo(
    () =>
      landscapeMaterial(shared, vertex, fragment, {
        uKind: { value: KIND[terrain.kind] },
        uWaterLevel: { value: terrain.water.level },
      }),
    [shared, terrain],
  )
  useEffect(() => () => material.dispose(), [material])
  const mesh = (
    <mesh
      name="landscape-ground"
      geometry={geometry}
      material={material}
      onClick={floorClick(onFloorClick)}
    />
  )
  if (!onTeleport) return mesh
  return (
    <TeleportTarget
      onTeleport={(_origin, e) => onTeleport('point' in e ? (e.point as THREE.Vector3) : _origin)}
    >
      {mesh}
    </TeleportTarget>
  )
}
