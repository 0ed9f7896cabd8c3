import type { Clock } from '../../shared/clock'
import type * as THREE from 'three'
import type { PictureBoard } from './picture-board'
import { pictureWant } from './picture-fade'

/** The part of a session state the feed reads: approved entries and their picture. */
export type PictureEntries = ReadonlyArray<{
  artwork: { id: string }
  state: string
  image?: { state: string; file?: string } | undefined
}>

export type PictureFeedDeps = {
  board: PictureBoard
  /** The session's artworks now (null while there is none). */
  entries: () => PictureEntries | null
  subscribe: (listener: () => void) => () => void
  /** Fetches and decodes one stored picture; null when it cannot. */
  load: (file: string, signal: AbortSignal) => Promise<THREE.Texture | null>
  /** @default performance.now */
  now?: Clock
  /** Tries per picture before the painting simply stays. @default 3 */
  attempts?: number
  /** Pause before a retry, ms (doubles each time). @default 800 */
  retryMs?: number
}

/**
 * Keeps the picture board in step with the session: a picture on its way shows the placard's cue, a ready one is
 * fetched once and handed to the wall (which crossfades to it). A failure, a cancel or an unreadable picture only
 * ends the cue: the procedural painting stays, and the client never sees an error.
 */
export function startPictureFeed(deps: PictureFeedDeps): () => void {
  const now = deps.now ?? (() => performance.now())
  const attempts = deps.attempts ?? 3
  const retryMs = deps.retryMs ?? 800
  const abort = new AbortController()
  /** Files asked for, by artwork id: each is fetched at most once per feed. */
  const asked = new Map<string, string>()
  let stopped = false

  const fetchPicture = async (id: string, file: string) => {
    for (let i = 0; i < attempts && !stopped; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, retryMs * 2 ** (i - 1)))
      if (stopped || asked.get(id) !== file) return
      const texture = await deps.load(file, abort.signal)
      if (stopped || asked.get(id) !== file) {
        texture?.dispose()
        return
      }
      if (texture) {
        deps.board.set(id, { texture, loading: false, cue: false })
        return
      }
    }
    if (!stopped) deps.board.set(id, { loading: false, cue: false })
  }

  let last: PictureEntries | null | undefined
  const sync = () => {
    const entries = deps.entries()
    // The session's store changes for many reasons (captions, connection); only new artworks matter here.
    if (entries === last) return
    last = entries
    const ids = new Set<string>()
    for (const e of entries ?? []) {
      if (e.state !== 'approved') continue
      const id = e.artwork.id
      ids.add(id)
      const want = pictureWant(e.image)
      if (want === 'cue') deps.board.set(id, { cue: true })
      else if (want === 'fetch') {
        const file = e.image!.file!
        if (asked.get(id) === file) continue
        asked.set(id, file)
        // The cue stays on until the picture is really here, so there is no gap between the two.
        deps.board.set(id, { cue: true, loading: true, loadingSince: now() })
        void fetchPicture(id, file)
      } else {
        // No picture for what hangs now (a new version without one): a later pick of a version with a picture
        // fetches it again rather than trusting what the wall dropped.
        asked.delete(id)
        if (!deps.board.get(id)?.texture) deps.board.set(id, { cue: false, loading: false })
      }
    }
    for (const id of asked.keys()) if (!ids.has(id)) asked.delete(id)
    deps.board.keep(ids)
  }

  sync()
  const unsubscribe = deps.subscribe(sync)
  return () => {
    stopped = true
    abort.abort()
    unsubscribe()
    deps.board.keep(new Set())
  }
}
