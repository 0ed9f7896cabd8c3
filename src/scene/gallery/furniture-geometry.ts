import * as THREE from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'

/** Where a placard sits relative to its painting's centre (local: x right, y up, z out of the wall). */
export const PLACARD_OFFSET = { x: 1.0, y: -0.3, z: -0.03 }
export const PLACARD_SIZE = { width: 0.4, height: 0.25 }

function coloured(g: THREE.BufferGeometry, rgb: [number, number, number]): THREE.BufferGeometry {
  const n = g.toNonIndexed()
  g.dispose()
  const count = n.getAttribute('position').count
  const col = new Float32Array(count * 3)
  for (let i = 0; i < count; i++) col.set(rgb, i * 3)
  n.setAttribute('color', new THREE.BufferAttribute(col, 3))
  n.deleteAttribute('uv')
  return n
}

function boxAt(w: number, h: number, d: number, x: number, y: number, z: number): THREE.BoxGeometry {
  const g = new THREE.BoxGeometry(w, h, d)
  g.translate(x, y, z)
  return g
}

/**
 * A pale oak frame around a linen backing, plus the placard card beside it: one geometry, so every frame and
 * card in the gallery is a single instanced draw call. The painting plane (1.1 m) sits just in front of the linen.
 */
export function createFrameGeometry(paintingSize = 1.1): THREE.BufferGeometry {
  const border = 0.09
  const outer = paintingSize + border * 2
  const depth = 0.065
  const zc = -0.0075 // frame spans z ∈ [-0.04, 0.025]: back on the wall, lip proud of the painting
  const oak: [number, number, number] = [0.74, 0.63, 0.5]
  const linen: [number, number, number] = [0.9, 0.87, 0.81]
  const card: [number, number, number] = [0.95, 0.93, 0.89]
  const o = outer / 2 - border / 2
  const parts = [
    coloured(boxAt(outer, border, depth, 0, o, zc), oak),
    coloured(boxAt(outer, border, depth, 0, -o, zc), oak),
    coloured(boxAt(border, paintingSize, depth, o, 0, zc), oak),
    coloured(boxAt(border, paintingSize, depth, -o, 0, zc), oak),
    coloured(boxAt(paintingSize, paintingSize, 0.01, 0, 0, -0.015), linen),
    coloured(
      boxAt(
        PLACARD_SIZE.width,
        PLACARD_SIZE.height,
        0.012,
        PLACARD_OFFSET.x,
        PLACARD_OFFSET.y,
        PLACARD_OFFSET.z,
      ),
      card,
    ),
  ]
  const merged = mergeGeometries(parts, false) ?? new THREE.BufferGeometry()
  for (const p of parts) p.dispose()
  return merged
}

/** A plain, backless oak bench (seat on two solid ends), built along x. */
export function createBenchGeometry(width = 1.8, depth = 0.5): THREE.BufferGeometry {
  const wood: [number, number, number] = [0.66, 0.54, 0.41]
  const foot: [number, number, number] = [0.58, 0.47, 0.36]
  const parts = [
    coloured(boxAt(width, 0.06, depth, 0, 0.44, 0), wood),
    coloured(boxAt(0.08, 0.41, depth * 0.86, -width / 2 + 0.16, 0.205, 0), foot),
    coloured(boxAt(0.08, 0.41, depth * 0.86, width / 2 - 0.16, 0.205, 0), foot),
  ]
  const merged = mergeGeometries(parts, false) ?? new THREE.BufferGeometry()
  for (const p of parts) p.dispose()
  return merged
}

/** A unit quad facing +z; light pools are scaled and laid on walls and floor per instance. */
export function createPoolGeometry(): THREE.BufferGeometry {
  return new THREE.PlaneGeometry(1, 1)
}
