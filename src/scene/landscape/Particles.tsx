import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import vertex from '../../../shaders/landscape/particles.vert.glsl?raw'
import fragment from '../../../shaders/landscape/particles.frag.glsl?raw'
import { createRng } from '../../shared/recipe/random'
import { PARTICLE_KINDS, type ParticleKind } from '../../shared/landscape/types'
import { landscapeMaterial, type SharedUniforms } from './materials'

/** How many points each kind may use at most; the look's amounts (0…1) switch them on smoothly. */
const BUDGET: Record<ParticleKind, number> = {
  rain: 900,
  snow: 700,
  fireflies: 140,
  bubbles: 320,
  pollen: 360,
}

const ignoreRays = () => undefined

export type ParticleUniforms = {
  uAmount: THREE.IUniform<number[]>
  uParticleTint: THREE.IUniform<THREE.Vector3>
}

/** Rain, snow, fireflies, bubbles and pollen in one draw call. */
export function Particles({ shared, own }: { shared: SharedUniforms; own: ParticleUniforms }) {
  const geometry = useMemo(() => {
    const rng = createRng(0x51ee7)
    const total = PARTICLE_KINDS.reduce((s, k) => s + BUDGET[k], 0)
    const seeds = new Float32Array(total * 4)
    const kinds = new Float32Array(total)
    let i = 0
    PARTICLE_KINDS.forEach((kind, k) => {
      for (let n = 0; n < BUDGET[kind]; n++, i++) {
        seeds.set([rng.next(), rng.next(), rng.next(), rng.next()], i * 4)
        kinds[i] = k
      }
    })
    const g = new THREE.BufferGeometry()
    g.setAttribute('position', new THREE.Float32BufferAttribute(new Float32Array(total * 3), 3))
    g.setAttribute('aSeed', new THREE.Float32BufferAttribute(seeds, 4))
    g.setAttribute('aKind', new THREE.Float32BufferAttribute(kinds, 1))
    return g
  }, [])
  useEffect(() => () => geometry.dispose(), [geometry])
  const extra = useMemo(() => ({ uCentre: { value: new THREE.Vector3() }, uPixelScale: { value: 600 } }), [])
  const material = useMemo(
    () =>
      landscapeMaterial(
        shared,
        vertex,
        fragment,
        { ...own, ...extra },
        {
          transparent: true,
          depthWrite: false,
        },
      ),
    [shared, own, extra],
  )
  useEffect(() => () => material.dispose(), [material])
  useFrame((state) => {
    state.camera.getWorldPosition(extra.uCentre.value)
    const cam = state.camera as THREE.PerspectiveCamera
    const fov = ((cam.fov ?? 60) * Math.PI) / 180
    extra.uPixelScale.value = (state.size.height * state.viewport.dpr) / (2 * Math.tan(fov / 2))
  })
  return (
    <points
      name="landscape-particles"
      geometry={geometry}
      material={material}
      frustumCulled={false}
      renderOrder={10}
      raycast={ignoreRays}
    />
  )
}
