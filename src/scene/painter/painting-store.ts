import type * as THREE from 'three'
import type { PaintRecipe } from '../../shared/recipe'
import type { Painter } from './create-painter'
import { createPainter } from './create-painter'

/**
 * Paintings by key (an artwork id, say, plus a size). It remembers each texture's recipe so that after
 * `webglcontextrestored` — when every render target comes back empty — it repaints them all into the
 * same texture objects, and the gallery's materials show the paintings again without a black frame.
 */
export type PaintingStore = {
  /** The texture for `key`, painting it on first use. Same key and size → the same texture object. */
  get(key: string, recipe: PaintRecipe, size?: number): THREE.Texture
  has(key: string, size?: number): boolean
  /** Free one painting (all its sizes when `size` is omitted). */
  release(key: string, size?: number): void
  /** Paint every remembered painting again; called automatically on `webglcontextrestored`. */
  repaintAll(): void
  /** How many paintings are held. */
  readonly count: number
  /** Remove the context listeners, free every painting and the painter. */
  dispose(): void
}

export type PaintingStoreOptions = {
  /** Share a painter; the store then leaves disposing it to you. */
  painter?: Painter
  /** @default 1024 */
  defaultSize?: number
}

export function createPaintingStore(
  renderer: THREE.WebGLRenderer,
  options: PaintingStoreOptions = {},
): PaintingStore {
  const ownsPainter = !options.painter
  const painter = options.painter ?? createPainter(renderer)
  const defaultSize = options.defaultSize ?? 1024
  const entries = new Map<string, { texture: THREE.Texture; recipe: PaintRecipe }>()
  const id = (key: string, size: number): string => `${size}|${key}`

  const repaintAll = (): void => {
    for (const { texture, recipe } of entries.values()) painter.repaint(texture, recipe)
  }
  const onRestored = (): void => repaintAll()
  const canvas = renderer.domElement
  canvas.addEventListener('webglcontextrestored', onRestored)

  return {
    get(key, recipe, size = defaultSize) {
      const k = id(key, size)
      const found = entries.get(k)
      if (found) return found.texture
      // While the context is lost this paints into nothing; the restore handler paints it for real.
      const texture = painter.paint(recipe, size)
      entries.set(k, { texture, recipe })
      return texture
    },
    has: (key, size = defaultSize) => entries.has(id(key, size)),
    release(key, size) {
      for (const [k, { texture }] of entries) {
        if (size === undefined ? k.slice(k.indexOf('|') + 1) === key : k === id(key, size)) {
          painter.release(texture)
          entries.delete(k)
        }
      }
    },
    repaintAll,
    get count() {
      return entries.size
    },
    dispose() {
      canvas.removeEventListener('webglcontextrestored', onRestored)
      for (const { texture } of entries.values()) painter.release(texture)
      entries.clear()
      if (ownsPainter) painter.dispose()
    },
  }
}
