import { createContext } from 'react'
import type * as THREE from 'three'

/**
 * The AI pictures of the artworks on show, by artwork id. The session layer fills it (a picture on its way,
 * a loaded texture); the paint scheduler crossfades to a texture once it is here and the placards show a gentle
 * cue while one is on its way. Vanilla with a tiny subscribe, so the per-frame readers never touch React.
 */
export type PictureSlot = {
  /** True while the picture is being made: the placard shows its quiet cue. */
  cue: boolean
  /** The server has it ready and it is being fetched: a painting not on the wall yet waits for it a moment. */
  loading: boolean
  /** performance.now() when `loading` began. */
  loadingSince: number
  /** The decoded picture, fitted (cover) to the square painting; owned by the board. */
  texture: THREE.Texture | null
}

export type PictureBoard = {
  get(id: string): PictureSlot | undefined
  /** Changes one artwork's slot (missing fields keep their value); a texture replaced or dropped is disposed. */
  set(id: string, patch: Partial<PictureSlot>): void
  /** Forgets every artwork not in `ids` (disposing their textures). */
  keep(ids: ReadonlySet<string>): void
  ids(): string[]
  /** Calm and still when the client asked for reduced motion (the cue stops breathing). */
  reducedMotion: boolean
  /** Bumped on every change: the placards re-render only then. */
  readonly version: number
  subscribe(listener: () => void): () => void
  dispose(): void
}

const EMPTY: PictureSlot = { cue: false, loading: false, loadingSince: 0, texture: null }

export function createPictureBoard(): PictureBoard {
  const slots = new Map<string, PictureSlot>()
  const listeners = new Set<() => void>()
  let version = 0
  const changed = () => {
    version++
    for (const l of listeners) l()
  }
  return {
    get: (id) => slots.get(id),
    set(id, patch) {
      const before = slots.get(id) ?? EMPTY
      const next = { ...before, ...patch }
      if (before.texture && before.texture !== next.texture) before.texture.dispose()
      if (
        next.cue === before.cue &&
        next.loading === before.loading &&
        next.texture === before.texture &&
        slots.has(id)
      )
        return
      slots.set(id, next)
      changed()
    },
    keep(ids) {
      let any = false
      for (const [id, slot] of slots)
        if (!ids.has(id)) {
          slot.texture?.dispose()
          slots.delete(id)
          any = true
        }
      if (any) changed()
    },
    ids: () => [...slots.keys()],
    reducedMotion: false,
    get version() {
      return version
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispose() {
      for (const slot of slots.values()) slot.texture?.dispose()
      slots.clear()
      changed()
    },
  }
}

/** The pictures of the session on show; null in solo use (nothing ever changes there). */
export const PicturesContext = createContext<PictureBoard | null>(null)
