import * as THREE from 'three'
import type { PaintRecipe } from '../../shared/recipe'
import type { Painter } from '../painter'
import { createEaselGeometry } from './versions-geometry'
import type { VersionPlacement } from './versions-layout'
import {
  CARD_WIDTH,
  createEaselMaterial,
  createLabelAtlas,
  labelRect,
  type EaselMaterial,
} from './versions-material'

// The versions side by side, vanilla so it is tested without a renderer; versions-view.tsx only calls
// sync, step and dispose. One mesh (one draw call) per version; the paintings come from the same painter and seeds
// as the wall's, painted one per frame; everything fades in and out (docs/CLINICAL.md: no pops).

export type StandItem = {
  /** The version's id. */
  id: string
  recipe: PaintRecipe
  place: VersionPlacement
  /** True for the version on the wall (its card says so). */
  current: boolean
}

export type VersionsStandOptions = {
  /** Fade in and out, ms (≥ 600). @default 1200 */
  fadeMs?: number
  /** Painting texture size. @default 512 */
  paintSize?: number
  /** The label atlas; a canvas texture by default (tests pass a plain texture). */
  createLabels?: () => THREE.Texture
  /** How fast the gentle glow follows the pointer, per ms. @default 0.006 */
  glowRate?: number
}

type Easel = {
  item: StandItem
  index: number
  mesh: THREE.Mesh<THREE.BufferGeometry, EaselMaterial>
  texture: THREE.Texture | null
  /** Fade 0…1 (eased on display); rises once painted, falls when leaving. */
  fade: number
  leaving: boolean
  key: string
}

const ease = (t: number) => {
  const c = Math.min(1, Math.max(0, t))
  return c * c * (3 - 2 * c)
}

export function createVersionsStand(painter: Painter, options: VersionsStandOptions = {}) {
  const fadeMs = Math.max(600, options.fadeMs ?? 1200)
  const paintSize = options.paintSize ?? 512
  const glowRate = options.glowRate ?? 0.006
  const labels = (options.createLabels ?? createLabelAtlas)()
  const group = new THREE.Group()
  group.name = 'versions'
  const geometries = new Map<number, THREE.BufferGeometry>()
  const easels = new Map<string, Easel>()
  let open = true
  let last = -1
  // Draws counted by the renderer itself (onAfterRender), per frame: what the test API reports as drawn.
  let drawing = 0
  let drawn = 0
  const countDraw = () => void drawing++
  let hovered: string | null = null

  const geometryFor = (size: number) => {
    const key = Math.round(size * 1000)
    let g = geometries.get(key)
    if (!g) {
      g = createEaselGeometry(size)
      geometries.set(key, g)
    }
    return g
  }

  function place(e: Easel): void {
    const { place: p } = e.item
    e.mesh.geometry = geometryFor(p.size)
    e.mesh.position.set(p.x, 0, p.z)
    e.mesh.rotation.set(0, p.rotationY, 0)
    e.mesh.updateMatrix()
    const m = e.mesh.material.uniforms
    m.uLabelRect.value.copy(labelRect(e.index, e.item.current))
    m.uCardWidth.value = e.item.current ? CARD_WIDTH.current : CARD_WIDTH.plain
  }

  function drop(e: Easel): void {
    if (e.texture) painter.release(e.texture)
    e.texture = null
    e.mesh.material.dispose()
    group.remove(e.mesh)
    easels.delete(e.item.id)
  }

  return {
    group,
    /** The versions to show, in order (version 1 first); others fade away. */
    sync(items: readonly StandItem[]): void {
      const keep = new Set(items.map((i) => i.id))
      for (const e of easels.values()) if (!keep.has(e.item.id)) e.leaving = true
      items.forEach((item, index) => {
        const key = JSON.stringify(item.recipe)
        let e = easels.get(item.id)
        if (!e) {
          const mesh = new THREE.Mesh(geometryFor(item.place.size), createEaselMaterial(labels))
          mesh.name = `version:${index + 1}`
          mesh.userData.versionId = item.id
          mesh.matrixAutoUpdate = false
          mesh.visible = false
          mesh.onAfterRender = countDraw
          group.add(mesh)
          e = { item, index, mesh, texture: null, fade: 0, leaving: false, key }
          easels.set(item.id, e)
        }
        if (e.key !== key && e.texture) {
          painter.release(e.texture)
          e.texture = null
          e.fade = 0
        }
        e.item = item
        e.index = index
        e.key = key
        e.leaving = false
        e.mesh.name = `version:${index + 1}`
        place(e)
      })
    },
    /** Open (fade in) or close (fade everything out, then `step` reports done). */
    setOpen(next: boolean): void {
      open = next
    },
    /** The pointer is over this version (or none): its easel brightens a little. */
    hover(id: string | null): void {
      hovered = id
    },
    /**
     * One frame: fades move on, and at most one painting is painted. Returns false once closed and fully faded out
     * (the caller then unmounts and disposes: nothing stays on the frame loop).
     */
    step(now: number): boolean {
      const dt = last < 0 ? 16 : Math.min(100, now - last)
      last = now
      drawn = drawing
      drawing = 0
      for (const e of [...easels.values()]) {
        const target = open && !e.leaving && e.texture ? 1 : 0
        e.fade += Math.sign(target - e.fade) * Math.min(Math.abs(target - e.fade), dt / fadeMs)
        if (e.leaving && e.fade <= 0) {
          drop(e)
          continue
        }
        const u = e.mesh.material.uniforms
        u.uOpacity.value = ease(e.fade)
        const glow = e.item.id === hovered && open ? 1 : 0
        u.uGlow.value +=
          Math.sign(glow - u.uGlow.value) * Math.min(Math.abs(glow - u.uGlow.value), dt * glowRate)
        e.mesh.visible = u.uOpacity.value > 0.001
      }
      if (open) {
        for (const e of easels.values())
          if (!e.texture && !e.leaving) {
            e.texture = painter.paint(e.item.recipe, paintSize)
            e.mesh.material.uniforms.uMap.value = e.texture
            break
          }
      }
      if (open) return true
      for (const e of easels.values()) if (e.fade > 0) return true
      return false
    },
    /** What the test API reads: per version its fade, whether painted, and whether it hangs. */
    probe(): Array<{ id: string; index: number; opacity: number; painted: boolean; current: boolean }> {
      return [...easels.values()]
        .filter((e) => !e.leaving)
        .sort((a, b) => a.index - b.index)
        .map((e) => ({
          id: e.item.id,
          index: e.index,
          opacity: e.mesh.material.uniforms.uOpacity.value,
          painted: e.texture !== null,
          current: e.item.current,
        }))
    },
    /** Easel meshes the renderer drew in the last frame (one draw call each: one geometry, one material). */
    drawn(): number {
      return drawn
    },
    /** Frees every texture, material and geometry (the painter is the caller's). */
    dispose(): void {
      for (const e of [...easels.values()]) drop(e)
      for (const g of geometries.values()) g.dispose()
      geometries.clear()
      labels.dispose()
      group.clear()
    },
  }
}

export type VersionsStand = ReturnType<typeof createVersionsStand>
