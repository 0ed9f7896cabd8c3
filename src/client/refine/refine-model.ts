import type { RefineChoice } from '../../shared/refine/choices'
export { refusalKey } from './refusal-key'
import { currentVersionId, entryVersions } from '../../shared/refine/session-versions'
import type { ArtworkEntry, ArtworkVersion } from '../../shared/session/state'
import type { HeadsetTranslate } from '../i18n/headset-text'

// Plain data for the client's refine panels (desktop and VR), so both say the same thing, in the language of `t`.

export type VersionItem = { id: string; label: string; current: boolean }

/** A quick choice's words in the headset's catalogue (the console words the same ids its own way). */
export const choiceKey = (choice: RefineChoice) => `refine.choice.${choice}` as const

export function versionLabel(v: ArtworkVersion, i: number, t: HeadsetTranslate): string {
  if (i === 0 && !v.choice && !v.words) return t('refine.version.first')
  if (v.choice && v.words)
    return t('refine.version.choiceWords', { choice: t(choiceKey(v.choice)), words: v.words })
  if (v.choice) return t(choiceKey(v.choice))
  return t('refine.version.words', { words: (v.words ?? '').slice(0, 40) })
}

export function versionItems(entry: ArtworkEntry, t: HeadsetTranslate): VersionItem[] {
  const current = currentVersionId(entry)
  // The headset only ever holds approved versions; filter again rather than trust the wire.
  return entryVersions(entry)
    .filter((v) => v.state === 'approved')
    .map((v, i) => ({ id: v.id, label: versionLabel(v, i, t), current: v.id === current }))
}

/** The shown artworks, newest last: the panel starts on the newest (the one the client just made). */
export function refinable(entries: readonly ArtworkEntry[] | undefined): ArtworkEntry[] {
  return (entries ?? []).filter((e) => e.state === 'approved' && e.slot !== null)
}

export function shortTitle(entry: ArtworkEntry): string {
  const t = entry.artwork.spec.title || entry.artwork.text
  return t.length > 42 ? `${t.slice(0, 40)}…` : t
}
