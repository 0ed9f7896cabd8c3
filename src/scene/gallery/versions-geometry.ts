import * as THREE from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { EASEL_DEPTH, FRAME_WIDTH, LEDGE_HEIGHT } from './versions-layout'

// One small easel with its framed painting and label card as ONE geometry, so each version shown costs one draw call.
// A `part` attribute tells the shader what to draw: 0 the painting, 1 wood and linen (vertex colours), 2 the card.

export const PART = { painting: 0, solid: 1, card: 2 } as const
/** The label card's height; its width comes from the material (a number alone, or "n · on the wall"). */
export const CARD_HEIGHT = 0.085
/** The painting leans back on its easel by this much, like a canvas would. */
const LEAN = 0.1

const OAK: [number, number, number] = [0.74, 0.63, 0.5]
const DARK_OAK: [number, number, number] = [0.6, 0.49, 0.37]
const LINEN: [number, number, number] = [0.9, 0.87, 0.81]

function tagged(g: THREE.BufferGeometry, part: number, rgb: [number, number, number]): THREE.BufferGeometry {
  const n = g.index ? g.toNonIndexed() : g
  if (n !== g) g.dispose()
  const count = n.getAttribute('position').count
  const col = new Float32Array(count * 3)
  const parts = new Float32Array(count)
  for (let i = 0; i < count; i++) col.set(rgb, i * 3)
  parts.fill(part)
  n.setAttribute('color', new THREE.BufferAttribute(col, 3))
  n.setAttribute('part', new THREE.BufferAttribute(parts, 1))
  if (!n.getAttribute('uv')) n.setAttribute('uv', new THREE.BufferAttribute(new Float32Array(count * 2), 2))
  return n
}

function box(w: number, h: number, d: number, x: number, y: number, z: number): THREE.BufferGeometry {
  return new THREE.BoxGeometry(w, h, d).translate(x, y, z)
}

/** A slim square rod from `a` to `b`. */
function rod(a: THREE.Vector3, b: THREE.Vector3, thickness: number): THREE.BufferGeometry {
  const length = a.distanceTo(b)
  const g = new THREE.BoxGeometry(thickness, length, thickness)
  const m = new THREE.Matrix4().lookAt(a, b, new THREE.Vector3(0, 0, 1))
  // lookAt points -z from a to b; turn the rod's +y onto that direction, then move it between the two ends.
  g.applyMatrix4(new THREE.Matrix4().makeRotationX(-Math.PI / 2))
  g.applyMatrix4(m)
  g.translate((a.x + b.x) / 2, (a.y + b.y) / 2, (a.z + b.z) / 2)
  return g
}

/**
 * The easel for a painting of side `size`, standing on the floor at the origin and facing +z. The painting, its
 * linen-backed frame and the ledge lean back together; three legs (an A-frame and a back leg) and the card below.
 */
export function createEaselGeometry(size: number): THREE.BufferGeometry {
  const outer = size + FRAME_WIDTH * 2
  const centreY = LEDGE_HEIGHT + FRAME_WIDTH + size / 2
  const top = LEDGE_HEIGHT + outer
  const framed = [
    // The painting, a hair in front of the linen; uv 0…1 across it.
    tagged(new THREE.PlaneGeometry(size, size).translate(0, centreY, 0.0125), PART.painting, LINEN),
    tagged(box(size, size, 0.01, 0, centreY, 0.002), PART.solid, LINEN),
    tagged(box(outer, FRAME_WIDTH, 0.035, 0, top - FRAME_WIDTH / 2, 0), PART.solid, OAK),
    tagged(box(outer, FRAME_WIDTH, 0.035, 0, LEDGE_HEIGHT + FRAME_WIDTH / 2, 0), PART.solid, OAK),
    tagged(box(FRAME_WIDTH, size, 0.035, outer / 2 - FRAME_WIDTH / 2, centreY, 0), PART.solid, OAK),
    tagged(box(FRAME_WIDTH, size, 0.035, -outer / 2 + FRAME_WIDTH / 2, centreY, 0), PART.solid, OAK),
    tagged(box(outer + 0.06, 0.03, 0.075, 0, LEDGE_HEIGHT - 0.015, 0.02), PART.solid, DARK_OAK),
  ]
  // Lean back about the ledge (rotation about x through the ledge's line).
  const lean = new THREE.Matrix4()
    .makeTranslation(0, LEDGE_HEIGHT, 0)
    .multiply(new THREE.Matrix4().makeRotationX(-LEAN))
    .multiply(new THREE.Matrix4().makeTranslation(0, -LEDGE_HEIGHT, 0))
  for (const g of framed) g.applyMatrix4(lean)
  const back = -Math.sin(LEAN) * (top - LEDGE_HEIGHT) - 0.03
  const spread = outer / 2 - 0.02
  const headY = top + 0.07
  const head = new THREE.Vector3(0, headY, back - 0.01)
  const t = 0.026
  const legs = [
    tagged(rod(new THREE.Vector3(-spread, 0, EASEL_DEPTH * 0.2), head, t), PART.solid, DARK_OAK),
    tagged(rod(new THREE.Vector3(spread, 0, EASEL_DEPTH * 0.2), head, t), PART.solid, DARK_OAK),
    tagged(
      rod(new THREE.Vector3(0, 0, -EASEL_DEPTH / 2), head.clone().setZ(back - 0.03), t),
      PART.solid,
      DARK_OAK,
    ),
  ]
  // The card hangs from the ledge on the front legs, centred; unit wide (the material scales it per label).
  const cardY = LEDGE_HEIGHT - 0.035 - CARD_HEIGHT / 2 - 0.012
  const cardZ = EASEL_DEPTH * 0.2 * (1 - cardY / headY) + 0.03
  const card = new THREE.PlaneGeometry(1, CARD_HEIGHT).translate(0, cardY, cardZ)
  const parts = [...framed, ...legs, tagged(card, PART.card, LINEN)]
  const merged = mergeGeometries(parts, false) ?? new THREE.BufferGeometry()
  for (const p of parts) p.dispose()
  merged.computeBoundingSphere()
  return merged
}
