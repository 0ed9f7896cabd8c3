/**
 * The three.js side of the paintings: planes, materials and the group they hang in. Materials made here are freed
 * here; the textures they show are never theirs.
 */
import * as THREE from 'three'
import type { PaintingInput, PlaneMesh } from './paint-record'
import { asMap, type HeldAny } from './paint-textures'

export type Planes = ReturnType<typeof createPlanes>

export function createPlanes(size: number) {
  // One geometry for every plane. Disposing it only frees its GPU buffers, so planes added later still work.
  const geometry = new THREE.PlaneGeometry(size, size)
  const group = new THREE.Group()
  group.name = 'paintings'

  return {
    group,
    addPainting(input: PaintingInput): PlaneMesh {
      const material = new THREE.MeshBasicMaterial({
        transparent: true,
        opacity: 0,
        toneMapped: false,
        color: 0xffffff,
      })
      const mesh = new THREE.Mesh(geometry, material)
      mesh.visible = false
      mesh.name = `painting:${input.id}`
      placeMesh(mesh, input.position, input.rotationY)
      mesh.matrixAutoUpdate = false
      group.add(mesh)
      return mesh
    },
    removePainting(mesh: PlaneMesh): void {
      mesh.material.dispose()
      group.remove(mesh)
    },
    addOverlay(under: PlaneMesh, id: string, texture: HeldAny): PlaneMesh {
      const material = new THREE.MeshBasicMaterial({
        map: asMap(texture),
        transparent: true,
        opacity: 0,
        toneMapped: false,
        depthWrite: false,
        // Drawn on the same plane as the painting, a hair nearer in depth, so it never flickers against it.
        polygonOffset: true,
        polygonOffsetFactor: -1,
        polygonOffsetUnits: -4,
      })
      const overlay = new THREE.Mesh(geometry, material)
      overlay.matrix.copy(under.matrix)
      overlay.matrixAutoUpdate = false
      overlay.renderOrder = 1
      overlay.name = `picture:${id}`
      group.add(overlay)
      return overlay
    },
    removeOverlay(mesh: PlaneMesh): void {
      group.remove(mesh)
      mesh.material.dispose()
    },
    /** Empties the group and frees the shared geometry (each painting's material is freed on its own). */
    clear(): void {
      group.clear()
      geometry.dispose()
    },
  }
}

export function placeMesh(
  mesh: THREE.Object3D,
  p: { x: number; y: number; z: number },
  rotationY: number,
): void {
  mesh.position.set(p.x, p.y, p.z)
  mesh.rotation.y = rotationY
  mesh.updateMatrix()
}

/** Puts a held texture (or nothing) on a plane. */
export function setMap(mesh: PlaneMesh, texture: HeldAny | null): void {
  mesh.material.map = texture ? asMap(texture) : null
}

export const isShowing = (mesh: PlaneMesh, texture: HeldAny): boolean => mesh.material.map === asMap(texture)
