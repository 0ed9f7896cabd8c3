import { useFrame } from '@react-three/fiber'
import { TeleportTarget } from '@react-three/xr'
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import vertex from '../../../shaders/landscape/room.vert.glsl?raw'
import fragment from '../../../shaders/landscape/room.frag.glsl?raw'
import glassVertex from '../../../shaders/landscape/room-glass.vert.glsl?raw'
import glassFragment from '../../../shaders/landscape/room-glass.frag.glsl?raw'
import fireVertex from '../../../shaders/landscape/room-fire.vert.glsl?raw'
import fireFragment from '../../../shaders/landscape/room-fire.frag.glsl?raw'
import { fireBreath, roomLightBalance, type RoomLayout } from '../../shared/landscape/room'
import type { LandscapeLook } from '../../shared/landscape/types'
import { landscapeMaterial, type SharedUniforms } from './materials'
import { buildFurniture } from './room-furniture'
import { createPartsBuilder } from './room-parts'
import { buildFloor, buildShell } from './room-shell'
import { floorClick } from '../ui/floor-click'

const ignoreRays = () => undefined

/** The room's own uniforms, one set shared by its materials and written in place every frame. */
function createRoomUniforms(r: RoomLayout) {
  const win = (i: number) => {
    const w = r.windows[i] ?? r.windows[0]
    return { value: new THREE.Vector4(w?.x0 ?? 0, w?.x1 ?? 0, w?.sill ?? 0, w?.top ?? 0) }
  }
  return {
    uWindowA: win(0),
    uWindowB: win(1),
    uRoomMin: { value: new THREE.Vector3(r.minX, 0, r.minZ) },
    uRoomMax: { value: new THREE.Vector3(r.maxX, r.height, r.maxZ) },
    uRug: { value: new THREE.Vector4(r.rug.x, r.rug.z, r.rug.halfX, r.rug.halfZ) },
    uFirePos: { value: new THREE.Vector3(r.fireLight.x, r.fireLight.y, r.fireLight.z) },
    uLampPos: { value: new THREE.Vector3(r.lampLight.x, r.lampLight.y, r.lampLight.z) },
    uFire: { value: 1 },
    uLamp: { value: 1 },
    uDaylight: { value: 1 },
    uRain: { value: 0.15 },
  }
}

/** The window panes: one plane in each opening, half way through the wall. */
function createGlass(r: RoomLayout): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry()
  const pos: number[] = []
  const z = r.minZ - 0.15
  for (const w of r.windows) {
    const [a, b, c, d] = [w.x0, w.x1, w.sill, w.top]
    pos.push(a, c, z, b, c, z, b, d, z, a, c, z, b, d, z, a, d, z)
  }
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3))
  g.computeBoundingSphere()
  return g
}

/** The flames: a plane standing in the fireplace's opening, facing the room. */
function createFlames(r: RoomLayout): THREE.BufferGeometry {
  const f = r.fireplace
  const g = new THREE.PlaneGeometry(f.openingWidth * 0.85, f.openingHeight * 0.8)
  g.rotateY(Math.PI)
  g.translate(f.x, f.openingHeight * 0.4 + 0.04, r.maxZ - f.depth * 0.45)
  return g
}

export type RoomProps = {
  layout: RoomLayout
  shared: SharedUniforms
  /** The live (gliding) look, read every frame. */
  look: { readonly live: LandscapeLook }
  onFloorClick?: (point: THREE.Vector3) => void
  onTeleport?: (point: THREE.Vector3) => void
}

/**
 * An interior the visitor stands in: floor and rug, walls with two windows onto the painted sky, a beamed
 * ceiling, a fireplace and furniture. Five draw calls with the sky: floor, room, glass, flames and the dome.
 */
export function Room({ layout, shared, look, onFloorClick, onTeleport }: RoomProps) {
  const own = useMemo(() => createRoomUniforms(layout), [layout])
  const parts = useMemo(() => {
    const floorParts = createPartsBuilder()
    buildFloor(floorParts, layout)
    const roomParts = createPartsBuilder()
    buildShell(roomParts, layout)
    buildFurniture(roomParts, layout.pieces)
    return {
      floor: floorParts.build(),
      room: roomParts.build(),
      glass: createGlass(layout),
      flames: createFlames(layout),
    }
  }, [layout])
  const materials = useMemo(
    () => ({
      solid: landscapeMaterial(shared, vertex, fragment, own),
      glass: landscapeMaterial(shared, glassVertex, glassFragment, own, {
        transparent: true,
        depthWrite: false,
        side: THREE.DoubleSide,
      }),
      flames: landscapeMaterial(shared, fireVertex, fireFragment, own, {
        transparent: true,
        depthWrite: false,
        blending: THREE.AdditiveBlending,
      }),
    }),
    [shared, own],
  )
  useEffect(
    () => () => {
      for (const g of Object.values(parts)) g.dispose()
    },
    [parts],
  )
  useEffect(
    () => () => {
      for (const m of Object.values(materials)) m.dispose()
    },
    [materials],
  )
  const balance = useMemo(() => ({ fire: 1, lamp: 1, daylight: 1 }), [])
  useFrame(() => {
    const l = look.live
    roomLightBalance(l.sunIntensity, l.moon, balance)
    own.uFire.value = balance.fire * fireBreath(shared.uTime.value)
    own.uLamp.value = balance.lamp
    own.uDaylight.value = balance.daylight
    // Always a few drops: the soundscape has rain on the window whatever the weather.
    own.uRain.value = Math.max(0.15, l.particles.rain)
  })

  const floor = (
    <mesh
      name="landscape-ground"
      geometry={parts.floor}
      material={materials.solid}
      onClick={floorClick(onFloorClick)}
    />
  )
  return (
    <group name="landscape-room">
      {onTeleport ? (
        <TeleportTarget
          onTeleport={(_origin, e) => onTeleport('point' in e ? (e.point as THREE.Vector3) : _origin)}
        >
          {floor}
        </TeleportTarget>
      ) : (
        floor
      )}
      <mesh
        name="landscape-room-shell"
        geometry={parts.room}
        material={materials.solid}
        raycast={ignoreRays}
      />
      <mesh geometry={parts.flames} material={materials.flames} renderOrder={2} raycast={ignoreRays} />
      <mesh geometry={parts.glass} material={materials.glass} renderOrder={3} raycast={ignoreRays} />
    </group>
  )
}
