import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import * as THREE from 'three'
import type { GalleryLayout, Slot } from '../../shared/layout'
import { createBenchGeometry, createFrameGeometry, createPoolGeometry } from './furniture-geometry'
import { createPoolTexture } from './textures'

const dummy = new THREE.Object3D()

/** Grows in steps so adding one artwork rarely rebuilds the instanced mesh. */
function capacityFor(n: number): number {
  return Math.max(16, Math.ceil(n / 16) * 16)
}

/** Frames with their placard cards, benches and soft light pools: three instanced draw calls in total. */
const ignoreRays = () => undefined

export function Furniture({ layout, slots }: { layout: GalleryLayout; slots: readonly Slot[] }) {
  const frameGeometry = useMemo(() => createFrameGeometry(), [])
  const benchGeometry = useMemo(() => createBenchGeometry(), [])
  const poolGeometry = useMemo(() => createPoolGeometry(), [])
  const poolTexture = useMemo(() => createPoolTexture(), [])
  const frameMaterial = useMemo(() => new THREE.MeshLambertMaterial({ vertexColors: true }), [])
  const poolMaterial = useMemo(
    () =>
      new THREE.MeshBasicMaterial({
        map: poolTexture,
        color: '#ffeacc',
        transparent: true,
        opacity: 0.14,
        depthWrite: false,
        blending: THREE.AdditiveBlending,
        toneMapped: false,
        polygonOffset: true,
        polygonOffsetFactor: -2,
      }),
    [poolTexture],
  )
  useEffect(
    () => () => {
      for (const d of [frameGeometry, benchGeometry, poolGeometry, poolTexture, frameMaterial, poolMaterial])
        d.dispose()
    },
    [frameGeometry, benchGeometry, poolGeometry, poolTexture, frameMaterial, poolMaterial],
  )

  const frameCapacity = capacityFor(slots.length)
  const frames = useRef<THREE.InstancedMesh>(null)
  const pools = useRef<THREE.InstancedMesh>(null)
  const benches = useRef<THREE.InstancedMesh>(null)

  useLayoutEffect(() => {
    const f = frames.current
    const p = pools.current
    if (!f || !p) return
    slots.forEach((s, i) => {
      dummy.position.set(s.position.x, s.position.y, s.position.z)
      dummy.rotation.set(0, s.rotationY, 0)
      dummy.scale.set(1, 1, 1)
      dummy.updateMatrix()
      f.setMatrixAt(i, dummy.matrix)
      // A warm wash on the wall behind the painting, as if from a spotlight above…
      dummy.position.set(
        s.position.x - s.normal.x * 0.035,
        s.position.y + 0.2,
        s.position.z - s.normal.z * 0.035,
      )
      dummy.scale.set(2.6, 3, 1)
      dummy.updateMatrix()
      p.setMatrixAt(i * 2, dummy.matrix)
      // …and its soft spill on the floor in front.
      dummy.position.set(s.position.x + s.normal.x * 0.9, 0.003, s.position.z + s.normal.z * 0.9)
      dummy.rotation.set(-Math.PI / 2, 0, s.rotationY, 'YXZ')
      dummy.scale.set(2.4, 1.8, 1)
      dummy.updateMatrix()
      p.setMatrixAt(i * 2 + 1, dummy.matrix)
    })
    f.count = slots.length
    p.count = slots.length * 2
    f.instanceMatrix.needsUpdate = true
    p.instanceMatrix.needsUpdate = true
    // Instanced meshes cull as one object: give them bounds that cover every instance.
    f.computeBoundingSphere()
    p.computeBoundingSphere()
  }, [slots, frameCapacity])

  useLayoutEffect(() => {
    const b = benches.current
    if (!b) return
    layout.benches.forEach((bench, i) => {
      dummy.position.set(bench.x, 0, bench.z)
      dummy.rotation.set(0, bench.rotationY, 0)
      dummy.scale.set(1, 1, 1)
      dummy.updateMatrix()
      b.setMatrixAt(i, dummy.matrix)
    })
    b.count = layout.benches.length
    b.instanceMatrix.needsUpdate = true
    b.computeBoundingSphere()
  }, [layout])

  return (
    <group name="furniture">
      <instancedMesh
        key={`frames-${frameCapacity}`}
        name="frames"
        ref={frames}
        args={[frameGeometry, frameMaterial, frameCapacity]}
      />
      <instancedMesh
        key={`pools-${frameCapacity}`}
        name="light-pools"
        ref={pools}
        args={[poolGeometry, poolMaterial, frameCapacity * 2]}
        renderOrder={1}
        // Light is not a thing to point at: pools must never catch a teleport aim or a click meant for the floor.
        raycast={ignoreRays}
      />
      <instancedMesh
        key={`benches-${layout.benches.length}`}
        name="benches"
        ref={benches}
        args={[benchGeometry, frameMaterial, Math.max(1, layout.benches.length)]}
      />
    </group>
  )
}
