import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import { createPictureBoard, PicturesContext } from '../../scene/gallery/picture-board'
import { startPictureFeed } from '../../scene/gallery/picture-feed'
import { decodePictureTexture } from '../../scene/gallery/picture-texture'
import type { SessionState } from '../../shared/session/state'
import { pictureCache } from './picture-cache'

/**
 * The mirror's AI pictures: the same board and crossfade as the headset, fed from the console's copy of the state
 * (approved artworks only, as the headset sees them) and fetched with the login cookie.
 */
export function MirrorPictures({ state, children }: { state: SessionState; children: ReactNode }) {
  const board = useMemo(() => createPictureBoard(), [])
  const listeners = useMemo(() => new Set<() => void>(), [])
  const holder = useRef(state)
  useEffect(() => {
    holder.current = state
    for (const l of listeners) l()
  }, [state, listeners])
  const sessionId = state.id
  useEffect(() => {
    // The mirror is calm already (reduced motion): its cue holds still.
    board.reducedMotion = true
    return startPictureFeed({
      board,
      entries: () => holder.current.artworks,
      subscribe: (l) => {
        listeners.add(l)
        return () => listeners.delete(l)
      },
      load: async (file) => {
        const blob = await pictureCache().blob(sessionId, file)
        return blob ? decodePictureTexture(blob) : null
      },
    })
  }, [board, holder, listeners, sessionId])
  useEffect(() => () => board.dispose(), [board])
  return <PicturesContext.Provider value={board}>{children}</PicturesContext.Provider>
}
