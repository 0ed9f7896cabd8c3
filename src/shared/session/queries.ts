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
