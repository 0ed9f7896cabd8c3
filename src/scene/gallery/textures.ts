import * as THREE from 'three'

/**
 * Small procedural textures built from data (no canvas, no files), so the gallery needs nothing from the
 * network and renders the same in tests. Values are gentle: these surfaces are backdrops, never the subject.
 */

function hash(x: number, y: number, seed: number): number {
  // Integer hash (no sin): stable across GPUs and engines.
  let h = (x * 374761393 + y * 668265263 + seed * 2147483647) | 0
  h = Math.imul(h ^ (h >>> 13), 1274126177)
  return ((h ^ (h >>> 16)) >>> 0) / 4294967295
}

function valueNoise(x: number, y: number, period: number, seed: number): number {
  const xi = Math.floor(x)
  const yi = Math.floor(y)
  const fx = x - xi
  const fy = y - yi
  const sx = fx * fx * (3 - 2 * fx)
  const sy = fy * fy * (3 - 2 * fy)
  const w = (i: number, j: number) =>
    hash((((xi + i) % period) + period) % period, (((yi + j) % period) + period) % period, seed)
  const a = w(0, 0) + (w(1, 0) - w(0, 0)) * sx
  const b = w(0, 1) + (w(1, 1) - w(0, 1)) * sx
  return a + (b - a) * sy
}

function finish(data: Uint8Array, size: number, repeat: boolean): THREE.DataTexture {
  const tex = new THREE.DataTexture(data, size, size, THREE.RGBAFormat)
  tex.colorSpace = THREE.SRGBColorSpace
  tex.wrapS = tex.wrapT = repeat ? THREE.RepeatWrapping : THREE.ClampToEdgeWrapping
  tex.magFilter = THREE.LinearFilter
  tex.minFilter = THREE.LinearMipmapLinearFilter
  tex.generateMipmaps = true
  tex.anisotropy = 4
  tex.needsUpdate = true
  return tex
}

/** Warm lime plaster: a soft, large mottle with a faint fine grain. Tiles every 2 m. */
export function createPlasterTexture(size = 128): THREE.DataTexture {
  const data = new Uint8Array(size * size * 4)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const u = x / size
      const v = y / size
      const n =
        valueNoise(u * 8, v * 8, 8, 1) * 0.45 + valueNoise(u * 32, v * 32, 32, 2) * 0.35 + hash(x, y, 3) * 0.2
      // Barely-there mottle: enough to read as hand-finished plaster, never as stains.
      const k = 0.975 + (n - 0.5) * 0.035
      const i = (y * size + x) * 4
      data[i] = Math.min(255, Math.round(244 * k))
      data[i + 1] = Math.min(255, Math.round(235 * k))
      data[i + 2] = Math.min(255, Math.round(220 * k))
      data[i + 3] = 255
    }
  return finish(data, size, true)
}

/** Pale oak boards, 20 cm wide, with soft grain and barely-there seams. One tile covers 1.6 m. */
export function createWoodTexture(size = 256): THREE.DataTexture {
  const data = new Uint8Array(size * size * 4)
  const boards = 8
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const u = x / size
      const board = Math.floor(u * boards)
      const inBoard = u * boards - board
      const tone = 0.94 + hash(board, 0, 7) * 0.08
      const grain = valueNoise(inBoard * 3 + board * 11, (y / size) * 40, 64, 5)
      const seam = inBoard < 0.025 || inBoard > 0.975 ? 0.9 : 1
      const k = tone * (0.95 + grain * 0.08) * seam
      const i = (y * size + x) * 4
      data[i] = Math.min(255, Math.round(226 * k))
      data[i + 1] = Math.min(255, Math.round(206 * k))
      data[i + 2] = Math.min(255, Math.round(178 * k))
      data[i + 3] = 255
    }
  return finish(data, size, true)
}

/** A soft round pool of light (alpha falls off smoothly) used for fake spotlights on walls and floor. */
export function createPoolTexture(size = 64): THREE.DataTexture {
  const data = new Uint8Array(size * size * 4)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const dx = (x + 0.5) / size - 0.5
      const dy = (y + 0.5) / size - 0.5
      const r = Math.min(1, Math.hypot(dx * 2, dy * 2))
      const a = Math.pow(1 - r * r, 2)
      const i = (y * size + x) * 4
      data[i] = data[i + 1] = data[i + 2] = 255
      // Dither the alpha so the falloff never bands.
      data[i + 3] = Math.max(0, Math.min(255, Math.round(a * 255 + (hash(x, y, 9) - 0.5) * 2)))
    }
  return finish(data, size, false)
}

/** A calm sky for the windows: soft blue overhead to a warm, hazy horizon, with a few faint cloud veils. */
export function createSkyTexture(size = 128): THREE.DataTexture {
  const data = new Uint8Array(size * size * 4)
  const top = [148, 184, 214]
  const horizon = [236, 222, 204]
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const v = y / (size - 1) // 0 at the bottom (horizon), 1 at the top
      const t = Math.pow(v, 0.8)
      const cloud = Math.max(0, valueNoise((x / size) * 3, v * 8, 1024, 11) - 0.55) * 1.6 * (1 - v)
      const i = (y * size + x) * 4
      for (let c = 0; c < 3; c++) {
        const base = horizon[c]! + (top[c]! - horizon[c]!) * t
        data[i + c] = Math.round(base + (250 - base) * cloud + (hash(x, y, 13) - 0.5) * 2)
      }
      data[i + 3] = 255
    }
  return finish(data, size, false)
}
