import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import vertex from '../../../shaders/landscape/waterfall.vert.glsl?raw'
import fragment from '../../../shaders/landscape/waterfall.frag.glsl?raw'
import mistVertex from '../../../shaders/landscape/waterfall-mist.vert.glsl?raw'
import mistFragment from '../../../shaders/landscape/waterfall-mist.frag.glsl?raw'
import type { Waterfall as WaterfallShape } from '../../shared/landscape/waterfall'
import { landscapeMaterial, type SharedUniforms } from './materials'

const ignoreRays = () => undefined

/** Rows down the sheet (denser at the lip, where it curves) and columns across it. */
const ROWS = 18
const COLUMNS = 2
/** The sheet starts this far above the lip (clear of the ground) and ends this far under the water. */
const ABOVE_LIP = 0.3
const BELOW_WATER = 0.5

/** Across, along (toward the visitor), up, radius, as fractions of a 7 m fall; then phase and period (s). */
const PUFFS: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [0, 0.5, 4, 6.5, 0, 11],
  [-3, 1, 2.5, 5.5, 0.35, 13],
  [3.2, 0.8, 3, 6, 0.7, 9.5],
  [0.8, 1.5, 7, 7.5, 0.15, 12.5],
  [-1.6, 2.5, 5.5, 7, 0.55, 14],
  [1.8, 3, 2, 6, 0.85, 10.5],
]

/** The fall's own frame: across it and along its throw (lip toward foot), both level and unit length. */
function frame(w: WaterfallShape) {
  const tx = w.foot[0] - w.lip[0]
  const tz = w.foot[2] - w.lip[2]
  const len = Math.hypot(tx, tz) || 1
  return { alongX: tx / len, alongZ: tz / len, acrossX: tz / len, acrossZ: -tx / len }
}

/**
 * The sheet as a strip in world space: the water leaves the lip level and falls in a parabola to the pool, so it
 * curves over the edge and drops straight, widening a little as it goes.
 */
export function createWaterfallGeometry(w: WaterfallShape): THREE.BufferGeometry {
  const f = frame(w)
  const top = w.lip[1] + ABOVE_LIP
  const drop = top - (w.foot[1] - BELOW_WATER)
  const positions: number[] = []
  const fall: number[] = []
  for (let i = 0; i <= ROWS; i++) {
    const s = i / ROWS
    // Level progress is linear in s and the drop quadratic: a falling body's path, rows dense where it bends.
    const cx = w.lip[0] + (w.foot[0] - w.lip[0]) * s
    const cz = w.lip[2] + (w.foot[2] - w.lip[2]) * s
    const y = top - drop * s * s
    // Half as wide again as the water: the sides are the wet rock framing it (see the shader).
    const half = (w.width / 2) * 1.5 * (0.85 + 0.4 * s * s)
    for (let j = 0; j <= COLUMNS; j++) {
      const u = j / COLUMNS
      const a = (u * 2 - 1) * half
      positions.push(cx + f.acrossX * a, y, cz + f.acrossZ * a)
      fall.push(u, s * s)
    }
  }
  const index: number[] = []
  for (let i = 0; i < ROWS; i++) {
    for (let j = 0; j < COLUMNS; j++) {
      const a = i * (COLUMNS + 1) + j
      const b = a + COLUMNS + 1
      index.push(a, b, a + 1, a + 1, b, b + 1)
    }
  }
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3))
  g.setAttribute('aFall', new THREE.Float32BufferAttribute(fall, 2))
  g.setIndex(index)
  g.computeBoundingSphere()
  return g
}

/** A few camera-facing quads about the foot (the mesh stands at the foot); their motion is in the shader. */
export function createMistGeometry(w: WaterfallShape): THREE.BufferGeometry {
  const f = frame(w)
  const k = w.width / 7
  const positions: number[] = []
  const puffs: number[] = []
  const cycles: number[] = []
  const index: number[] = []
  PUFFS.forEach(([across, along, up, radius, phase, period], n) => {
    const x = (f.acrossX * across + f.alongX * along) * k
    const z = (f.acrossZ * across + f.alongZ * along) * k
    for (const [cx, cy] of [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const) {
      positions.push(cx, cy, 0)
      puffs.push(x, up * k, z, radius * k)
      cycles.push(phase, period)
    }
    const o = n * 4
    index.push(o, o + 1, o + 2, o, o + 2, o + 3)
  })
  const g = new THREE.BufferGeometry()
  g.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3))
  g.setAttribute('aPuff', new THREE.Float32BufferAttribute(puffs, 4))
  g.setAttribute('aCycle', new THREE.Float32BufferAttribute(cycles, 2))
  g.setIndex(index)
  // The corners alone say nothing of where the puffs float: bound them by hand so culling stays right.
  g.boundingSphere = new THREE.Sphere(new THREE.Vector3(0, 5 * k, 0), 18 * k)
  return g
}

/**
 * A waterfall at the head of the river: the falling sheet and the mist at its foot, two draw calls. Its colours
 * come from the shared look (light, water, fog) and its motion from the shared clock, which reduced motion holds.
 */
export function Waterfall({ waterfall, shared }: { waterfall: WaterfallShape; shared: SharedUniforms }) {
  const sheet = useMemo(() => createWaterfallGeometry(waterfall), [waterfall])
  const mist = useMemo(() => createMistGeometry(waterfall), [waterfall])
  useEffect(() => () => sheet.dispose(), [sheet])
  useEffect(() => () => mist.dispose(), [mist])
  const sheetMaterial = useMemo(
    () =>
      landscapeMaterial(
        shared,
        vertex,
        fragment,
        {
          uFallWidth: { value: waterfall.width },
          uFallHeight: { value: waterfall.height },
          uPhase: { value: waterfall.phase },
        },
        { transparent: true, depthWrite: false, side: THREE.DoubleSide },
      ),
    [shared, waterfall],
  )
  const mistMaterial = useMemo(
    () =>
      landscapeMaterial(
        shared,
        mistVertex,
        mistFragment,
        { uMist: { value: 0.75 } },
        {
          transparent: true,
          depthWrite: false,
        },
      ),
    [shared],
  )
  useEffect(() => () => sheetMaterial.dispose(), [sheetMaterial])
  useEffect(() => () => mistMaterial.dispose(), [mistMaterial])
  return (
    <group name="landscape-waterfall">
      <mesh geometry={sheet} material={sheetMaterial} renderOrder={4} raycast={ignoreRays} />
      <mesh
        geometry={mist}
        material={mistMaterial}
        position={waterfall.foot}
        renderOrder={5}
        raycast={ignoreRays}
      />
    </group>
  )
}
