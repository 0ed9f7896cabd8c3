import { TeleportTarget } from '@react-three/xr'
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import type { Vector3 } from 'three'
import type { GalleryLayout } from '../../shared/layout'
import {
  createCeilingGeometry,
  createFloorGeometry,
  createSkyGeometry,
  createWallGeometry,
} from './architecture-geometry'
import { createPlasterTexture, createSkyTexture, createWoodTexture } from './textures'
import { floorClick } from '../ui/floor-click'

export type FloorHandlers = {
  /** A click (not a drag) on the floor, desktop. */
  onFloorClick?: (point: Vector3) => void
  /** A controller teleport onto the floor, XR. */
  onTeleport?: (point: Vector3) => void
}

function createMaterials() {
  const plaster = createPlasterTexture()
  const wood = createWoodTexture()
  const sky = createSkyTexture()
  // Lambert: matte by construction, so there are no harsh specular highlights anywhere (docs/ART.md).
  const materials = {
    wall: new THREE.MeshLambertMaterial({ map: plaster, vertexColors: true }),
    floor: new THREE.MeshLambertMaterial({ map: wood }),
    // Unlit: a down-facing Lambert ceiling only sees the warm floor bounce and reads as brown wood.
    ceiling: new THREE.MeshBasicMaterial({ color: '#eee6da', map: plaster }),
    sky: new THREE.MeshBasicMaterial({ map: sky, toneMapped: false, fog: false }),
  }
  return {
    ...materials,
    dispose() {
      for (const m of Object.values(materials)) m.dispose()
      for (const t of [plaster, wood, sky]) t.dispose()
    },
  }
}

/** Walls, floor, ceiling and the sky beyond the windows: four draw calls for the whole building. */
// The sky beyond the windows is scenery, not a target for pointers.
const ignoreRays = () => undefined

export function Architecture({
  layout,
  onFloorClick,
  onTeleport,
}: { layout: GalleryLayout } & FloorHandlers) {
  const geometry = useMemo(
    () => ({
      walls: createWallGeometry(layout),
      floor: createFloorGeometry(layout),
      ceiling: createCeilingGeometry(layout),
      sky: createSkyGeometry(layout),
    }),
    [layout],
  )
  useEffect(() => () => Object.values(geometry).forEach((g) => g.dispose()), [geometry])
  const materials = useMemo(() => createMaterials(), [])
  useEffect(() => () => materials.dispose(), [materials])

  const floorMesh = (
    <mesh
      name="floor"
      geometry={geometry.floor}
      material={materials.floor}
      onClick={floorClick(onFloorClick)}
    />
  )
  return (
    <group name="architecture">
      <mesh name="walls" geometry={geometry.walls} material={materials.wall} />
      {onTeleport ? (
        <TeleportTarget
          // The library's point already subtracts the head's unrotated offset; the viewer wants the spot the arc
          // touched (the head lands there), so pass the hit point itself.
          onTeleport={(_origin, e) => onTeleport('point' in e ? (e.point as Vector3) : _origin)}
        >
          {floorMesh}
        </TeleportTarget>
      ) : (
        floorMesh
      )}
      <mesh name="ceiling" geometry={geometry.ceiling} material={materials.ceiling} />
      <mesh name="sky" geometry={geometry.sky} material={materials.sky} raycast={ignoreRays} />
    </group>
  )
}
