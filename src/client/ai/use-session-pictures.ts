import { useEffect, useMemo } from 'react'
import { createPictureBoard, type PictureBoard } from '../../scene/gallery/picture-board'
import type { ClientStore } from '../client-store'
import { readDeviceSession } from '../session/device-token'
import type { HeadsetSession } from '../session/session-client'
import { startPictureFeed } from '../../scene/gallery/picture-feed'
import { loadHeadsetPicture } from './headset-picture'

/**
 * The headset's AI pictures while paired: a board the gallery and the landscape read, fed from the
 * session's state and fetched with the device token. Null in solo use, where nothing ever changes.
 */
export function useSessionPictures(session: HeadsetSession | null, store: ClientStore): PictureBoard | null {
  const board = useMemo(() => createPictureBoard(), [])
  useEffect(() => {
    if (!session) return
    return startPictureFeed({
      board,
      entries: () => session.view.getState().state?.artworks ?? null,
      subscribe: (listener) => session.view.subscribe(listener),
      load: (file, signal) => {
        const sessionId = session.view.getState().state?.id ?? readDeviceSession()?.sessionId
        return sessionId ? loadHeadsetPicture(sessionId, file, signal) : Promise.resolve(null)
      },
    })
  }, [session, board])
  useEffect(() => {
    const apply = () => void (board.reducedMotion = store.getState().comfort.reducedMotion)
    apply()
    return store.subscribe(apply)
  }, [board, store])
  return session ? board : null
}
