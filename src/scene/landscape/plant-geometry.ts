import * as THREE from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { PropKind, VegetationKind } from '../../shared/landscape/types'

// Low-poly shapes built in code (no assets to license or fetch). Each vertex carries `aPart`, which the shader
// turns into a colour: 0 wood, 1 leaves, 2 bloom, 3 stone, 4 glow, 5 sail, 6 coral.

type Part = 0 | 1 | 2 | 3 | 4 | 5 | 6

function tag(g: THREE.BufferGeometry, part: Part): THREE.BufferGeometry {
  const flat = g.index ? g.toNonIndexed() : g
  flat.deleteAttribute('uv')
  const n = flat.getAttribute('position').count
  flat.setAttribute('aPart', new THREE.Float32BufferAttribute(new Float32Array(n).fill(part), 1))
  return flat
}

function place(
  g: THREE.BufferGeometry,
  x: number,
  y: number,
  z: number,
  sx = 1,
  sy = 1,
  sz = 1,
  rz = 0,
  ry = 0,
) {
  const m = new THREE.Matrix4().compose(
    new THREE.Vector3(x, y, z),
    new THREE.Quaternion().setFromEuler(new THREE.Euler(0, ry, rz)),
    new THREE.Vector3(sx, sy, sz),
  )
  g.applyMatrix4(m)
  return g
}

function merge(parts: THREE.BufferGeometry[]): THREE.BufferGeometry {
  const g = mergeGeometries(parts, false)
  if (!g) throw new Error('plant geometry: merge failed')
  for (const p of parts) p.dispose()
  g.computeBoundingSphere()
  return g
}

/** A tuft of blades, each a tall thin triangle leaning out a little. */
function bladeTuft(blades: number, height: number, spread: number): THREE.BufferGeometry {
  const pos: number[] = []
  const nrm: number[] = []
  for (let i = 0; i < blades; i++) {
    const a = (i / blades) * Math.PI * 2 + i * 0.7
    const cx = Math.cos(a) * 0.03
    const cz = Math.sin(a) * 0.03
    const w = 0.035
    const h = height * (0.7 + (0.3 * ((i * 37) % 10)) / 10)
    const tx = Math.cos(a) * spread
    const tz = Math.sin(a) * spread
    const px = -Math.sin(a) * w
    const pz = Math.cos(a) * w
    pos.push(cx - px, 0, cz - pz, cx + px, 0, cz + pz, cx + tx, h, cz + tz)
    const n = new THREE.Vector3(Math.cos(a), 0.6, Math.sin(a)).normalize()
    for (let k = 0; k < 3; k++) nrm.push(n.x, n.y, n.z)
  }
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.Float32BufferAttribute(pos, 3))
  g.setAttribute('normal', new THREE.Float32BufferAttribute(nrm, 3))
  return g
}

function blob(radius: number, detail = 1): THREE.BufferGeometry {
  return new THREE.IcosahedronGeometry(radius, detail)
}

function conifer(): THREE.BufferGeometry {
  const parts = [tag(place(new THREE.CylinderGeometry(0.12, 0.2, 2.2, 6, 1, true), 0, 1.1, 0), 0)]
  const tiers = [
    [2.2, 1.7, 1.0],
    [1.7, 2.0, 2.5],
    [1.15, 1.9, 4.0],
    [0.6, 1.6, 5.3],
  ] as const
  for (const [r, h, y] of tiers)
    parts.push(tag(place(new THREE.ConeGeometry(r, h, 8, 1, true), 0, y + h / 2, 0), 1))
  return merge(parts)
}

function broadleaf(): THREE.BufferGeometry {
  return merge([
    tag(place(new THREE.CylinderGeometry(0.16, 0.26, 3.2, 6, 1, true), 0, 1.6, 0), 0),
    tag(place(blob(1.7), 0, 4.1, 0, 1, 0.85, 1), 1),
    tag(place(blob(1.25), 1.1, 3.5, 0.4, 1, 0.8, 1), 1),
    tag(place(blob(1.2), -0.9, 3.7, -0.5, 1, 0.8, 1), 1),
  ])
}

function palm(): THREE.BufferGeometry {
  const parts: THREE.BufferGeometry[] = []
  // A trunk in gently bending segments.
  let x = 0
  let y = 0
  for (let i = 0; i < 5; i++) {
    const lean = 0.08 + i * 0.06
    parts.push(
      tag(
        place(
          new THREE.CylinderGeometry(0.15, 0.19, 1.25, 6, 1, true),
          x + Math.sin(lean) * 0.6,
          y + 0.6,
          0,
          1,
          1,
          1,
          -lean,
        ),
        0,
      ),
    )
    x += Math.sin(lean) * 1.2
    y += Math.cos(lean) * 1.2
  }
  for (let i = 0; i < 7; i++) {
    const a = (i / 7) * Math.PI * 2
    const frond = new THREE.PlaneGeometry(2.6, 0.5, 3, 1)
    // Droop the frond's far end.
    const p = frond.getAttribute('position')
    for (let k = 0; k < p.count; k++) {
      const fx = p.getX(k) + 1.3
      p.setXYZ(k, fx, -0.12 * fx * fx, p.getY(k))
    }
    frond.computeVertexNormals()
    parts.push(tag(place(frond, x, y, 0, 1, 1, 1, 0, a), 1))
  }
  return merge(parts)
}

function flower(): THREE.BufferGeometry {
  return merge([tag(bladeTuft(2, 0.36, 0.04), 1), tag(place(blob(0.065, 0), 0, 0.38, 0, 1, 0.6, 1), 2)])
}

function rock(): THREE.BufferGeometry {
  return merge([tag(place(new THREE.DodecahedronGeometry(0.7, 0), 0, 0.15, 0, 1.2, 0.6, 0.9), 3)])
}

function kelp(): THREE.BufferGeometry {
  const parts: THREE.BufferGeometry[] = []
  for (let i = 0; i < 2; i++) {
    const strip = new THREE.PlaneGeometry(0.7, 5.5, 1, 8)
    strip.translate(0, 2.75, 0)
    // Ribbons narrow toward the top and twist a little, so kelp reads as a frond, not a post.
    const p = strip.getAttribute('position')
    for (let k = 0; k < p.count; k++) {
      const t = p.getY(k) / 5.5
      const w = p.getX(k) * (1 - 0.6 * t)
      const a = t * 1.4
      p.setXYZ(k, Math.cos(a) * w, p.getY(k), Math.sin(a) * w)
    }
    strip.computeVertexNormals()
    parts.push(tag(place(strip, 0, 0, 0, 1, 1, 1, 0, (i * Math.PI) / 2), 1))
  }
  return merge(parts)
}

function coral(): THREE.BufferGeometry {
  return merge([
    tag(place(blob(0.35, 0), 0, 0.25, 0, 1, 1.2, 1), 6),
    tag(place(new THREE.CylinderGeometry(0.05, 0.09, 0.8, 5, 1, true), 0.2, 0.6, 0, 1, 1, 1, -0.4), 6),
    tag(place(new THREE.CylinderGeometry(0.05, 0.09, 0.7, 5, 1, true), -0.2, 0.55, 0.1, 1, 1, 1, 0.5), 6),
    tag(place(blob(0.12, 0), 0.38, 0.95, 0), 6),
  ])
}

function cactus(): THREE.BufferGeometry {
  return merge([
    tag(place(new THREE.CapsuleGeometry(0.28, 2.2, 3, 8), 0, 1.35, 0), 1),
    tag(place(new THREE.CapsuleGeometry(0.16, 0.7, 3, 6), 0.5, 1.5, 0), 1),
    tag(place(new THREE.CapsuleGeometry(0.15, 0.6, 3, 6), -0.45, 1.9, 0), 1),
  ])
}

const PLANTS: Record<VegetationKind, { build: () => THREE.BufferGeometry; height: number; sway: number }> = {
  grass: { build: () => tag(bladeTuft(5, 0.55, 0.12), 1), height: 0.5, sway: 0.22 },
  flower: { build: flower, height: 0.4, sway: 0.2 },
  broadleaf: { build: broadleaf, height: 5, sway: 0.35 },
  conifer: { build: conifer, height: 7, sway: 0.3 },
  palm: { build: palm, height: 6, sway: 0.4 },
  bush: {
    build: () =>
      merge([tag(place(blob(0.9), 0, 0.55, 0, 1.2, 0.8, 1), 1), tag(place(blob(0.6), 0.7, 0.45, 0.2), 1)]),
    height: 1.2,
    sway: 0.08,
  },
  rock: { build: rock, height: 1, sway: 0 },
  kelp: { build: kelp, height: 5.5, sway: 0.9 },
  coral: { build: coral, height: 1, sway: 0 },
  cactus: { build: cactus, height: 2.5, sway: 0 },
  orb: { build: () => tag(blob(0.45, 2), 4), height: 1, sway: 0 },
}

export function plantGeometry(kind: VegetationKind): {
  geometry: THREE.BufferGeometry
  height: number
  sway: number
} {
  const p = PLANTS[kind]
  return { geometry: p.build(), height: p.height, sway: p.sway }
}

function boat(): THREE.BufferGeometry {
  const hull = new THREE.CylinderGeometry(0.5, 0.3, 3.2, 8, 1, false, 0, Math.PI)
  hull.rotateZ(Math.PI / 2)
  hull.rotateX(Math.PI)
  const sail = new THREE.BufferGeometry()
  sail.setAttribute(
    'position',
    new THREE.Float32BufferAttribute(
      [0, 0.3, 0, 0, 3.6, 0, 1.3, 0.5, 0, 0, 0.3, 0, 1.3, 0.5, 0, 0, 3.6, 0],
      3,
    ),
  )
  sail.computeVertexNormals()
  return merge([
    tag(place(hull, 0, 0.25, 0), 0),
    tag(sail, 5),
    tag(place(new THREE.CylinderGeometry(0.03, 0.03, 3.6, 4), 0, 2.1, 0), 0),
  ])
}

function bird(): THREE.BufferGeometry {
  const g = new THREE.BufferGeometry()
  // Two wings: a shallow V seen from below.
  g.setAttribute(
    'position',
    new THREE.Float32BufferAttribute(
      [0, 0, -0.2, 0, 0, 0.2, -0.9, 0.15, 0, 0, 0, 0.2, 0, 0, -0.2, 0.9, 0.15, 0],
      3,
    ),
  )
  g.computeVertexNormals()
  return tag(g, 3)
}

function fish(): THREE.BufferGeometry {
  return merge([
    tag(place(blob(0.22, 0), 0, 0, 0, 0.5, 0.8, 1.6), 6),
    tag(place(new THREE.ConeGeometry(0.14, 0.3, 4), 0, 0, -0.45, 1, 1, 0.3, 0, 0), 6),
  ])
}

function lantern(): THREE.BufferGeometry {
  return merge([
    tag(place(new THREE.CylinderGeometry(0.025, 0.025, 1.1, 4), 0, 0.55, 0), 0),
    tag(place(blob(0.14, 1), 0, 1.2, 0), 4),
  ])
}

const PROPS: Record<PropKind, { build: () => THREE.BufferGeometry; motion: number }> = {
  boat: { build: boat, motion: 2 },
  bird: { build: bird, motion: 3 },
  fish: { build: fish, motion: 4 },
  lantern: { build: lantern, motion: 5 },
}

export function propGeometry(kind: PropKind): { geometry: THREE.BufferGeometry; motion: number } {
  const p = PROPS[kind]
  return { geometry: p.build(), motion: p.motion }
}
