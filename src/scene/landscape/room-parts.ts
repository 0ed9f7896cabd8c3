import * as THREE from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'

/**
 * How a room surface is shaded (the `aSurface.x` the room shader reads). The floor and the plaster take the
 * place's own colours (uGroundNear, uGroundFar) so the palette reaches the room; the rest use their vertex colour.
 */
export const SURFACE = {
  plain: 0,
  floor: 1,
  plaster: 2,
  wood: 3,
  rug: 4,
  stone: 5,
  fabric: 6,
  panel: 7,
} as const
/** What glows by itself (`aSurface.y`): the lamp's shade and the fire-lit inside of the fireplace. */
export const EMIT = { none: 0, lamp: 1, fire: 2 } as const

type Surface = (typeof SURFACE)[keyof typeof SURFACE]
type Emit = (typeof EMIT)[keyof typeof EMIT]

export type PartsBuilder = {
  /** An axis-aligned box in the current frame: centre and full size in metres. */
  box(
    cx: number,
    cy: number,
    cz: number,
    sx: number,
    sy: number,
    sz: number,
    colour: string,
    surface: Surface,
    emit?: Emit,
  ): void
  /** A plane in the current frame, facing `facing` (its normal), centre and size (width across, height up or along). */
  plane(
    cx: number,
    cy: number,
    cz: number,
    w: number,
    h: number,
    facing: 'x' | '-x' | 'y' | '-y' | 'z' | '-z',
    colour: string,
    surface: Surface,
    emit?: Emit,
  ): void
  /** An upright cylinder (or cone) in the current frame, centred at (cx, cy, cz). */
  cylinder(
    cx: number,
    cy: number,
    cz: number,
    rTop: number,
    rBottom: number,
    h: number,
    colour: string,
    surface: Surface,
    emit?: Emit,
    segments?: number,
  ): void
  /** A cylinder lying along x (a log), centred at (cx, cy, cz). */
  log(
    cx: number,
    cy: number,
    cz: number,
    r: number,
    length: number,
    yaw: number,
    colour: string,
    emit?: Emit,
  ): void
  /** Build the following parts about (x, z), turned by `yaw` (the piece's own frame). */
  frame(x: number, z: number, yaw: number): void
  /** One merged, non-indexed geometry with position, normal, color and aSurface; the parts are freed. */
  build(): THREE.BufferGeometry
}

const FACING: Record<string, THREE.Euler> = {
  z: new THREE.Euler(0, 0, 0),
  '-z': new THREE.Euler(0, Math.PI, 0),
  x: new THREE.Euler(0, Math.PI / 2, 0),
  '-x': new THREE.Euler(0, -Math.PI / 2, 0),
  y: new THREE.Euler(-Math.PI / 2, 0, 0),
  '-y': new THREE.Euler(Math.PI / 2, 0, 0),
}

/** Collects coloured parts into one geometry, so a whole room of furniture is a single draw call. */
export function createPartsBuilder(): PartsBuilder {
  const parts: THREE.BufferGeometry[] = []
  const frame = new THREE.Matrix4()
  const local = new THREE.Matrix4()
  const colour = new THREE.Color()

  const add = (g: THREE.BufferGeometry, hex: string, surface: Surface, emit: Emit) => {
    const flat = g.index ? g.toNonIndexed() : g
    if (flat !== g) g.dispose()
    flat.deleteAttribute('uv')
    flat.applyMatrix4(local.premultiply(frame))
    const n = flat.getAttribute('position').count
    // Colours are display values, as everywhere in the landscape: no conversion to linear.
    colour.set(hex)
    const rgb = new Float32Array(n * 3)
    const kind = new Float32Array(n * 2)
    for (let i = 0; i < n; i++) {
      rgb.set([colour.r, colour.g, colour.b], i * 3)
      kind.set([surface, emit], i * 2)
    }
    flat.setAttribute('color', new THREE.BufferAttribute(rgb, 3))
    flat.setAttribute('aSurface', new THREE.BufferAttribute(kind, 2))
    parts.push(flat)
  }
  const place = (x: number, y: number, z: number, rotation?: THREE.Euler) =>
    local.compose(
      new THREE.Vector3(x, y, z),
      new THREE.Quaternion().setFromEuler(rotation ?? new THREE.Euler()),
      new THREE.Vector3(1, 1, 1),
    )

  return {
    box(cx, cy, cz, sx, sy, sz, hex, surface, emit = 0) {
      place(cx, cy, cz)
      add(new THREE.BoxGeometry(sx, sy, sz), hex, surface, emit)
    },
    plane(cx, cy, cz, w, h, facing, hex, surface, emit = 0) {
      place(cx, cy, cz, FACING[facing])
      add(new THREE.PlaneGeometry(w, h), hex, surface, emit)
    },
    cylinder(cx, cy, cz, rTop, rBottom, h, hex, surface, emit = 0, segments = 12) {
      place(cx, cy, cz)
      add(new THREE.CylinderGeometry(rTop, rBottom, h, segments), hex, surface, emit)
    },
    log(cx, cy, cz, r, length, yaw, hex, emit = 0) {
      place(cx, cy, cz, new THREE.Euler(0, yaw, Math.PI / 2, 'YXZ'))
      add(new THREE.CylinderGeometry(r, r, length, 8), hex, SURFACE.wood, emit)
    },
    frame(x, z, yaw) {
      frame.makeRotationY(yaw).setPosition(x, 0, z)
    },
    build() {
      const merged = mergeGeometries(parts, false)
      for (const p of parts) p.dispose()
      parts.length = 0
      if (!merged) throw new Error('room geometry: nothing to merge')
      merged.computeBoundingSphere()
      return merged
    },
  }
}
