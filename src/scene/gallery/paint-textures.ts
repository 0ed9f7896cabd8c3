import type * as THREE from 'three'
import type { PaintRecipe } from '../../shared/recipe'
import type { Painter } from '../painter'

declare const freedBy: unique symbol

/**
 * A texture as a painting holds it, marked with who frees it. Neither kind has `dispose`: an owned texture is a
 * render target's, so only the painter may free it (through `TextureSource.release`), and a borrowed one is freed
 * by its owner alone. Mixing the two up, or disposing either directly, does not compile.
 */
type HeldTexture<Owner extends string> = Omit<THREE.Texture, 'dispose'> & { readonly [freedBy]: Owner }

/** Painted for this scheduler by its painter: given back with `TextureSource.release`, exactly once. */
export type OwnedTexture = HeldTexture<'painter'>
/** The picture board's AI picture: a plane shows it and compares it, and only ever lets go of it. */
export type BorrowedTexture = HeldTexture<'board'>
export type HeldAny = OwnedTexture | BorrowedTexture

/** A picture read from the board is borrowed from the moment it is read. */
export function borrow(texture: THREE.Texture): BorrowedTexture {
  return texture as unknown as BorrowedTexture
}

/** What a material needs to show a held texture; showing it changes nobody's ownership. */
export function asMap(texture: HeldAny): THREE.Texture {
  return texture as unknown as THREE.Texture
}

export type PaintLogEntry = { size: number; ms: number }

/** The one door to the painter: everything it paints comes out owned, and only owned textures go back. */
export type TextureSource = {
  paint(recipe: PaintRecipe, size: number): OwnedTexture
  /** Paints again into the render target behind `texture` (after a context loss). */
  repaint(texture: OwnedTexture, recipe: PaintRecipe): void
  release(texture: OwnedTexture): void
  /** Paints `recipe` tiny and frees it at once: only to compile its shader while there is nothing else to do. */
  warmUp(recipe: PaintRecipe): void
  /** Recent paint durations, for the bench and for tuning on slow GPUs (the same array, updated in place). */
  readonly log: readonly PaintLogEntry[]
}

const LOG_LENGTH = 64

export function createTextureSource(
  painter: Painter,
  clock: () => number = () => performance.now(),
): TextureSource {
  const log: PaintLogEntry[] = []
  const own = (texture: THREE.Texture) => texture as unknown as OwnedTexture
  return {
    paint(recipe, size) {
      const t0 = clock()
      const texture = painter.paint(recipe, size)
      if (log.length >= LOG_LENGTH) log.shift()
      log.push({ size, ms: clock() - t0 })
      return own(texture)
    },
    repaint: (texture, recipe) => painter.repaint(asMap(texture), recipe),
    release: (texture) => painter.release(asMap(texture)),
    warmUp: (recipe) => painter.release(painter.paint(recipe, 16)),
    log,
  }
}
