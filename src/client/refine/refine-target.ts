import { useStore } from 'zustand'
import type { CommandOf } from '../../shared/session/commands'
import type { ArtworkEntry, SessionState } from '../../shared/session/state'

/** What the refine panels read: a live session's view, or the device's own gallery seen the same way. */
export type RefineView = {
  /** 'live' while changes are taken. */
  stage: string
  /** The artworks as entries (each with its versions) and which one stands side by side, if any. */
  state: (Pick<SessionState, 'compare'> & { artworks: readonly ArtworkEntry[] }) | null
  /** How many paintings hang and where the client is: the easels stand in the gallery only. */
  scene: { artworks: { length: number }; view: string } | null
}

export type VersionCommand = CommandOf<'refine'> | CommandOf<'pick-version'> | CommandOf<'compare-versions'>

/**
 * Where a client's changes to a painting go: the therapist's session (over its socket, session-client.ts) or the
 * device's own gallery (solo-refine.ts). The panels (desktop, VR, the versions side by side) are the same for both.
 */
export type RefineTarget = {
  view: {
    getState(): RefineView
    getInitialState(): RefineView
    subscribe(listener: (state: RefineView, prev: RefineView) => void): () => void
  }
  /** False when the change could not be sent (a session that is not connected). */
  sendVersionCommand(command: VersionCommand): boolean
}

export function useRefineView<T>(target: RefineTarget, select: (v: RefineView) => T): T {
  return useStore(target.view, select)
}
