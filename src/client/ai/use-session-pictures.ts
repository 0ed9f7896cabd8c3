import { useEffect, useMemo } from 'react'
import { createPictureBoard, type PictureBoard } from '../../scene/gallery/picture-board'
import type { ClientStore } from '../client-store'
import { DEVICE_TOKEN_HEADER } from '../comfort/record-prefs-client'
import { readDeviceSession } from '../session/device-token'
import type { HeadsetSession } from '../session/session-client'
import { startPictureFeed } from '../../scene/gallery/picture-feed'
import { loadPictureTexture, pictureUrl } from '../../scene/gallery/picture-texture'

function accessKey(): string | null {
  try {
    return sessionStorage.getItem('stillroom.accessKey')
  } catch {
    return null
  }
}

/**
 * The headset's AI pictures while paired (issue 6): a board the gallery and the landscape read, fed from the
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
        const device = readDeviceSession()
        const sessionId = session.view.getState().state?.id ?? device?.sessionId
        if (!device || !sessionId) return Promise.resolve(null)
        const key = accessKey()
        return loadPictureTexture(pictureUrl(sessionId, file), {
          headers: { [DEVICE_TOKEN_HEADER]: device.deviceToken, ...(key ? { 'x-stillroom-key': key } : {}) },
          signal,
        })
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
