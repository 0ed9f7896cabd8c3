import * as THREE from 'three'
import header from '../../../shaders/painter/header.glsl?raw'
import noise from '../../../shaders/painter/noise.glsl?raw'
import vertex from '../../../shaders/painter/painter.vert.glsl?raw'
import compose from '../../../shaders/panorama/panorama.frag.glsl?raw'
import finish from '../../../shaders/panorama/finish.frag.glsl?raw'
import type { PaintRecipe } from '../../shared/recipe/schema'
import {
  PANORAMA_PROFILE_ROWS,
  PANORAMA_PROFILE_WIDTH,
  panoramaProfiles,
} from '../../shared/landscape/panorama-profiles'
import { compositionDefines } from '../painter/shader-defines'
import { applyRecipe, createPainterUniforms } from '../painter/uniforms'

export type PanoramaPainter = {
  /**
   * Paint `recipe` as a seamless 2:1 equirectangular panorama, `width` × `width / 2`, wrapping in u. The texels are
   * display (sRGB-encoded) values in a plain 8-bit texture, not decoded when sampled: the sky dome shows them as
   * they are, and neither the paint nor the hardware spends time on sRGB conversions.
   * `sunDirection` places the sun or moon (world space, y up); by default it follows the recipe's sun.
   * @default width 2048
   */
  paint(recipe: PaintRecipe, options?: { width?: number; sunDirection?: readonly number[] }): THREE.Texture
  /** The render target behind a painted texture (to read its pixels back in tests and the bench). */
  targetOf(texture: THREE.Texture): THREE.WebGLRenderTarget | undefined
  release(texture: THREE.Texture): void
  dispose(): void
}

/** The recipe's sun, from canvas units to a direction: x across ±40° ahead, y above the horizon. */
export function recipeSunDirection(recipe: PaintRecipe): THREE.Vector3 {
  const az = (recipe.sun.position[0] - 0.5) * ((80 * Math.PI) / 180)
  const el = Math.max(-0.05, (recipe.sun.position[1] - recipe.horizon) * 1.1)
  return new THREE.Vector3(
    Math.cos(el) * Math.sin(az),
    Math.sin(el),
    -Math.cos(el) * Math.cos(az),
  ).normalize()
}

export function createPanoramaPainter(renderer: THREE.WebGLRenderer): PanoramaPainter {
  const uniforms = createPainterUniforms()
  const profiles = new THREE.DataTexture(
    new Uint16Array(PANORAMA_PROFILE_WIDTH * PANORAMA_PROFILE_ROWS),
    PANORAMA_PROFILE_WIDTH,
    PANORAMA_PROFILE_ROWS,
    THREE.RedFormat,
    THREE.HalfFloatType,
  )
  profiles.wrapS = THREE.RepeatWrapping
  profiles.minFilter = profiles.magFilter = THREE.LinearFilter
  profiles.generateMipmaps = false
  uniforms.uProfiles = { value: profiles }
  uniforms.uSunDir = { value: new THREE.Vector3(0, 0.3, -1).normalize() }
  const composed: THREE.IUniform<THREE.Texture | null> = { value: null }
  uniforms.uComposed = composed
  const material = (fragmentShader: string) =>
    new THREE.RawShaderMaterial({
      glslVersion: THREE.GLSL3,
      vertexShader: vertex,
      fragmentShader,
      uniforms,
      depthTest: false,
      depthWrite: false,
    })
  const composers = new Map<number, THREE.RawShaderMaterial>()
  const finisher = material([header, noise, finish].join('\n'))
  const quad = new THREE.Mesh(new THREE.PlaneGeometry(2, 2), finisher)
  quad.frustumCulled = false
  const scene = new THREE.Scene().add(quad)
  const camera = new THREE.OrthographicCamera(-1, 1, 1, -1, 0, 1)
  const targets = new Map<THREE.Texture, THREE.WebGLRenderTarget>()
  const scratch = new Map<number, THREE.WebGLRenderTarget>()

  const composerFor = (c: number) => {
    let m = composers.get(c)
    if (!m) {
      m = material([compositionDefines(c), header, noise, compose].join('\n'))
      composers.set(c, m)
    }
    return m
  }
  const scratchFor = (width: number) => {
    let t = scratch.get(width)
    if (!t) {
      t = new THREE.WebGLRenderTarget(width, width / 2, {
        type: THREE.HalfFloatType,
        minFilter: THREE.LinearFilter,
        magFilter: THREE.LinearFilter,
        wrapS: THREE.RepeatWrapping,
        generateMipmaps: false,
        depthBuffer: false,
      })
      scratch.set(width, t)
    }
    return t
  }

  return {
    paint(recipe, options = {}) {
      const width = Math.max(64, Math.round((options.width ?? 2048) / 2) * 2)
      const target = new THREE.WebGLRenderTarget(width, width / 2, {
        minFilter: THREE.LinearFilter,
        magFilter: THREE.LinearFilter,
        wrapS: THREE.RepeatWrapping,
        generateMipmaps: false,
        depthBuffer: false,
      })
      target.texture.name = `panorama:${recipe.biome}:${recipe.seed}`
      const half = scratchFor(Math.max(64, width / 2))
      const values = panoramaProfiles(recipe.ridges, recipe.offset)
      const data = profiles.image.data as Uint16Array
      for (let i = 0; i < values.length; i++) data[i] = THREE.DataUtils.toHalfFloat(values[i] ?? 0)
      profiles.needsUpdate = true
      const sun = options.sunDirection
      ;(uniforms.uSunDir!.value as THREE.Vector3)
        .copy(sun ? new THREE.Vector3(sun[0], sun[1], sun[2]) : recipeSunDirection(recipe))
        .normalize()
      const previous = {
        target: renderer.getRenderTarget(),
        xr: renderer.xr.enabled,
        autoClear: renderer.autoClear,
        scissor: renderer.getScissorTest(),
      }
      try {
        renderer.xr.enabled = false
        renderer.autoClear = false
        renderer.setScissorTest(false)
        applyRecipe(uniforms, recipe, half.height)
        // The compose pass reads the resolution as (width, height); px() uses height.
        ;(uniforms.uRes!.value as THREE.Vector2).set(half.width, half.height)
        quad.material = composerFor(recipe.composition)
        renderer.setRenderTarget(half)
        renderer.render(scene, camera)
        ;(uniforms.uRes!.value as THREE.Vector2).set(width, width / 2)
        composed.value = half.texture
        quad.material = finisher
        renderer.setRenderTarget(target)
        renderer.render(scene, camera)
      } finally {
        renderer.setRenderTarget(previous.target)
        renderer.xr.enabled = previous.xr
        renderer.autoClear = previous.autoClear
        renderer.setScissorTest(previous.scissor)
      }
      targets.set(target.texture, target)
      return target.texture
    },
    targetOf: (texture) => targets.get(texture),
    release(texture) {
      targets.get(texture)?.dispose()
      targets.delete(texture)
    },
    dispose() {
      for (const t of targets.values()) t.dispose()
      targets.clear()
      for (const t of scratch.values()) t.dispose()
      for (const m of composers.values()) m.dispose()
      finisher.dispose()
      profiles.dispose()
      quad.geometry.dispose()
    },
  }
}
