import type { Artwork } from '../artwork'
import { MAX_VERSIONS } from '../refine/choices'
import { currentVersionId, entryVersions } from '../refine/session-versions'
import type { Command, CommandOf } from './commands'
import { findEntry } from './queries'
import type { ArtworkEntry, SessionState } from './state'

// Versions side by side: which shown artwork's versions stand in front of its wall place. Kept in the session
// state (not on the headset alone) so the therapist's mirror draws the same row and the console can open and close it.

/** The versions a headset may see side by side: approved ones only, oldest first. */
export function comparableVersions(entry: ArtworkEntry): ReturnType<typeof entryVersions> {
  return entryVersions(entry).filter((v) => v.state === 'approved')
}

/** True when this entry can be shown side by side: on the wall, with at least two approved versions. */
export function canCompare(entry: ArtworkEntry | undefined): entry is ArtworkEntry {
  return !!entry && entry.state === 'approved' && entry.slot !== null && comparableVersions(entry).length > 1
}

/** Why `compare-versions` cannot apply; null when it can. Unknown and unshown artworks read alike (the headset learns nothing). */
export function checkCompare(
  state: SessionState,
  c: CommandOf<'compare-versions'>,
): { code: 'not-found' | 'bad-command'; message: string } | null {
  if (c.artworkId === null) return null
  const entry = findEntry(state, c.artworkId)
  if (!entry || entry.state !== 'approved' || entry.slot === null)
    return { code: 'not-found', message: 'That painting is not on the wall.' }
  if (!canCompare(entry))
    return { code: 'bad-command', message: 'That painting has only one version so far.' }
  return null
}

/** `compare-versions`: open the side-by-side view for a comparable artwork, or put it away. */
export function setCompare(s: SessionState, c: CommandOf<'compare-versions'>): SessionState {
  if (c.artworkId === null) return s.compare ? { ...s, compare: null } : s
  if (s.compare?.artworkId === c.artworkId) return s
  return canCompare(findEntry(s, c.artworkId)) ? { ...s, compare: { artworkId: c.artworkId } } : s
}

/**
 * After any command: the view goes away when its artwork leaves the wall, when the client is taken elsewhere (another
 * view, the safe place) or when the session ends, so it never lingers into a place where it does not belong.
 */
export function settleCompare(after: SessionState, c: Command): SessionState {
  if (!after.compare) return after
  const leaves = c.type === 'set-view' || c.type === 'safe-place-go' || c.type === 'end'
  if (leaves || !canCompare(findEntry(after, after.compare.artworkId))) return { ...after, compare: null }
  return after
}

/** What the gallery draws for the open comparison: the artwork's place on the wall and its approved versions. */
export type CompareView = {
  artworkId: string
  /** Index of the artwork in wall order (the gallery hangs shown artworks in slot order, see sceneFromState). */
  wallIndex: number
  /** Approved versions, oldest first (version 1 is the original); `current` hangs on the wall. */
  versions: Array<{ id: string; artwork: Artwork; current: boolean }>
}

/** The open comparison as the headset and the mirror draw it, or null when none is open (or it no longer fits). */
export function compareView(
  state: (Pick<SessionState, 'compare'> & { artworks: readonly ArtworkEntry[] }) | null | undefined,
): CompareView | null {
  const id = state?.compare?.artworkId
  if (!state || !id) return null
  const wall = state.artworks
    .filter((e) => e.state === 'approved' && e.slot !== null)
    .sort((a, b) => (a.slot ?? 0) - (b.slot ?? 0))
  const wallIndex = wall.findIndex((e) => e.artwork.id === id)
  const entry = wall[wallIndex]
  if (!entry || !canCompare(entry)) return null
  const current = currentVersionId(entry)
  return {
    artworkId: id,
    wallIndex,
    versions: comparableVersions(entry)
      .slice(0, MAX_VERSIONS)
      .map((v) => ({ id: v.id, artwork: v.artwork, current: v.id === current })),
  }
}
