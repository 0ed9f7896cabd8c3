import * as THREE from 'three'
import type { PaintRecipe } from '../../shared/recipe'
import type { Painter } from '../painter'
import type { PictureBoard } from './picture-board'
import { crossfadeProgress, PICTURE_CROSSFADE_MS, PICTURE_FADE_IN_MS, PICTURE_WAIT_MS } from './picture-fade'

export type { Painter }

export type PaintingInput = {
  id: string
  recipe: PaintRecipe
  position: { x: number; y: number; z: number }
  rotationY: number
}

export type PaintingEntry = PaintingInput & {
  mesh: THREE.Mesh<THREE.PlaneGeometry, THREE.MeshBasicMaterial>
  small: THREE.Texture | null
  large: THREE.Texture | null
  distance: number
  /** performance.now() when the first texture arrived, or -1 while unpainted. */
  fadeStart: number
  opacity: number
  urgent: boolean
  /** The AI picture on this plane, once it arrived; the procedural textures are freed after the fade. */
  picture: THREE.Texture | null
  /** A second plane, only while the picture fades in over the painting (one extra draw call, then none). */
  overlay: THREE.Mesh<THREE.PlaneGeometry, THREE.MeshBasicMaterial> | null
  crossStart: number
  /** Fade length for the first appearance: the picture's short fade when it came first. */
  fadeMs: number
  /** The recipe's content, to notice a new version of the artwork under the same id. */
  key: string
  /** A new version's painting is due: painted next, then crossfaded in over what the wall shows now. */
  repaint: boolean
  /** A picture that belonged to the version before: never brought back by the board, which may still hold it. */
  dropped: THREE.Texture | null
}

export type PaintSchedulerOptions = {
  /** @default 256 — every painting gets this first, so a 60-artwork gallery fills quickly. */
  smallSize?: number
  /** @default 1024 — only for the nearest few, which are close enough to show the detail. */
  largeSize?: number
  /** @default 10 */
  maxLarge?: number
  /** Paintings farther than this never get the large texture. @default 9 */
  largeRadius?: number
  /** Fade-in duration; docs/CLINICAL.md asks for ≥ 1 s so nothing pops. @default 1400 */
  fadeMs?: number
  /** Side of the square painting plane in metres. @default 1.1 */
  paintingSize?: number
}

const byDistance = (a: PaintingEntry, b: PaintingEntry) =>
  (a.urgent ? -1 : a.distance) - (b.urgent ? -1 : b.distance)

function easeInOut(t: number): number {
  const c = Math.min(1, Math.max(0, t))
  return c * c * (3 - 2 * c)
}

/**
 * Paints artworks onto planes a little at a time: at most one paint per `step` (one per frame), nearest first,
 * small for all and large for the nearest few. Vanilla so it can be tested without a renderer; the React layer
 * only calls `sync` and `step`.
 */
export function createPaintScheduler(painter: Painter, options: PaintSchedulerOptions = {}) {
  const smallSize = options.smallSize ?? 256
  const largeSize = options.largeSize ?? 1024
  const maxLarge = options.maxLarge ?? 10
  const largeRadius = options.largeRadius ?? 9
  const fadeMs = options.fadeMs ?? 1400
  const size = options.paintingSize ?? 1.1
  const geometry = new THREE.PlaneGeometry(size, size)
  const group = new THREE.Group()
  group.name = 'paintings'
  const entries = new Map<string, PaintingEntry>()
  const order: PaintingEntry[] = []
  let framesStepped = 0
  let contextLost = false
  let synced = false
  /** Recent paint durations, for the bench and for tuning on slow GPUs. */
  const paintLog: Array<{ size: number; ms: number }> = []
  const timedPaint = (recipe: PaintRecipe, size: number): THREE.Texture => {
    const t0 = performance.now()
    const texture = painter.paint(recipe, size)
    if (paintLog.length >= 64) paintLog.shift()
    paintLog.push({ size, ms: performance.now() - t0 })
    return texture
  }
  const camera = new THREE.Vector3()
  const warmUps: PaintRecipe[] = []
  let pictures: PictureBoard | null = null

  function releaseProcedural(e: PaintingEntry): void {
    if (e.small) painter.release(e.small)
    if (e.large) painter.release(e.large)
    e.small = e.large = null
  }

  function dropOverlay(e: PaintingEntry): void {
    if (!e.overlay) return
    group.remove(e.overlay)
    e.overlay.material.dispose()
    e.overlay = null
  }

  /** The picture arrived: fade it in over the painting, or (nothing on the wall yet) simply fade it in. */
  function takePicture(e: PaintingEntry, texture: THREE.Texture, now: number): void {
    if (e.dropped && e.mesh.material.map === e.dropped) settleVersionFade(e)
    e.picture = texture
    e.dropped = null
    if (e.fadeStart < 0) {
      dropOverlay(e)
      releaseProcedural(e)
      e.fadeMs = PICTURE_FADE_IN_MS
      show(e, texture, now)
      return
    }
    crossfadeTo(e, texture, now)
  }

  /** A new look (the AI picture, or a new version's painting) fades in on a second plane over what is shown. */
  function crossfadeTo(e: PaintingEntry, texture: THREE.Texture, now: number): void {
    const previous = e.overlay?.material.map
    // A new version's painting that was still fading in is superseded: its texture is ours to free.
    if (previous && previous !== e.picture && previous !== texture) painter.release(previous)
    dropOverlay(e)
    const material = new THREE.MeshBasicMaterial({
      map: texture,
      transparent: true,
      opacity: 0,
      toneMapped: false,
      depthWrite: false,
      // Drawn on the same plane as the painting, a hair nearer in depth, so it never flickers against it.
      polygonOffset: true,
      polygonOffsetFactor: -1,
      polygonOffsetUnits: -4,
    })
    const overlay = new THREE.Mesh(geometry, material)
    overlay.matrix.copy(e.mesh.matrix)
    overlay.matrixAutoUpdate = false
    overlay.renderOrder = 1
    overlay.name = `picture:${e.id}`
    group.add(overlay)
    e.overlay = overlay
    e.crossStart = now
  }

  /**
   * A new version's own picture came while the plane still showed the version before's picture under the fade to
   * the new painting. The board frees that old picture as it hands over the new one, so the plane takes the new
   * version's painting at once (painted now if it was not yet) and the picture fades in over it.
   */
  function settleVersionFade(e: PaintingEntry): void {
    const fading = e.overlay?.material.map ?? null
    const painting = fading ?? timedPaint(e.recipe, smallSize)
    e.repaint = false
    dropOverlay(e)
    e.mesh.material.map = painting
    if (e.small && e.small !== painting) painter.release(e.small)
    if (e.large && e.large !== painting) painter.release(e.large)
    e.small = painting
    e.large = null
  }

  /** Paints a new version of a painting that is on the wall, and starts the crossfade to it. */
  function repaintVersion(e: PaintingEntry, now: number): void {
    e.repaint = false
    e.urgent = false
    const texture = timedPaint(e.recipe, smallSize)
    crossfadeTo(e, texture, now)
  }

  /** Per frame: a new picture starts its fade; a running fade moves on, and when done the plane holds the picture. */
  function stepPicture(e: PaintingEntry, now: number): void {
    const texture = pictures?.get(e.id)?.texture ?? null
    if (texture && texture !== e.picture && texture !== e.dropped) takePicture(e, texture, now)
    if (!e.overlay) return
    const p = crossfadeProgress(now - e.crossStart, PICTURE_CROSSFADE_MS)
    e.overlay.material.opacity = p * e.opacity
    if (p < 1) return
    // The plane itself now shows the new look: the second plane and whatever it covered go.
    const incoming = e.overlay.material.map
    e.mesh.material.map = incoming
    dropOverlay(e)
    if (incoming === e.picture) {
      releaseProcedural(e)
      return
    }
    // A new version's painting: the old textures (and the old version's picture) leave the wall.
    if (e.small && e.small !== incoming) painter.release(e.small)
    if (e.large) painter.release(e.large)
    e.small = incoming
    e.large = null
    e.picture = null
  }

  /** A painting not on the wall yet whose picture is ready and on its way waits for it (a welcome, a reconnect). */
  function waitsForPicture(e: PaintingEntry, now: number): boolean {
    if (e.picture) return true
    const slot = pictures?.get(e.id)
    return !!slot?.loading && e.fadeStart < 0 && now - slot.loadingSince < PICTURE_WAIT_MS
  }

  function dropTextures(e: PaintingEntry): void {
    const pending = e.overlay?.material.map
    if (pending && pending !== e.picture) painter.release(pending)
    releaseProcedural(e)
    dropOverlay(e)
    // The picture texture belongs to the board; the plane only lets go of it.
    e.picture = null
    e.mesh.material.map = null
    e.fadeStart = -1
    e.opacity = 0
    e.mesh.visible = false
  }

  function warmUpOne(): boolean {
    const recipe = warmUps.shift()
    if (!recipe) return false
    painter.release(painter.paint(recipe, 16))
    return true
  }

  /**
   * A painting whose place changed (in a landscape the newest stands at the lookout and the others move on to the
   * easels) goes to its new place. It does not glide there: it fades in again where it now stands, as it did the
   * first time, so nothing jumps in front of the client.
   */
  function moveTo(e: PaintingEntry, input: PaintingInput): void {
    const p = input.position
    if (
      p.x === e.position.x &&
      p.y === e.position.y &&
      p.z === e.position.z &&
      input.rotationY === e.rotationY
    )
      return
    e.position = { ...p }
    e.rotationY = input.rotationY
    for (const mesh of e.overlay ? [e.mesh, e.overlay] : [e.mesh]) {
      mesh.position.set(p.x, p.y, p.z)
      mesh.rotation.y = input.rotationY
      mesh.updateMatrix()
    }
    if (e.fadeStart >= 0) {
      e.fadeStart = Number.NEGATIVE_INFINITY // restarted at the next step, on that step's clock
      e.opacity = 0
      e.mesh.material.opacity = 0
      e.mesh.visible = false
    }
  }

  function show(e: PaintingEntry, texture: THREE.Texture, now: number): void {
    const hadMap = e.mesh.material.map !== null
    e.mesh.material.map = texture
    // The shader changes only when a map first appears; swapping small → large keeps the program.
    if (!hadMap) e.mesh.material.needsUpdate = true
    if (e.fadeStart < 0) e.fadeStart = now
  }

  return {
    group,
    entries,
    paintLog,
    /** Adds planes for new artworks and removes those gone; existing paintings are untouched. */
    sync(inputs: readonly PaintingInput[]): void {
      const keep = new Set(inputs.map((i) => i.id))
      for (const [id, e] of entries)
        if (!keep.has(id)) {
          dropTextures(e)
          e.mesh.material.dispose()
          group.remove(e.mesh)
          entries.delete(id)
        }
      for (const input of inputs) {
        const existing = entries.get(input.id)
        if (existing) {
          moveTo(existing, input)
          const key = JSON.stringify(input.recipe)
          if (key === existing.key) continue
          // A new version of this artwork (refinement): the wall crossfades to it, never pops.
          existing.key = key
          existing.recipe = input.recipe
          if (existing.fadeStart < 0) releaseProcedural(existing)
          else {
            existing.repaint = true
            existing.urgent = true
            if (existing.picture) existing.dropped = existing.picture
          }
          continue
        }
        const material = new THREE.MeshBasicMaterial({
          transparent: true,
          opacity: 0,
          toneMapped: false,
          color: 0xffffff,
        })
        const mesh = new THREE.Mesh(geometry, material)
        mesh.position.set(input.position.x, input.position.y, input.position.z)
        mesh.rotation.y = input.rotationY
        mesh.visible = false
        mesh.name = `painting:${input.id}`
        mesh.updateMatrix()
        mesh.matrixAutoUpdate = false
        group.add(mesh)
        // Artworks arriving after the first load are the client's new words: paint them before anything else.
        const entry: PaintingEntry = {
          ...input,
          mesh,
          small: null,
          large: null,
          distance: 0,
          fadeStart: -1,
          opacity: 0,
          urgent: synced,
          picture: null,
          overlay: null,
          crossStart: 0,
          fadeMs,
          key: JSON.stringify(input.recipe),
          repaint: false,
          dropped: null,
        }
        entries.set(input.id, entry)
      }
      order.length = 0
      for (const e of entries.values()) order.push(e)
      synced = true
    },
    /** One frame of work: update fades, then paint at most one texture. Returns true when it painted. */
    step(viewer: THREE.Object3D, now: number): boolean {
      viewer.getWorldPosition(camera)
      for (const e of order) {
        e.distance = Math.hypot(e.position.x - camera.x, e.position.y - camera.y, e.position.z - camera.z)
        if (pictures || e.picture || e.overlay) stepPicture(e, now)
        if (e.fadeStart === Number.NEGATIVE_INFINITY) e.fadeStart = now
        if (e.fadeStart >= 0 && e.opacity < 1) {
          e.opacity = easeInOut((now - e.fadeStart) / e.fadeMs)
          e.mesh.material.opacity = e.opacity
          e.mesh.visible = e.opacity > 0.001
        }
      }
      if (contextLost) return false
      // Never paint before the gallery's first frame is on screen: a painting's first paint compiles its shader,
      // which on a slow GPU would hold the whole first view back by a second or more.
      if (++framesStepped <= 1) return false
      if (order.length === 0) return warmUpOne()
      order.sort(byDistance)
      // Downgrade far paintings first (no paint cost), keeping a little hysteresis so nothing flips back and forth.
      for (let i = maxLarge + 2; i < order.length; i++) {
        const e = order[i]!
        if (e.large && e.small && !e.overlay) {
          e.mesh.material.map = e.small
          painter.release(e.large)
          e.large = null
        }
      }
      for (const e of order)
        if (e.repaint) {
          repaintVersion(e, now)
          return true
        }
      for (const e of order)
        if (!e.small && !waitsForPicture(e, now)) {
          e.small = timedPaint(e.recipe, smallSize)
          e.urgent = false
          if (!e.large) show(e, e.small, now)
          return true
        }
      for (let i = 0; i < Math.min(maxLarge, order.length); i++) {
        const e = order[i]!
        if (!e.large && !waitsForPicture(e, now) && e.distance <= largeRadius) {
          e.large = timedPaint(e.recipe, largeSize)
          show(e, e.large, now)
          return true
        }
      }
      return warmUpOne()
    },
    /**
     * Recipes to paint tiny and throw away when there is nothing else to do: each first paint of a composition
     * compiles its shader (over a second on a software GPU), which would otherwise delay the client's next words.
     */
    warmUp(recipes: readonly PaintRecipe[]): void {
      warmUps.push(...recipes)
    },
    /** Where the AI pictures come from (null: none, as in solo use). */
    setPictures(board: PictureBoard | null): void {
      pictures = board
    },
    /** Per painting with a picture: 'fading' while the crossfade runs (progress 0…1), then 'shown'. */
    pictureStates(
      now = performance.now(),
    ): Array<{ id: string; state: 'fading' | 'shown'; progress: number }> {
      const out: Array<{ id: string; state: 'fading' | 'shown'; progress: number }> = []
      for (const e of entries.values()) {
        if (!e.picture) continue
        const progress = e.overlay ? crossfadeProgress(now - e.crossStart) : e.opacity
        out.push({ id: e.id, state: e.overlay || e.opacity < 1 ? 'fading' : 'shown', progress })
      }
      return out
    },
    contextLost(): void {
      contextLost = true
    },
    /**
     * Render targets come back empty after a context loss. Repaint every small texture at once, before the next
     * frame, so no painting ever shows black; the large ones are released and come back time-sliced as usual.
     */
    contextRestored(): void {
      contextLost = false
      for (const e of entries.values()) {
        if (e.large) {
          painter.release(e.large)
          e.large = null
          if (e.small) e.mesh.material.map = e.small
        }
        if (e.small) painter.repaint(e.small, e.recipe)
      }
    },
    paintedCount(): number {
      let n = 0
      for (const e of entries.values()) if (e.small || e.large || e.picture) n++
      return n
    },
    /** Approximate GPU bytes of painted textures, with mipmaps. */
    textureBytes(): number {
      let bytes = 0
      for (const e of entries.values()) {
        if (e.small) bytes += smallSize * smallSize * 4 * (4 / 3)
        if (e.large) bytes += largeSize * largeSize * 4 * (4 / 3)
      }
      return bytes
    },
    dispose(): void {
      for (const e of entries.values()) {
        dropTextures(e)
        e.mesh.material.dispose()
      }
      entries.clear()
      warmUps.length = 0
      group.clear()
      order.length = 0
      synced = false
      geometry.dispose()
    },
  }
}

export type PaintScheduler = ReturnType<typeof createPaintScheduler>
