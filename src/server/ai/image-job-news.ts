import type { Command } from '../../shared/session/commands'

// What an image job tells the session: the notices and the `artwork-image` commands it commits. Pure, so the words
// people read and the command's shape are checked without a server.

export const RESTART_NOTICE = 'Interrupted by a restart; the painting stays.'
export const DISCARD_NOTICE = 'The words were set aside; no picture is made.'
export const SUPERSEDED_NOTICE = 'A newer version is being pictured; this one keeps its painting.'
export const STORE_FAILED_NOTICE = 'The picture could not be stored; the painting stays.'

/** Why a job was stopped; the reason travels as the abort signal's reason. */
export type AbortWhy = 'cancel' | 'discard' | 'gone' | 'ended' | 'shutdown' | 'superseded'

/** Which picture a job makes: the artwork's, for one of its versions (the artwork's own id for the original). */
export interface PictureTarget {
  artworkId: string
  versionId: string
}

export interface ImageJob extends PictureTarget {
  sessionId: string
  clientId: string
  controller: AbortController
}

type ImageNews = Omit<Extract<Command, { type: 'artwork-image' }>, 'type' | 'artworkId' | 'versionId'>

/** The picture's news for one version; the original's keeps the command's old shape (no versionId). */
export const imageNews = (target: PictureTarget, rest: ImageNews): Command => ({
  type: 'artwork-image',
  artworkId: target.artworkId,
  ...(target.versionId !== target.artworkId ? { versionId: target.versionId } : {}),
  ...rest,
})

/** One job per artwork: the key of the running or queued job of an artwork in a session. */
export const jobKey = (sessionId: string, artworkId: string) => `${sessionId}/${artworkId}`

/**
 * What a stopped job still owes the session. A discard or a newer version leaves a `painting` someone would still
 * see, so it is settled; the other reasons need nothing (a cancel is already settled by the reducer; a removed
 * artwork, an ended session or a shutdown shows nothing more, and a restart settles what is left).
 */
export function abortedNews(target: PictureTarget, why: AbortWhy): Command | undefined {
  if (why === 'discard') return imageNews(target, { state: 'cancelled', notice: DISCARD_NOTICE })
  if (why === 'superseded') return imageNews(target, { state: 'cancelled', notice: SUPERSEDED_NOTICE })
  return undefined
}
