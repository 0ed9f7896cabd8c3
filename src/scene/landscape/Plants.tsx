import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import vertex from '../../../shaders/landscape/vegetation.vert.glsl?raw'
import fragment from '../../../shaders/landscape/vegetation.frag.glsl?raw'
import { INSTANCE_STRIDE, scatterProps, scatterVegetation } from '../../shared/landscape/scatter'
import type { LandscapeStructure } from '../../shared/landscape/types'
import { landscapeMaterial, type SharedUniforms } from './materials'
import { plantGeometry, propGeometry } from './plant-geometry'

const ignoreRays = () => undefined

/** One draw call per kind: the shape once, and per instance a position, scale, turn and random. */
export function instanced(base: THREE.BufferGeometry, data: Float32Array): THREE.InstancedBufferGeometry {
  const g = new THREE.InstancedBufferGeometry()
  for (const name of ['position', 'normal', 'aPart']) {
    const a = base.getAttribute(name)
    if (a) g.setAttribute(name, a)
  }
  const n = data.length / INSTANCE_STRIDE
  const inst = new Float32Array(n * 4)
  const inst2 = new Float32Array(n * 2)
  for (let i = 0; i < n; i++) {
    const o = i * INSTANCE_STRIDE
    inst.set([data[o]!, data[o + 1]!, data[o + 2]!, data[o + 3]!], i * 4)
    inst2.set([data[o + 4]!, data[o + 5]!], i * 2)
  }
  g.setAttribute('aInst', new THREE.InstancedBufferAttribute(inst, 4))
  g.setAttribute('aInst2', new THREE.InstancedBufferAttribute(inst2, 2))
  g.instanceCount = n
  return g
}

type Layer = { key: string; geometry: THREE.InstancedBufferGeometry; material: THREE.ShaderMaterial }

/** Every plant and moving prop of a place. Rebuilt only when the place itself changes (behind the veil). */
export function Plants({ structure, shared }: { structure: LandscapeStructure; shared: SharedUniforms }) {
  const layers = useMemo<Layer[]>(() => {
    const snow = structure.biome === 'snow' ? 0.75 : 0
    const plants = scatterVegetation(structure).map(({ kind, data }, i): Layer => {
      const shape = plantGeometry(kind)
      const geometry = instanced(shape.geometry, data)
      const material = landscapeMaterial(
        shared,
        vertex,
        fragment,
        {
          uSway: { value: shape.sway },
          uHeight: { value: shape.height },
          uMotion: { value: kind === 'orb' ? 1 : 0 },
          uSnowCap: { value: kind === 'conifer' || kind === 'rock' ? snow : 0 },
        },
        {
          side:
            kind === 'grass' || kind === 'kelp' || kind === 'palm' || kind === 'flower'
              ? THREE.DoubleSide
              : THREE.FrontSide,
        },
      )
      return { key: `${kind}-${i}`, geometry, material }
    })
    const props = scatterProps(structure).map(({ kind, data }, i): Layer => {
      const shape = propGeometry(kind)
      const geometry = instanced(shape.geometry, data)
      const material = landscapeMaterial(
        shared,
        vertex,
        fragment,
        {
          uSway: { value: 0 },
          uHeight: { value: 1 },
          uMotion: { value: shape.motion },
          uSnowCap: { value: 0 },
        },
        { side: THREE.DoubleSide },
      )
      return { key: `prop-${kind}-${i}`, geometry, material }
    })
    return [...plants, ...props]
  }, [structure, shared])
  useEffect(
    () => () => {
      for (const l of layers) {
        l.geometry.dispose()
        l.material.dispose()
      }
    },
    [layers],
  )
  return (
    <group name="landscape-plants">
      {layers.map((l) => (
        <mesh
          key={l.key}
          geometry={l.geometry}
          material={l.material}
          frustumCulled={false}
          raycast={ignoreRays}
        />
      ))}
    </group>
  )
}
