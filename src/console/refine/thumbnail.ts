import * as THREE from 'three'
import type { Artwork } from '../../shared/artwork'
import { createRecipe } from '../../shared/recipe/create-recipe'
import { createPainter } from '../../scene/painter'
import type { Painter } from '../../scene/painter'

// Small painted thumbnails of versions for the console, from the same GPU painter the headset uses (so the
// therapist sees what the client sees). One hidden renderer for all of them; each is painted once and cached.

const SIZE = 160
const cache = new Map<string, string>()
let shared: {
  renderer: THREE.WebGLRenderer
  painter: Painter
  scene: THREE.Scene
  camera: THREE.Camera
  quad: THREE.Mesh<THREE.PlaneGeometry, THREE.MeshBasicMaterial>
} | null = null

function setup() {
  if (shared) return shared
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = SIZE
  const renderer = new THREE.WebGLRenderer({ canvas, preserveDrawingBuffer: true, antialias: false })
  renderer.setSize(SIZE, SIZE, false)
  renderer.outputColorSpace = THREE.SRGBColorSpace
  const quad = new THREE.Mesh(
    new THREE.PlaneGeometry(2, 2),
    new THREE.MeshBasicMaterial({ toneMapped: false }),
  )
  const scene = new THREE.Scene()
  scene.add(quad)
  shared = {
    renderer,
    painter: createPainter(renderer),
    scene,
    camera: new THREE.OrthographicCamera(-1, 1, 1, -1, 0, 1),
    quad,
  }
  return shared
}

const keyOf = (a: Artwork) => `${a.seed}:${JSON.stringify(a.spec)}`

/** A data URL of the painting, or null where WebGL is missing (the caption still says what it is). */
export function thumbnailOf(artwork: Artwork): string | null {
  const key = keyOf(artwork)
  const hit = cache.get(key)
  if (hit) return hit
  try {
    const s = setup()
    const texture = s.painter.paint(createRecipe(artwork.spec, artwork.seed), 256)
    s.quad.material.map = texture
    s.quad.material.needsUpdate = true
    s.renderer.setRenderTarget(null)
    s.renderer.render(s.scene, s.camera)
    const url = s.renderer.domElement.toDataURL('image/jpeg', 0.85)
    s.painter.release(texture)
    if (cache.size > 200) cache.delete(cache.keys().next().value as string)
    cache.set(key, url)
    return url
  } catch {
    return null
  }
}
