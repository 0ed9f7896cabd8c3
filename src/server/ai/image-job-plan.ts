import type { Command } from '../../shared/session/commands'
import { entryVersions, paintingVersions, versionImage } from '../../shared/refine/session-versions'
import { findEntry } from '../../shared/session/reducer'
import type { ArtworkEntry, ArtworkVersion, SessionState } from '../../shared/session/state'
import { RESTART_NOTICE, imageNews, type AbortWhy } from './image-job-news'

// The image jobs' decisions, read from session states alone: which commands start or stop a picture, what a
// restart leaves to settle, whether a job may still paint and whether its file is still seen. Pure; the jobs
// module does what these say.

export type JobAction =
  | { do: 'request'; artworkId: string; versionId: string }
  | { do: 'abort'; artworkId: string; why: AbortWhy }
  /** The session just ended: every job of it stops. */
  | { do: 'abort-session' }

/** Only words on their way to the wall are pictured: a held or discarded entry never leaves the machine. */
const picturable = (entry: ArtworkEntry | undefined): entry is ArtworkEntry =>
  entry !== undefined && (entry.state === 'pending' || entry.state === 'approved')

/** What one applied command means for the pictures, in the order to do it. */
export function jobActions(before: SessionState, after: SessionState, command: Command): JobAction[] {
  switch (command.type) {
    case 'artwork-add': {
      // An edit replaces an entry: the old one's picture is of words nobody sees any more.
      const out: JobAction[] = command.replaces
        ? [{ do: 'abort', artworkId: command.replaces, why: 'gone' }]
        : []
      if (picturable(findEntry(after, command.artwork.id)))
        out.push({ do: 'request', artworkId: command.artwork.id, versionId: command.artwork.id })
      return out
    }
    case 'artwork-version': {
      // A new version gets its own picture when the same gate allows; held words never leave.
      const entry = findEntry(after, command.artworkId)
      if (!picturable(entry) || command.version.state === 'held') return []
      if (!entryVersions(entry).some((v) => v.id === command.version.id)) return []
      return [{ do: 'request', artworkId: command.artworkId, versionId: command.version.id }]
    }
    case 'cancel-image':
      return [{ do: 'abort', artworkId: command.artworkId, why: 'cancel' }]
    case 'discard':
      return [{ do: 'abort', artworkId: command.artworkId, why: 'discard' }]
    case 'remove':
      return [{ do: 'abort', artworkId: command.artworkId, why: 'gone' }]
    default:
      return after.phase === 'ended' && before.phase !== 'ended' ? [{ do: 'abort-session' }] : []
  }
}

/**
 * Jobs live in memory: a picture still `painting` in a state read from storage lost its job to a restart, unless
 * a job for its artwork is already running (`hasJob`). The commands that settle them; none for an ended session.
 */
export function interruptedPictures(state: SessionState, hasJob: (artworkId: string) => boolean): Command[] {
  if (state.phase === 'ended') return []
  const out: Command[] = []
  for (const entry of state.artworks) {
    if (hasJob(entry.artwork.id)) continue
    for (const versionId of paintingVersions(entry))
      out.push(
        imageNews({ artworkId: entry.artwork.id, versionId }, { state: 'failed', notice: RESTART_NOTICE }),
      )
  }
  return out
}

export type PaintPlan =
  /** Nothing to do: the session, the artwork or the version is gone, or its picture is no longer awaited. */
  | { do: 'skip' }
  /** Set aside before its job was registered (a race at the very start): settle it rather than leave it painting. */
  | { do: 'set-aside' }
  /** Paint from this version's own words and spec: the original's, or the refined version's. */
  | { do: 'paint'; version: ArtworkVersion }

/** Whether a queued job may still paint, read from the session's state when its turn comes. */
export function paintPlan(state: SessionState | undefined, artworkId: string, versionId: string): PaintPlan {
  const entry = state ? findEntry(state, artworkId) : undefined
  const version = entry ? entryVersions(entry).find((v) => v.id === versionId) : undefined
  if (!entry || !version || versionImage(entry, versionId)?.state !== 'painting') return { do: 'skip' }
  if (!picturable(entry)) return { do: 'set-aside' }
  return { do: 'paint', version }
}

/**
 * Whether a stored file is the one the version shows after its `ready` was committed. A cancel (or the end) that
 * won the race in the queue keeps its word: a file nobody will see is removed.
 */
export function fileShown(
  state: SessionState | undefined,
  artworkId: string,
  versionId: string,
  file: string,
): boolean {
  const entry = state ? findEntry(state, artworkId) : undefined
  const shown = entry ? versionImage(entry, versionId) : undefined
  return shown?.state === 'ready' && shown.file === file
}
