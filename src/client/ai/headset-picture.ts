import type * as THREE from 'three'
import { loadPictureTexture, pictureUrl } from '../../scene/gallery/picture-texture'
import { DEVICE_TOKEN_HEADER } from '../comfort/record-prefs-client'
import { readDeviceSession } from '../session/device-token'

function accessKey(): string | null {
  try {
    return sessionStorage.getItem('stillroom.accessKey')
  } catch {
    return null
  }
}

/**
 * One stored AI picture of a session, fetched as the paired headset (its device token, and the access key on `--lan`)
 * and decoded into a texture: the live session's pictures, and on the timeline those of the client's earlier sessions
 * (the server allows only sessions of the same client). Null when unpaired or when the picture cannot be had.
 */
export function loadHeadsetPicture(
  sessionId: string,
  file: string,
  signal: AbortSignal,
): Promise<THREE.Texture | null> {
  const device = readDeviceSession()
  if (!device) return Promise.resolve(null)
  const key = accessKey()
  return loadPictureTexture(pictureUrl(sessionId, file), {
    headers: { [DEVICE_TOKEN_HEADER]: device.deviceToken, ...(key ? { 'x-stillroom-key': key } : {}) },
    signal,
  })
}
