import type { ArtworkEntry, Exercise, SessionState } from './state'
import { MAX_SLOTS } from './state'

// Read-only questions about a state, shared by the reducer, the server and both clients.

/** Milliseconds of exercise time elapsed at `now`, honouring pace changes. */
export function exerciseElapsedMs(exercise: Exercise, now: number): number {
  return exercise.baseMs + Math.max(0, now - exercise.startedAt) * exercise.timeScale
}

/** The lowest wall place not taken by a shown artwork, or null when the walls are full. */
export function freeSlot(s: SessionState): number | null {
  const taken = new Set<number>()
  for (const e of s.artworks) if (e.state === 'approved' && e.slot !== null) taken.add(e.slot)
  for (let slot = 0; slot < MAX_SLOTS; slot++) if (!taken.has(slot)) return slot
  return null
}

export function findEntry(s: SessionState, artworkId: string): ArtworkEntry | undefined {
  return s.artworks.find((e) => e.artwork.id === artworkId)
}

/** The artworks the headset should show now: while at the safe place, only the safe place's own. */
export function visibleArtworks(s: SessionState): ArtworkEntry[] {
  const shown = s.artworks.filter((e) => e.state === 'approved')
  const saved = s.safePlace.saved
  if (s.safePlace.activeSince === null || !saved) return shown
  const keep = new Set(saved.artworkIds)
  return shown.filter((e) => keep.has(e.artwork.id))
}

/** Without a saved safe place, "safe place" still means somewhere quiet: the calm default scene. */

/** When the session ended (its end marker), or null while it runs. */
export function endedAt(state: SessionState): number | null {
  if (state.phase !== 'ended') return null
  for (let i = state.events.length - 1; i >= 0; i--)
    if (state.events[i]!.kind === 'end') return state.events[i]!.at
  // The end marker can only be missing from a hand-edited row; the last thing that happened is the best guess.
  return state.events.at(-1)?.at ?? state.startedAt
}

/**
 * True while a session runs, or for `graceMs` after it ended. A headset saves a comfort change debounced: one
 * made just before the therapist ends the session is flushed at the end and must still reach the record.
 */
export function openForSaves(state: SessionState, now: number, graceMs: number): boolean {
  const end = endedAt(state)
  return end === null || now - end <= graceMs
}
