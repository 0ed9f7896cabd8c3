import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import vertex from '../../../shaders/landscape/vegetation.vert.glsl?raw'
import fragment from '../../../shaders/landscape/vegetation.frag.glsl?raw'
import type { Artwork } from '../../shared/artwork'
import { placeArtworks, landscapeChoice, type ArtworkStand } from '../../shared/landscape/walk-area'
import { createRecipe } from '../../shared/recipe/create-recipe'
import { Paintings } from '../gallery/Paintings'
import type { PaintingInput, PaintScheduler } from '../gallery/paint-scheduler'
import { landscapeMaterial, type SharedUniforms } from './materials'
import { instanced } from './Plants'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'

const ignoreRays = () => undefined
const HALF = 0.55 // half the painting's side (the scheduler's planes are 1.1 m)

function part(g: THREE.BufferGeometry, stand: ArtworkStand, local: THREE.Matrix4): THREE.BufferGeometry {
  const flat = g.index ? g.toNonIndexed() : g
  flat.deleteAttribute('uv')
  flat.applyMatrix4(local)
  flat.applyMatrix4(
    new THREE.Matrix4().compose(
      new THREE.Vector3(stand.x, 0, stand.z),
      new THREE.Quaternion().setFromEuler(new THREE.Euler(0, stand.rotationY, 0)),
      new THREE.Vector3(1, 1, 1),
    ),
  )
  flat.setAttribute(
    'aPart',
    new THREE.Float32BufferAttribute(new Float32Array(flat.getAttribute('position').count), 1),
  )
  return flat
}

const at = (x: number, y: number, z: number, rx = 0, rz = 0) =>
  new THREE.Matrix4().compose(
    new THREE.Vector3(x, y, z),
    new THREE.Quaternion().setFromEuler(new THREE.Euler(rx, 0, rz)),
    new THREE.Vector3(1, 1, 1),
  )

/** Wooden easels and the lookout's standing frame, all merged into one mesh (one draw call). */
function createStandGeometry(stands: readonly ArtworkStand[]): THREE.BufferGeometry | null {
  const parts: THREE.BufferGeometry[] = []
  for (const s of stands) {
    const bottom = s.y - HALF
    if (s.kind === 'easel') {
      const leg = () => new THREE.BoxGeometry(0.05, bottom + 1.35, 0.05)
      const h = bottom + 1.35
      parts.push(part(leg(), s, at(-0.42, h / 2, -0.06, -0.08, -0.12)))
      parts.push(part(leg(), s, at(0.42, h / 2, -0.06, -0.08, 0.12)))
      parts.push(part(leg(), s, at(0, h / 2 - 0.05, -0.45, 0.32)))
      parts.push(part(new THREE.BoxGeometry(1.25, 0.05, 0.12), s, at(0, bottom - 0.03, 0.02)))
    } else if (s.kind === 'frame') {
      const top = s.y + HALF
      parts.push(
        part(new THREE.BoxGeometry(0.09, top + 0.1, 0.09), s, at(-HALF - 0.1, (top + 0.1) / 2, -0.03)),
      )
      parts.push(
        part(new THREE.BoxGeometry(0.09, top + 0.1, 0.09), s, at(HALF + 0.1, (top + 0.1) / 2, -0.03)),
      )
      parts.push(part(new THREE.BoxGeometry(1.32, 0.09, 0.08), s, at(0, top + 0.05, -0.02)))
      parts.push(part(new THREE.BoxGeometry(1.32, 0.09, 0.08), s, at(0, bottom - 0.05, -0.02)))
      parts.push(part(new THREE.BoxGeometry(1.24, 1.24, 0.03), s, at(0, s.y, -0.04)))
    }
  }
  if (parts.length === 0) return null
  const g = mergeGeometries(parts, false)
  for (const p of parts) p.dispose()
  return g
}

/** Soft light behind each floating panel, fading to nothing at its edges. */
const GLOW_VERTEX =
  'varying vec2 vUv; varying vec3 vWorld; void main() { vUv = uv; vec4 w = modelMatrix * vec4(position, 1.0); vWorld = w.xyz; gl_Position = projectionMatrix * viewMatrix * w; }'
const GLOW_FRAGMENT = `varying vec2 vUv; varying vec3 vWorld;
void main() {
  vec2 d = abs(vUv - 0.5) * 2.0;
  float edge = 1.0 - smoothstep(0.62, 1.0, max(d.x, d.y));
  vec3 col = mix(uFogColour, vec3(1.0, 0.97, 0.92), 0.55);
  gl_FragColor = finishColour(applyFog(col, length(vWorld - cameraPosition)), edge * 0.55 * (1.0 - uVeil * 0.6));
}`

export type StandsProps = {
  artworks: readonly Artwork[]
  shared: SharedUniforms
  onScheduler?: (scheduler: PaintScheduler | null) => void
  /** The arc they stand on (artworkArcRadius): smaller indoors, so every stand is inside the room. */
  radius?: number
}

/** The client's artworks in the landscape, newest at the lookout, painted by the gallery's scheduler. */
export function Stands({ artworks, shared, onScheduler, radius }: StandsProps) {
  const chosen = useMemo(() => landscapeChoice(artworks), [artworks])
  const stands = useMemo(() => placeArtworks(chosen.length, radius), [chosen.length, radius])
  const items = useMemo<PaintingInput[]>(
    () =>
      chosen.map((a, i) => {
        const s = stands[i]!
        const nx = Math.sin(s.rotationY)
        const nz = Math.cos(s.rotationY)
        return {
          id: a.id,
          recipe: createRecipe(a.spec, a.seed),
          position: { x: s.x + nx * 0.02, y: s.y, z: s.z + nz * 0.02 },
          rotationY: s.rotationY,
        }
      }),
    [chosen, stands],
  )
  const wood = useMemo(() => {
    const g = createStandGeometry(stands)
    if (!g) return null
    const data = new Float32Array([0, 0, 0, 1, 0, 0.5])
    const geometry = instanced(g, data)
    const material = landscapeMaterial(shared, vertex, fragment, {
      uSway: { value: 0 },
      uHeight: { value: 1 },
      uMotion: { value: 0 },
      uSnowCap: { value: 0 },
    })
    return { geometry, material, base: g }
  }, [stands, shared])
  useEffect(
    () => () => {
      wood?.geometry.dispose()
      wood?.base.dispose()
      wood?.material.dispose()
    },
    [wood],
  )
  const glow = useMemo(() => {
    const panels = stands.filter((s) => s.kind === 'panel')
    if (panels.length === 0) return null
    const planes = panels.map((s) => {
      const p = new THREE.PlaneGeometry(1.9, 1.9)
      p.applyMatrix4(
        new THREE.Matrix4().compose(
          new THREE.Vector3(s.x - Math.sin(s.rotationY) * 0.03, s.y, s.z - Math.cos(s.rotationY) * 0.03),
          new THREE.Quaternion().setFromEuler(new THREE.Euler(0, s.rotationY, 0)),
          new THREE.Vector3(1, 1, 1),
        ),
      )
      return p
    })
    const geometry = mergeGeometries(planes, false)
    for (const p of planes) p.dispose()
    const material = landscapeMaterial(
      shared,
      GLOW_VERTEX,
      GLOW_FRAGMENT,
      {},
      { transparent: true, depthWrite: false },
    )
    return { geometry, material }
  }, [stands, shared])
  useEffect(
    () => () => {
      glow?.geometry.dispose()
      glow?.material.dispose()
    },
    [glow],
  )
  return (
    <group name="landscape-artworks">
      {wood ? (
        <mesh geometry={wood.geometry} material={wood.material} frustumCulled={false} raycast={ignoreRays} />
      ) : null}
      {glow ? <mesh geometry={glow.geometry} material={glow.material} raycast={ignoreRays} /> : null}
      <Paintings items={items} onScheduler={onScheduler} />
    </group>
  )
}
