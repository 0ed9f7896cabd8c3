import type * as THREE from 'three'
import type { PaintRecipe } from '../../shared/recipe'
import type { Fade } from './paint-fade'
import type { BorrowedTexture, OwnedTexture } from './paint-textures'

export type PaintingInput = {
  id: string
  recipe: PaintRecipe
  position: { x: number; y: number; z: number }
  rotationY: number
}

export type PlaneMesh = THREE.Mesh<THREE.PlaneGeometry, THREE.MeshBasicMaterial>

/** What fades in over the painting, and so who frees it when the fade is cut short or lands. */
export type Incoming =
  | { readonly kind: 'picture'; readonly texture: BorrowedTexture }
  /** A new version's painting: ours until it lands in `painted.small`, or is freed if cut short. */
  | { readonly kind: 'version'; readonly texture: OwnedTexture }

/** A second plane over the painting, only while `incoming` crossfades in (one extra draw call, then none). */
export type Overlay = { readonly mesh: PlaneMesh; readonly incoming: Incoming; readonly start: number }

/** The procedural textures painted for this painting. Replaced only through `setPainted`, which frees the old. */
export type Painted = { small: OwnedTexture | null; large: OwnedTexture | null }

/** The AI pictures this plane knows of: all the board's, so nothing here is ever freed. */
export type Pictures = {
  /** The picture on (or fading onto) this plane; the procedural textures are freed once it is shown. */
  shown: BorrowedTexture | null
  /** The version before's picture: never brought back from the board, which may still hold it. */
  dropped: BorrowedTexture | null
}

/** What to paint and where it hangs, as the last sync said. */
export type Placement = {
  recipe: PaintRecipe
  /** The recipe's content, to notice a new version of the artwork under the same id. */
  key: string
  position: { x: number; y: number; z: number }
  rotationY: number
}

/** The painter's queue as it concerns this painting. */
export type Queue = {
  distance: number
  /** Painted before anything else: the client's new words, or a new version. */
  urgent: boolean
  /** A new version's painting is due: painted next, then crossfaded in over what the wall shows now. */
  repaint: boolean
}

export type PaintingRecord = {
  readonly id: string
  readonly art: Placement
  /** The painting's own plane; its material is freed when the painting leaves (the geometry is shared). */
  readonly mesh: PlaneMesh
  readonly painted: Painted
  readonly pictures: Pictures
  overlay: Overlay | null
  readonly fade: Fade
  readonly queue: Queue
}

/** A painting as the rest of the app reads it (the test API, tests): live and read-only. */
export type PaintingEntry = {
  readonly id: string
  readonly recipe: PaintRecipe
  readonly position: { readonly x: number; readonly y: number; readonly z: number }
  readonly rotationY: number
  readonly mesh: PlaneMesh
  readonly small: OwnedTexture | null
  readonly large: OwnedTexture | null
  readonly picture: BorrowedTexture | null
  readonly distance: number
  readonly opacity: number
}

export function createPaintingRecord(
  input: PaintingInput,
  mesh: PlaneMesh,
  init: { key: string; urgent: boolean; fade: Fade },
): PaintingRecord {
  return {
    id: input.id,
    art: { recipe: input.recipe, key: init.key, position: input.position, rotationY: input.rotationY },
    mesh,
    painted: { small: null, large: null },
    pictures: { shown: null, dropped: null },
    overlay: null,
    fade: init.fade,
    queue: { distance: 0, urgent: init.urgent, repaint: false },
  }
}

export function entryView(r: PaintingRecord): PaintingEntry {
  return {
    id: r.id,
    mesh: r.mesh,
    get recipe() {
      return r.art.recipe
    },
    get position() {
      return r.art.position
    },
    get rotationY() {
      return r.art.rotationY
    },
    get small() {
      return r.painted.small
    },
    get large() {
      return r.painted.large
    },
    get picture() {
      return r.pictures.shown
    },
    get distance() {
      return r.queue.distance
    },
    get opacity() {
      return r.fade.opacity
    },
  }
}
