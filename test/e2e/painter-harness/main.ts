// Browser side of the painter harness: paints recipes with the real painter and hands back pixels and timings.
import * as THREE from 'three'
import { createPainter } from '../../../src/scene/painter'
import { createRecipe } from '../../../src/shared/recipe'
import type { SceneSpec } from '../../../src/shared/spec'

export type PainterHarness = {
  /** Paint and return the painting as a PNG data URL, drawn through a textured quad like the gallery does. */
  paint(spec: SceneSpec, seed: number, size: number): Promise<string>
  /** Wall-clock ms per paint (paint + mipmaps + a 1-pixel readback so the GPU work is really done). */
  time(spec: SceneSpec, seed: number, size: number, runs: number): number[]
}

const renderer = new THREE.WebGLRenderer({ antialias: false, preserveDrawingBuffer: true })
document.body.appendChild(renderer.domElement)
const painter = createPainter(renderer)
const show = new THREE.MeshBasicMaterial()
const quadScene = new THREE.Scene()
quadScene.add(new THREE.Mesh(new THREE.PlaneGeometry(2, 2), show))
const camera = new THREE.OrthographicCamera(-1, 1, 1, -1, 0, 1)
const probe = new THREE.WebGLRenderTarget(1, 1)
const pixel = new Uint8Array(4)

function finishPaint(texture: THREE.Texture): void {
  show.map = texture
  show.needsUpdate = true
  renderer.setRenderTarget(probe)
  renderer.render(quadScene, camera)
  renderer.setRenderTarget(null)
  renderer.readRenderTargetPixels(probe, 0, 0, 1, 1, pixel)
}

const harness: PainterHarness = {
  async paint(spec, seed, size) {
    const texture = painter.paint(createRecipe(spec, seed), size)
    renderer.setSize(size, size, false)
    show.map = texture
    show.needsUpdate = true
    renderer.render(quadScene, camera)
    const url = renderer.domElement.toDataURL('image/png')
    painter.release(texture)
    return url
  },
  time(spec, seed, size, runs) {
    const recipe = createRecipe(spec, seed)
    const out: number[] = []
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      const texture = painter.paint(recipe, size)
      finishPaint(texture)
      out.push(performance.now() - t0)
      painter.release(texture)
    }
    return out
  },
}

;(window as unknown as { painterHarness: PainterHarness }).painterHarness = harness
document.title = 'ready'
