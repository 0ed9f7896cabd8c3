import * as THREE from 'three'
import common from '../../../shaders/landscape/common.glsl?raw'
import type { LandscapeLook } from '../../shared/landscape/types'

/**
 * Uniforms every landscape material shares, as single objects referenced by all of them: one write per frame
 * updates the sky, land, water, plants and particles together.
 */
export function createSharedUniforms() {
  const v3 = () => ({ value: new THREE.Vector3() })
  return {
    uTime: { value: 0 },
    uSunDir: { value: new THREE.Vector3(0, 1, 0) },
    uSunColour: v3(),
    uSunIntensity: { value: 1 },
    uAmbSky: v3(),
    uAmbGround: v3(),
    uLightTint: { value: new THREE.Vector3(1, 1, 1) },
    uFogColour: v3(),
    uFogDensity: { value: 0.01 },
    uVeil: { value: 0 },
    uBrightness: { value: 1 },
    uWind: { value: 0 },
    uFlash: { value: 0 },
    // Look colours the land, plants and water read (display values).
    uGroundNear: v3(),
    uGroundFar: v3(),
    uRock: v3(),
    uFoliage: v3(),
    uFoliageDry: v3(),
    uTrunk: v3(),
    uFlowerA: v3(),
    uFlowerB: v3(),
    uFlowerC: v3(),
    uWater: v3(),
    uWaterDeep: v3(),
    uWaves: { value: 0.1 },
    uAccent: v3(),
    // Sky panoramas: A fading to B.
    uSkyA: { value: null as THREE.Texture | null },
    uSkyB: { value: null as THREE.Texture | null },
    uSkyMix: { value: 0 },
  }
}
export type SharedUniforms = ReturnType<typeof createSharedUniforms>

const set3 = (u: { value: THREE.Vector3 }, c: readonly number[]) => u.value.set(c[0]!, c[1]!, c[2]!)

/** Copy a (blended) look into the uniforms. Allocation-free: called every frame while a crossfade runs. */
export function applyLook(u: SharedUniforms, look: LandscapeLook): void {
  set3(u.uSunDir, look.sunDirection)
  set3(u.uSunColour, look.sunColour)
  u.uSunIntensity.value = look.sunIntensity
  set3(u.uAmbSky, look.ambientSky)
  set3(u.uAmbGround, look.ambientGround)
  // A whisper of the palette in the light; mostly white so the land keeps its own colour.
  const t = look.lightTint
  u.uLightTint.value.set(0.75 + 0.25 * t[0], 0.75 + 0.25 * t[1], 0.75 + 0.25 * t[2])
  set3(u.uFogColour, look.fogColour)
  u.uFogDensity.value = look.fogDensity
  u.uWind.value = look.wind
  set3(u.uGroundNear, look.groundNear)
  set3(u.uGroundFar, look.groundFar)
  set3(u.uRock, look.rock)
  set3(u.uFoliage, look.foliage)
  set3(u.uFoliageDry, look.foliageDry)
  set3(u.uTrunk, look.trunk)
  set3(u.uFlowerA, look.flowers[0])
  set3(u.uFlowerB, look.flowers[1])
  set3(u.uFlowerC, look.flowers[2])
  set3(u.uWater, look.water)
  set3(u.uWaterDeep, look.waterDeep)
  u.uWaves.value = look.waves
  set3(u.uAccent, look.lightTint)
}

/** A ShaderMaterial over the shared uniforms plus its own; the common GLSL chunk goes first in both stages. */
export function landscapeMaterial(
  shared: SharedUniforms,
  vertex: string,
  fragment: string,
  own: Record<string, THREE.IUniform> = {},
  options: THREE.ShaderMaterialParameters = {},
): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    uniforms: { ...shared, ...own },
    vertexShader: `${common}\n${vertex}`,
    fragmentShader: `${common}\n${fragment}`,
    ...options,
  })
}
