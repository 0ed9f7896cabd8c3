import * as THREE from 'three'
import type { PaintRecipe } from '../../shared/recipe'
import { composeFragment, FINISH_FRAGMENT, PAINTER_VERTEX } from './shader-source'
import { createProfileTexture, fillProfileTexture } from './profiles'
import { applyRecipe, createPainterUniforms } from './uniforms'

/** Renders recipes into textures, once each (paintings never animate, so they cost nothing per frame). */
export type Painter = {
  /**
   * Paint `recipe` into a new `size`×`size` render target and return its texture (sRGB, mipmapped).
   * @default size 1024
   */
  paint(recipe: PaintRecipe, size?: number): THREE.Texture
  /** Paint again into the render target behind `texture` (after a context loss); materials keep their reference. */
  repaint(texture: THREE.Texture, recipe: PaintRecipe): void
  /** Free the render target behind a texture this painter made. */
  release(texture: THREE.Texture): void
  /** Free the painter's quad, material and every render target it still owns. */
  dispose(): void
}

/** Capture what painting changes on a shared renderer so the gallery frame after it is untouched. */
function withRendererState(renderer: THREE.WebGLRenderer, draw: () => void): void {
  const target = renderer.getRenderTarget()
  const face = renderer.getActiveCubeFace()
  const level = renderer.getActiveMipmapLevel()
  const xr = renderer.xr.enabled
  const autoClear = renderer.autoClear
  const clearColour = renderer.getClearColor(new THREE.Color())
  const clearAlpha = renderer.getClearAlpha()
  const scissorTest = renderer.getScissorTest()
  try {
    // With XR presenting, render() would draw the stereo XR camera instead of our quad.
    renderer.xr.enabled = false
    renderer.autoClear = false
    renderer.setScissorTest(false)
    draw()
  } finally {
    renderer.setRenderTarget(target, face, level)
    renderer.xr.enabled = xr
    renderer.autoClear = autoClear
    renderer.setClearColor(clearColour, clearAlpha)
    renderer.setScissorTest(scissorTest)
  }
}

/**
 * The composition is painted at about half size (128…448) and finished (fine grain, dither) at full size: soft
 * painted shapes lose nothing, and a software rasteriser paints a 1024 in budget (448² is 77% of 512²'s
 * pixels; the soft edges are widened in pixels anyway), a 256 about 16× cheaper.
 */
const composeSizeFor = (size: number): number =>
  Math.max(Math.min(size, 128), Math.min(448, Math.round(size / 2)))

export function createPainter(renderer: THREE.WebGLRenderer): Painter {
  const uniforms = createPainterUniforms()
  const profiles = createProfileTexture()
  uniforms.uProfiles = { value: profiles }
  const composedInput: THREE.IUniform<THREE.Texture | null> = { value: null }
  uniforms.uComposed = composedInput
  const material = (fragmentShader: string): THREE.RawShaderMaterial =>
    new THREE.RawShaderMaterial({
      glslVersion: THREE.GLSL3,
      vertexShader: PAINTER_VERTEX,
      fragmentShader,
      uniforms,
      depthTest: false,
      depthWrite: false,
    })
  // Compiled lazily: a gallery of beaches never compiles the forest.
  const composers = new Map<number, THREE.RawShaderMaterial>()
  const finisher = material(FINISH_FRAGMENT)
  const quad = new THREE.Mesh(new THREE.PlaneGeometry(2, 2), finisher)
  quad.frustumCulled = false
  const scene = new THREE.Scene()
  scene.add(quad)
  const camera = new THREE.OrthographicCamera(-1, 1, 1, -1, 0, 1)
  const targets = new Map<THREE.Texture, THREE.WebGLRenderTarget>()
  // Scratch targets for the compose pass, one per size, reused across paints.
  const scratch = new Map<number, THREE.WebGLRenderTarget>()
  const anisotropy = Math.min(4, renderer.capabilities.getMaxAnisotropy())

  const scratchFor = (size: number): THREE.WebGLRenderTarget => {
    let target = scratch.get(size)
    if (!target) {
      // Half float keeps the soft sky gradients smooth until the finish pass dithers them.
      target = new THREE.WebGLRenderTarget(size, size, {
        type: THREE.HalfFloatType,
        minFilter: THREE.LinearFilter,
        magFilter: THREE.LinearFilter,
        generateMipmaps: false,
        depthBuffer: false,
        stencilBuffer: false,
      })
      scratch.set(size, target)
    }
    return target
  }

  const composerFor = (composition: number): THREE.RawShaderMaterial => {
    let m = composers.get(composition)
    if (!m) {
      m = material(composeFragment(composition))
      composers.set(composition, m)
    }
    return m
  }

  const drawInto = (target: THREE.WebGLRenderTarget, recipe: PaintRecipe): void => {
    const size = target.width
    const composeSize = composeSizeFor(size)
    const composed = scratchFor(composeSize)
    fillProfileTexture(profiles, recipe)
    withRendererState(renderer, () => {
      applyRecipe(uniforms, recipe, composeSize)
      quad.material = composerFor(recipe.composition)
      renderer.setRenderTarget(composed)
      renderer.render(scene, camera)
      applyRecipe(uniforms, recipe, size)
      composedInput.value = composed.texture
      quad.material = finisher
      renderer.setRenderTarget(target)
      // render() regenerates the target's mipmaps after drawing (generateMipmaps is on).
      renderer.render(scene, camera)
    })
  }
  return {
    paint(recipe, size = 1024) {
      const target = new THREE.WebGLRenderTarget(size, size, {
        colorSpace: THREE.SRGBColorSpace,
        generateMipmaps: true,
        minFilter: THREE.LinearMipmapLinearFilter,
        magFilter: THREE.LinearFilter,
        depthBuffer: false,
        stencilBuffer: false,
      })
      target.texture.anisotropy = anisotropy
      target.texture.name = `painting:${recipe.biome}:${recipe.seed}`
      drawInto(target, recipe)
      targets.set(target.texture, target)
      return target.texture
    },
    repaint(texture, recipe) {
      const target = targets.get(texture)
      if (!target) throw new Error('repaint: texture was not painted by this painter')
      drawInto(target, recipe)
    },
    release(texture) {
      targets.get(texture)?.dispose()
      targets.delete(texture)
    },
    dispose() {
      for (const target of targets.values()) target.dispose()
      targets.clear()
      for (const target of scratch.values()) target.dispose()
      scratch.clear()
      for (const m of composers.values()) m.dispose()
      composers.clear()
      finisher.dispose()
      profiles.dispose()
      quad.geometry.dispose()
    },
  }
}
