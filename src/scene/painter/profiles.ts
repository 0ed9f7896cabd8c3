import * as THREE from 'three'
import { BIOME_TABLE } from '../../shared/biomes/table'
import type { PaintRecipe } from '../../shared/recipe'

/** Samples across the canvas per ridge profile; linear filtering fills between them. */
export const PROFILE_WIDTH = 1024
/** Rows in the profile texture (ridges use the first five). */
export const PROFILE_ROWS = 8

// Same integer hash as noise.glsl, in exact 32-bit integer arithmetic: the profile is bit-identical everywhere.
function hash(x: number, y: number, seed: number): number {
  let h = (Math.imul(x, 0x8da6b343) + Math.imul(y, 0xd8163841) + seed) >>> 0
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d) >>> 0
  h ^= h >>> 12
  return (h >>> 8) / 16777216
}

function noise1(x: number, seed: number): number {
  const i = Math.floor(x)
  const f = x - i
  const u = f * f * (3 - 2 * f)
  const a = hash(i, 1013, seed)
  return a + (hash(i + 1, 1013, seed) - a) * u
}

/** Rolling hills blend into folded (|2n − 1|²) peaks as `sharp` rises; five octaves unless told fewer. */
export function ridgeNoise(x: number, sharp: number, seed: number, octaves = 5): number {
  let s = 0
  let a = 0.5
  let f = 1
  for (let i = 0; i < octaves; i++) {
    const n = noise1(x * f + i * 13.7, seed)
    const folded = 1 - Math.abs(2 * n - 1)
    s += a * (n + (folded * folded - n) * sharp)
    a *= 0.5
    f *= 2.07
  }
  return s
}

/** Ridge heights (0…~1, before the recipe's base and amplitude) for each ridge, row by row. */
export function computeProfiles(recipe: PaintRecipe): Float32Array {
  const data = new Float32Array(PROFILE_WIDTH * PROFILE_ROWS)
  // Dunes and snow drifts are long smooth curves: fewer octaves, so no small wiggles ride on their crests.
  const octaves = BIOME_TABLE[recipe.biome].painting.ridgeOctaves ?? 5
  recipe.ridges.forEach((ridge, row) => {
    for (let k = 0; k < PROFILE_WIDTH; k++) {
      const x = k / (PROFILE_WIDTH - 1)
      data[row * PROFILE_WIDTH + k] = ridgeNoise(
        x * ridge.freq + recipe.offset[0] + row * 7.31,
        ridge.sharp,
        recipe.seed,
        octaves,
      )
    }
  })
  return data
}

/** A half-float texture (filterable on every WebGL2 device) holding the recipe's ridge profiles. */
export function createProfileTexture(): THREE.DataTexture {
  const texture = new THREE.DataTexture(
    new Uint16Array(PROFILE_WIDTH * PROFILE_ROWS),
    PROFILE_WIDTH,
    PROFILE_ROWS,
    THREE.RedFormat,
    THREE.HalfFloatType,
  )
  texture.minFilter = THREE.LinearFilter
  texture.magFilter = THREE.LinearFilter
  texture.wrapS = THREE.ClampToEdgeWrapping
  texture.wrapT = THREE.ClampToEdgeWrapping
  texture.generateMipmaps = false
  return texture
}

export function fillProfileTexture(texture: THREE.DataTexture, recipe: PaintRecipe): void {
  const values = computeProfiles(recipe)
  const out = texture.image.data as Uint16Array
  for (let i = 0; i < values.length; i++) out[i] = THREE.DataUtils.toHalfFloat(values[i] ?? 0)
  texture.needsUpdate = true
}
