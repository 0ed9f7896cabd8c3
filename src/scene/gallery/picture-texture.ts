import * as THREE from 'three'
import { coverFit } from './picture-fade'

/** Larger pictures are scaled down as they are decoded: a 1.1 m painting never needs more. */
export const PICTURE_MAX_SIDE = 1024

/** The session's image route: only the session's participants may read it. */
export function pictureUrl(sessionId: string, file: string, base = ''): string {
  return `${base}/api/sessions/${encodeURIComponent(sessionId)}/images/${encodeURIComponent(file)}`
}

export type PictureFetch = {
  /** Headers that prove who asks (the headset's device token); the console's cookie goes by itself. */
  headers?: Record<string, string>
  fetchImpl?: typeof fetch
  signal?: AbortSignal
}

/**
 * Fetches a picture and decodes it off the main thread into a texture fitted (cover, centred) to the square
 * painting. Never a URL with a token in it, never an <img>: fetch → blob → ImageBitmap → texture.
 * Resolves null (the painting simply stays) when the picture cannot be had.
 */
export async function loadPictureTexture(
  url: string,
  options: PictureFetch = {},
): Promise<THREE.Texture | null> {
  const doFetch = options.fetchImpl ?? ((i: RequestInfo | URL, init?: RequestInit) => fetch(i, init))
  try {
    const res = await doFetch(url, {
      headers: { accept: 'image/*', ...options.headers },
      credentials: 'same-origin',
      ...(options.signal ? { signal: options.signal } : {}),
    })
    if (!res.ok) return null
    return await decodePictureTexture(await res.blob())
  } catch {
    return null
  }
}

/** A picture's bytes → a texture fitted to the square painting, or null when they are not a readable image. */
export async function decodePictureTexture(blob: Blob): Promise<THREE.Texture | null> {
  if (blob.size === 0) return null
  try {
    const probe = await createImageBitmap(blob)
    const scale = Math.min(1, PICTURE_MAX_SIDE / Math.max(probe.width, probe.height))
    // ImageBitmaps ignore WebGL's flipY: flip (and scale down) while decoding instead.
    const bitmap = await createImageBitmap(blob, {
      imageOrientation: 'flipY',
      ...(scale < 1
        ? {
            resizeWidth: Math.round(probe.width * scale),
            resizeHeight: Math.round(probe.height * scale),
            resizeQuality: 'high' as const,
          }
        : {}),
    })
    probe.close()
    return textureFromBitmap(bitmap)
  } catch {
    return null
  }
}

export function textureFromBitmap(bitmap: ImageBitmap): THREE.Texture {
  const texture = new THREE.Texture(bitmap)
  texture.flipY = false
  texture.colorSpace = THREE.SRGBColorSpace
  texture.minFilter = THREE.LinearMipmapLinearFilter
  texture.magFilter = THREE.LinearFilter
  texture.generateMipmaps = true
  texture.anisotropy = 4
  const fit = coverFit(bitmap.width, bitmap.height, 1)
  texture.repeat.set(fit.repeatX, fit.repeatY)
  texture.offset.set(fit.offsetX, fit.offsetY)
  texture.needsUpdate = true
  // The decoded pixels are freed with the texture (three keeps its own upload until dispose).
  texture.addEventListener('dispose', () => bitmap.close())
  return texture
}
