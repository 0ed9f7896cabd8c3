import * as THREE from 'three'
import type { PaintRecipe } from '../../shared/recipe'
import { MAX_BIRDS, MAX_PALMS, MAX_RIDGES } from '../../shared/recipe/constants'

type Triple = readonly [number, number, number]
const v3 = (c: Triple): THREE.Vector3 => new THREE.Vector3(c[0], c[1], c[2])

/** Uniform objects for the painter, created once per painter and refilled per recipe. */
export type PainterUniforms = Record<string, THREE.IUniform>

export function createPainterUniforms(): PainterUniforms {
  const vecs = (n: number): THREE.Vector3[] => Array.from({ length: n }, () => new THREE.Vector3())
  return {
    uRes: { value: new THREE.Vector2(1024, 1024) },
    uComposition: { value: 0 },
    uSeed: { value: 0 },
    uOffset: { value: new THREE.Vector2() },
    uHorizon: { value: 0.4 },
    uFocal: { value: new THREE.Vector2() },
    uZenith: { value: new THREE.Vector3() },
    uSkyHorizon: { value: new THREE.Vector3() },
    uGlow: { value: new THREE.Vector3() },
    uSun: { value: new THREE.Vector4() },
    uSunColour: { value: new THREE.Vector3() },
    uSunKind: { value: 0 },
    uWarm: { value: new THREE.Vector3() },
    uShadow: { value: new THREE.Vector3() },
    uRidgeCount: { value: 3 },
    uRidge: { value: Array.from({ length: MAX_RIDGES }, () => new THREE.Vector4()) },
    uRidgeColour: { value: vecs(MAX_RIDGES) },
    uGroundFar: { value: new THREE.Vector3() },
    uGroundNear: { value: new THREE.Vector3() },
    uWater: { value: new THREE.Vector3() },
    uWaterP: { value: new THREE.Vector4() },
    uTrees: { value: new THREE.Vector2() },
    uTreeColour: { value: new THREE.Vector3() },
    uTrunk: { value: new THREE.Vector3() },
    uFlowerDensity: { value: 0 },
    uFlower: { value: vecs(3) },
    uAccent: { value: new THREE.Vector3() },
    uStars: { value: 0 },
    uBirdCount: { value: 0 },
    uBirds: { value: vecs(MAX_BIRDS) },
    uBoat: { value: new THREE.Vector3() },
    uPalmCount: { value: 0 },
    uPalms: { value: vecs(MAX_PALMS) },
    uWeatherA: { value: new THREE.Vector3() },
    uWeatherB: { value: new THREE.Vector3() },
    uFinishA: { value: new THREE.Vector3() },
    uFinishB: { value: new THREE.Vector3() },
  }
}

/** Copy a recipe into the uniforms. Plain numbers in, so the same recipe always sets the same bits. */
export function applyRecipe(u: PainterUniforms, r: PaintRecipe, size: number): void {
  const set = (name: string, value: unknown): void => {
    const slot = u[name]
    if (!slot) throw new Error(`painter uniform ${name} missing`)
    slot.value = value
  }
  set('uRes', new THREE.Vector2(size, size))
  set('uComposition', r.composition)
  set('uSeed', r.seed >>> 0)
  set('uOffset', new THREE.Vector2(r.offset[0], r.offset[1]))
  set('uHorizon', r.horizon)
  set('uFocal', new THREE.Vector2(r.focal[0], r.focal[1]))
  set('uZenith', v3(r.sky.zenith))
  set('uSkyHorizon', v3(r.sky.horizon))
  set('uGlow', v3(r.sky.glow))
  set('uSun', new THREE.Vector4(r.sun.position[0], r.sun.position[1], r.sun.radius, r.sun.glow))
  set('uSunColour', v3(r.sun.colour))
  set('uSunKind', r.sun.kind)
  set('uWarm', v3(r.light.warm))
  set('uShadow', v3(r.light.shadow))
  set('uRidgeCount', r.ridges.length)
  // Unused slots repeat the nearest ridge so no uniform is ever undefined.
  const ridges = Array.from({ length: MAX_RIDGES }, (_, i) => r.ridges[Math.min(i, r.ridges.length - 1)])
  set(
    'uRidge',
    ridges.map((g) => new THREE.Vector4(g?.y ?? 0, g?.amp ?? 0, g?.freq ?? 1, g?.sharp ?? 0)),
  )
  set(
    'uRidgeColour',
    ridges.map((g) => v3(g?.colour ?? [0.5, 0.5, 0.5])),
  )
  set('uGroundFar', v3(r.ground.far))
  set('uGroundNear', v3(r.ground.near))
  set('uWater', v3(r.water.colour))
  set('uWaterP', new THREE.Vector4(r.water.reflect, r.water.shore[0], r.water.shore[1], r.water.surf))
  set('uTrees', new THREE.Vector2(r.trees.density, r.trees.height))
  set('uTreeColour', v3(r.trees.colour))
  set('uTrunk', v3(r.trees.trunk))
  set('uFlowerDensity', r.flowers.density)
  set('uFlower', r.flowers.colours.map(v3))
  set('uAccent', v3(r.accent))
  set('uStars', r.stars)
  // Fixed-length arrays: unused slots are zeros, and the shader loops only to the count.
  const pad = (xs: readonly Triple[], n: number): THREE.Vector3[] =>
    Array.from({ length: n }, (_, i) => v3(xs[i] ?? [0, 0, 0]))
  set('uBirdCount', r.motifs.birds.length)
  set('uBirds', pad(r.motifs.birds, MAX_BIRDS))
  set('uBoat', v3(r.motifs.boat))
  set('uPalmCount', r.motifs.palms.length)
  set('uPalms', pad(r.motifs.palms, MAX_PALMS))
  const w = r.weather
  set('uWeatherA', new THREE.Vector3(w.clouds, w.fog, w.rain))
  set('uWeatherB', new THREE.Vector3(w.snow, w.wind, w.storm))
  const f = r.finish
  set('uFinishA', new THREE.Vector3(f.brush, f.grain, f.vignette))
  set('uFinishB', new THREE.Vector3(f.contrast, f.softness, f.warmth))
}
