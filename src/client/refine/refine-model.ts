import { REFINE_CHOICE_LABELS } from '../../shared/refine/choices'
import { currentVersionId, entryVersions } from '../../shared/refine/session-versions'
import type { ArtworkEntry, ArtworkVersion } from '../../shared/session/state'

// Plain data for the client's refine panels (desktop and VR), so both say the same thing.

export type VersionItem = { id: string; label: string; current: boolean }

export function versionLabel(v: ArtworkVersion, i: number): string {
  if (i === 0 && !v.choice && !v.words) return 'As it was first'
  if (v.choice && v.words) return `${REFINE_CHOICE_LABELS[v.choice]}, “${v.words}”`
  if (v.choice) return REFINE_CHOICE_LABELS[v.choice]
  return `“${(v.words ?? '').slice(0, 40)}”`
}

export function versionItems(entry: ArtworkEntry): VersionItem[] {
  const current = currentVersionId(entry)
  // The headset only ever holds approved versions; filter again rather than trust the wire.
  return entryVersions(entry)
    .filter((v) => v.state === 'approved')
    .map((v, i) => ({ id: v.id, label: versionLabel(v, i), current: v.id === current }))
}

/** The shown artworks, newest last: the panel starts on the newest (the one the client just made). */
export function refinable(entries: readonly ArtworkEntry[] | undefined): ArtworkEntry[] {
  return (entries ?? []).filter((e) => e.state === 'approved' && e.slot !== null)
}

export function shortTitle(entry: ArtworkEntry): string {
  const t = entry.artwork.spec.title || entry.artwork.text
  return t.length > 42 ? `${t.slice(0, 40)}…` : t
}
