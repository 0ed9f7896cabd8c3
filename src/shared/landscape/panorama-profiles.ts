import { valueNoise } from './terrain'

/** Samples around the horizon per ridge profile; the texture wraps, so sample 0 follows the last one. */
export const PANORAMA_PROFILE_WIDTH = 1024
export const PANORAMA_PROFILE_ROWS = 8

type RidgeLike = { freq: number; sharp: number }

/**
 * Ridge heights (about 0…1) around the whole horizon, one row per ridge. Noise is read on a circle in noise
 * space, so the profile is periodic: the ring of hills closes with no seam behind the visitor.
 */
export function panoramaProfiles(
  ridges: readonly RidgeLike[],
  offset: readonly [number, number],
): Float32Array {
  const out = new Float32Array(PANORAMA_PROFILE_WIDTH * PANORAMA_PROFILE_ROWS)
  ridges.slice(0, PANORAMA_PROFILE_ROWS).forEach((ridge, row) => {
    // About twice the painting's hills per canvas width: the panorama is four canvases around.
    const radius = (Math.max(0.5, ridge.freq) * 2.2) / (2 * Math.PI)
    for (let k = 0; k < PANORAMA_PROFILE_WIDTH; k++) {
      const a = (k / PANORAMA_PROFILE_WIDTH) * Math.PI * 2
      let s = 0
      let amp = 0.5
      let f = 1
      for (let o = 0; o < 4; o++) {
        const n = valueNoise(
          Math.cos(a) * radius * f + offset[0] + row * 7.31 + o * 13.7,
          Math.sin(a) * radius * f + offset[1] + row * 3.17,
        )
        const folded = 1 - Math.abs(2 * n - 1)
        s += amp * (n + (folded * folded - n) * ridge.sharp)
        amp *= 0.5
        f *= 2.07
      }
      out[row * PANORAMA_PROFILE_WIDTH + k] = s
    }
  })
  return out
}
