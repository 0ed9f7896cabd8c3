import { aiApi } from './ai-client'

/** What the cache needs of the page: a picture's bytes, and object URLs (jsdom and Node have none by default). */
export interface PictureCacheDeps {
  fetchBlob(sessionId: string, file: string): Promise<Blob | null>
  createUrl?(blob: Blob): string
  revokeUrl?(url: string): void
  /** How many pictures' bytes are kept after use (a picture never changes: its file is named by its id). @default 16 */
  keep?: number
}

export interface PictureLease {
  /** The object URL, or null when the picture could not be fetched or the lease was let go first. */
  url: Promise<string | null>
  /** Lets go; the URL is revoked when nobody else holds it. Safe to call twice. */
  release(): void
}

export interface PictureCache {
  /** A stored picture's bytes: one fetch per file for the console (thumbnail and mirror share it). */
  blob(sessionId: string, file: string): Promise<Blob | null>
  /** An object URL for the picture, shared by everyone who holds it at once. */
  lease(sessionId: string, file: string): PictureLease
  /** How many object URLs are alive (for tests: every lease let go means none). */
  readonly liveUrls: number
}

/**
 * The console's AI pictures, fetched once: the bytes of the last few pictures are kept (a failed fetch is not, so
 * it may be tried again), and object URLs are counted so each is revoked as soon as nothing shows it.
 */
export function createPictureCache(deps: PictureCacheDeps): PictureCache {
  const createUrl = deps.createUrl ?? ((b: Blob) => URL.createObjectURL(b))
  const revokeUrl = deps.revokeUrl ?? ((u: string) => URL.revokeObjectURL(u))
  const keep = deps.keep ?? 16
  const blobs = new Map<string, Promise<Blob | null>>()
  const urls = new Map<string, { url: string; users: number }>()

  const blob = (sessionId: string, file: string): Promise<Blob | null> => {
    const key = `${sessionId}/${file}`
    const cached = blobs.get(key)
    if (cached) {
      // Most recently used last, so the oldest is the one to forget.
      blobs.delete(key)
      blobs.set(key, cached)
      return cached
    }
    const p = deps.fetchBlob(sessionId, file).catch(() => null)
    blobs.set(key, p)
    void p.then((b) => {
      if (!b && blobs.get(key) === p) blobs.delete(key)
    })
    while (blobs.size > keep) blobs.delete(blobs.keys().next().value!)
    return p
  }

  return {
    blob,
    lease(sessionId, file) {
      const key = `${sessionId}/${file}`
      let state: 'waiting' | 'holding' | 'released' = 'waiting'
      const url = blob(sessionId, file).then((b) => {
        if (state === 'released' || !b) return null
        state = 'holding'
        let held = urls.get(key)
        if (!held) {
          held = { url: createUrl(b), users: 0 }
          urls.set(key, held)
        }
        held.users++
        return held.url
      })
      return {
        url,
        release() {
          const was = state
          state = 'released'
          if (was !== 'holding') return
          const held = urls.get(key)
          if (!held || --held.users > 0) return
          revokeUrl(held.url)
          urls.delete(key)
        },
      }
    },
    get liveUrls() {
      return urls.size
    },
  }
}

let shared: PictureCache | null = null

/** The one picture cache of the console page, fetching with its AI api (login cookie, access key). */
export function pictureCache(): PictureCache {
  shared ??= createPictureCache({ fetchBlob: (sessionId, file) => aiApi().pictureBlob(sessionId, file) })
  return shared
}
