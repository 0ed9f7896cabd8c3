import * as THREE from 'three'
import type { PaintRecipe } from '../../shared/recipe'
import type { Painter } from '../painter'
import {
  fadeOpacity,
  firstDrawnMs,
  isOnWall,
  isVisibleOpacity,
  pictureState,
  RESTART,
  type PictureState,
} from './paint-fade'
import {
  distanceBetween,
  paintSettings,
  planPaint,
  textureBytes,
  waitsForPicture,
  type PaintSchedulerOptions,
  type PlanFacts,
} from './paint-plan'
import { createPlanes } from './paint-planes'
import type { PaintingEntry, PaintingInput, PaintingRecord } from './paint-record'
import { createPaintingSet } from './paint-sync'
import { borrow, createTextureSource, type PaintLogEntry } from './paint-textures'
import { createWall } from './paint-wall'
import type { PictureBoard } from './picture-board'

export type { Painter, PaintingEntry, PaintingInput, PaintSchedulerOptions }
export type { BorrowedTexture, OwnedTexture } from './paint-textures'

export type PaintScheduler = {
  readonly group: THREE.Group
  readonly entries: ReadonlyMap<string, PaintingEntry>
  /** Recent paint durations in ms by texture size (newest last). */
  readonly paintLog: readonly PaintLogEntry[]
  /** Adds planes for new artworks and removes those gone; existing paintings are untouched. */
  sync(inputs: readonly PaintingInput[]): void
  /** One frame of work: update fades, then paint at most one texture. Returns true when it painted. */
  step(viewer: THREE.Object3D, now: number): boolean
  /**
   * Recipes to paint tiny and throw away when there is nothing else to do: each first paint of a composition
   * compiles its shader (over a second on a software GPU), which would otherwise delay the client's next words.
   */
  warmUp(recipes: readonly PaintRecipe[]): void
  /** Where the AI pictures come from (null: none, as in solo use). */
  setPictures(board: PictureBoard | null): void
  /** Per painting with a picture: 'fading' while the crossfade runs (progress 0…1), then 'shown'. */
  pictureStates(now?: number): PictureState[]
  contextLost(): void
  /**
   * Render targets come back empty after a context loss. Repaint every small texture at once, before the next
   * frame, so no painting ever shows black; the large ones are released and come back time-sliced as usual.
   */
  contextRestored(): void
  paintedCount(): number
  /** Approximate GPU bytes of painted textures, with mipmaps. */
  textureBytes(): number
  /** Frees every texture; the scheduler stays usable and refills on the next sync. */
  dispose(): void
}

const factsOf = (r: PaintingRecord): PlanFacts => ({
  distance: r.queue.distance,
  urgent: r.queue.urgent,
  repaint: r.queue.repaint,
  hasSmall: r.painted.small !== null,
  hasLarge: r.painted.large !== null,
  crossfading: r.overlay !== null,
})

/**
 * Paints artworks onto planes a little at a time: at most one paint per `step` (one per frame), nearest first,
 * small for all and large for the nearest few. Vanilla so it can be tested without a renderer; the React layer
 * only calls `sync` and `step`. The decisions are pure (paint-plan.ts, paint-fade.ts); who frees which texture is
 * in the types (paint-textures.ts, paint-record.ts) and happens in paint-wall.ts.
 */
export function createPaintScheduler(painter: Painter, options: PaintSchedulerOptions = {}): PaintScheduler {
  const settings = paintSettings(options)
  const source = createTextureSource(painter)
  const planes = createPlanes(settings.paintingSize)
  const wall = createWall(source, planes, settings)
  const paintings = createPaintingSet(planes, wall, settings.fadeMs)
  const camera = new THREE.Vector3()
  const warmUps: PaintRecipe[] = []
  let order: PaintingRecord[] = []
  let framesStepped = 0
  let contextLost = false
  let pictures: PictureBoard | null = null

  function warmUpOne(): boolean {
    const recipe = warmUps.shift()
    if (!recipe) return false
    source.warmUp(recipe)
    return true
  }

  const waits = (r: PaintingRecord, now: number) =>
    waitsForPicture(r.pictures.shown !== null, isOnWall(r.fade), pictures?.get(r.id), now)

  /** Fades and crossfades move on for every painting, every frame, painted or not. */
  function stepFades(r: PaintingRecord, now: number): void {
    r.queue.distance = distanceBetween(r.art.position, camera)
    if (pictures || r.pictures.shown || r.overlay) {
      const texture = pictures?.get(r.id)?.texture
      wall.stepPicture(r, texture ? borrow(texture) : null, now)
    }
    if (r.fade.start === RESTART) r.fade.start = now
    stepOpacity(r, now)
  }

  function stepOpacity(r: PaintingRecord, now: number): void {
    const opacity = fadeOpacity(r.fade, now)
    if (opacity === null) return
    r.fade.opacity = opacity
    r.mesh.material.opacity = opacity
    r.mesh.visible = isVisibleOpacity(opacity)
  }

  /** At most one paint: what `planPaint` picked, or a warm-up when nothing is due. */
  function paintOne(now: number): boolean {
    if (order.length === 0) return warmUpOne()
    const plan = planPaint(order, factsOf, (r) => waits(r, now), settings)
    order = plan.order
    for (const r of plan.downgrade) wall.downgrade(r)
    const job = plan.job
    if (job.kind === 'repaint') wall.repaintVersion(job.item, now)
    else if (job.kind === 'small') wall.paintSmall(job.item, now)
    else if (job.kind === 'large') wall.paintLarge(job.item, now)
    else return warmUpOne()
    return true
  }

  return {
    group: planes.group,
    entries: paintings.entries,
    paintLog: source.log,
    sync(inputs) {
      order = paintings.sync(inputs)
    },
    step(viewer, now) {
      viewer.getWorldPosition(camera)
      for (const r of order) stepFades(r, now)
      if (contextLost) return false
      // Never paint before the gallery's first frame is on screen: a painting's first paint compiles its shader,
      // which on a slow GPU would hold the whole first view back by a second or more.
      if (++framesStepped <= 1) return false
      if (!paintOne(now)) return false
      // A painting this paint put on the wall is drawn in this very frame, at the first step of its fade, rather
      // than a whole frame later: on a slow device that next frame carries the painting's own GPU work, the
      // longest of all, and the plane's first draw belongs with it.
      const first = now + firstDrawnMs(settings.fadeMs)
      for (const r of order) if (r.fade.start === now) stepOpacity(r, first)
      return true
    },
    warmUp(recipes) {
      warmUps.push(...recipes)
    },
    setPictures(board) {
      pictures = board
    },
    pictureStates(now = performance.now()) {
      const out: PictureState[] = []
      for (const r of paintings.records.values())
        if (r.pictures.shown) out.push(pictureState(r.id, r.overlay?.start ?? null, r.fade.opacity, now))
      return out
    },
    contextLost() {
      contextLost = true
    },
    contextRestored() {
      contextLost = false
      for (const r of paintings.records.values()) wall.restore(r)
    },
    paintedCount() {
      let n = 0
      for (const r of paintings.records.values())
        if (r.painted.small || r.painted.large || r.pictures.shown) n++
      return n
    },
    textureBytes() {
      return textureBytes([...paintings.records.values()].map(factsOf), settings)
    },
    dispose() {
      paintings.dispose()
      warmUps.length = 0
      planes.clear()
      order = []
    },
  }
}
