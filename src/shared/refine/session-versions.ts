import type { CommandOf } from '../session/commands'
import type { ArtworkEntry, ArtworkImage, ArtworkVersion, SessionState } from '../session/state'
import { versionForHeadset } from '../session/state'
import { MAX_VERSIONS } from './choices'

// The session side of refinement, kept apart from the main reducer so that file stays small. Pure.

/** The original as a version: what an entry had before its first refinement. */
export function originalVersion(entry: ArtworkEntry): ArtworkVersion {
  return {
    id: entry.artwork.id,
    artwork: entry.artwork,
    state: 'approved',
    from: entry.from,
    reasons: entry.reasons,
    ...(entry.image ? { image: entry.image } : {}),
  }
}

/** The entry's versions, the original included (an entry never refined has just its original). */
export function entryVersions(entry: ArtworkEntry): ArtworkVersion[] {
  return entry.versions?.length ? entry.versions : [originalVersion(entry)]
}

export function currentVersionId(entry: ArtworkEntry): string {
  return entry.current ?? entry.artwork.id
}

/** The id under which the hanging painting is drawn: changes with the version, so the painter paints it anew. */
export function paintingKey(entry: ArtworkEntry): string {
  return currentVersionId(entry)
}

/**
 * The AI picture of one version: the hanging version's lives on the entry (what the wall shows), every
 * other version keeps its own. Undefined for a version that is not kept (or has no picture).
 */
export function versionImage(entry: ArtworkEntry, versionId: string): ArtworkImage | undefined {
  if (versionId === currentVersionId(entry)) return entry.image
  return entry.versions?.find((v) => v.id === versionId)?.image
}

/**
 * Changes one version's picture where it lives (the entry when it hangs, else the version). Returns `entry` itself
 * when nothing changed or the version is not kept, so a late job's news about a dropped version changes nothing.
 */
export function updateVersionImage(
  entry: ArtworkEntry,
  versionId: string,
  f: (image: ArtworkImage | undefined) => ArtworkImage | undefined,
): ArtworkEntry {
  if (versionId === currentVersionId(entry)) {
    const image = f(entry.image)
    if (image === entry.image) return entry
    const { image: _old, ...rest } = entry
    return image ? { ...rest, image } : rest
  }
  const i = entry.versions?.findIndex((v) => v.id === versionId) ?? -1
  if (i < 0) return entry
  const versions = [...entry.versions!]
  const image = f(versions[i]!.image)
  if (image === versions[i]!.image) return entry
  versions[i] = withImage(versions[i]!, image)
  return { ...entry, versions }
}

/** The version whose picture is being made now (one job per artwork at a time), or undefined. */
export function paintingVersionId(entry: ArtworkEntry): string | undefined {
  return paintingVersions(entry)[0]
}

/** Every version whose picture is still `painting` (a state read from storage may hold more than one). */
export function paintingVersions(entry: ArtworkEntry): string[] {
  const current = currentVersionId(entry)
  const out = entry.image?.state === 'painting' ? [current] : []
  for (const v of entry.versions ?? []) if (v.id !== current && v.image?.state === 'painting') out.push(v.id)
  return out
}

/** Keep at most MAX_VERSIONS: drop the oldest that is neither hanging nor the newest. */
function capVersions(versions: ArtworkVersion[], keep: string): ArtworkVersion[] {
  const out = [...versions]
  while (out.length > MAX_VERSIONS) {
    const i = out.findIndex((v, k) => v.id !== keep && k < out.length - 1)
    out.splice(i < 0 ? 0 : i, 1)
  }
  return out
}

/** Hang `version` on `entry`: its content under the entry's stable id, its picture (if any) as the entry's. */
function hang(entry: ArtworkEntry, versions: ArtworkVersion[], version: ArtworkVersion): ArtworkEntry {
  // The picture of the version that stops hanging stays with that version.
  const outgoing = currentVersionId(entry)
  const kept = versions.map((v) =>
    v.id === outgoing && v.id !== version.id ? withImage(v, entry.image) : v.id === version.id ? version : v,
  )
  const { image: _old, ...rest } = entry
  return {
    ...rest,
    artwork: { ...version.artwork, id: entry.artwork.id },
    versions: kept,
    current: version.id,
    ...(version.image ? { image: version.image } : {}),
  }
}

function withImage(v: ArtworkVersion, image: ArtworkEntry['image']): ArtworkVersion {
  const { image: _old, ...rest } = v
  return image ? { ...rest, image } : rest
}

/** `artwork-version`: add the version; an approved one hangs at once. Unknown or removed artworks: no change. */
export function addVersion(entry: ArtworkEntry, c: CommandOf<'artwork-version'>): ArtworkEntry {
  if (entry.state === 'discarded' || entry.state === 'held') return entry
  const existing = entryVersions(entry)
  if (existing.some((v) => v.id === c.version.id)) return entry
  const current = currentVersionId(entry)
  // The hanging version's picture lives on the entry; fold it in so the list is complete.
  const versions = existing.map((v) => (v.id === current ? withImage(v, entry.image) : v))
  const keep = c.version.state === 'approved' ? c.version.id : current
  const next = capVersions([...versions, c.version], keep)
  if (c.version.state !== 'approved') return { ...entry, versions: next, current }
  return hang(entry, next, c.version)
}

/** `pick-version`: hang another version. A waiting or held version becomes approved (the therapist decided). */
export function pickVersion(entry: ArtworkEntry, versionId: string): ArtworkEntry {
  if (entry.state === 'discarded' || entry.state === 'held') return entry
  const versions = entryVersions(entry)
  const picked = versions.find((v) => v.id === versionId)
  if (!picked || versionId === currentVersionId(entry)) return entry
  return hang(entry, versions, { ...picked, state: 'approved' })
}

export type VersionProblem = { code: 'not-found' | 'bad-command'; message: string } | null

/** Why `refine` / `pick-version` cannot apply; null when they can. */
export function checkVersionCommand(
  state: SessionState,
  c: CommandOf<'refine'> | CommandOf<'pick-version'> | CommandOf<'artwork-version'>,
): VersionProblem {
  const entry = state.artworks.find((e) => e.artwork.id === c.artworkId)
  if (!entry)
    return {
      code: 'not-found',
      message: `There is no artwork "${c.artworkId.slice(0, 64)}" in this session.`,
    }
  if (entry.state === 'discarded')
    return { code: 'bad-command', message: 'That artwork was discarded; it cannot be refined.' }
  if (entry.state === 'held') {
    return {
      code: 'bad-command',
      message: 'That artwork is held for safety; edit its words instead of refining it.',
    }
  }
  if (c.type === 'refine' && !c.choice && !c.text?.trim()) {
    return { code: 'bad-command', message: 'Choose a change or write a few words.' }
  }
  if (c.type === 'pick-version' && !entryVersions(entry).some((v) => v.id === c.versionId)) {
    return { code: 'not-found', message: 'That version is not kept for this artwork.' }
  }
  if (c.type === 'artwork-version' && entryVersions(entry).some((v) => v.id === c.version.id)) {
    return { code: 'bad-command', message: 'That version is already kept.' }
  }
  return null
}

/**
 * What the headset hears of a version change: only for a shown artwork and only approved versions. A waiting
 * version the therapist now picks reaches it as a new `artwork-version` (it never saw it before).
 */
export function versionCommandForHeadset(
  c: CommandOf<'artwork-version'> | CommandOf<'pick-version'>,
  before: SessionState,
  after: SessionState,
): CommandOf<'artwork-version'> | CommandOf<'pick-version'> | null {
  const entry = after.artworks.find((e) => e.artwork.id === c.artworkId)
  const previous = before.artworks.find((e) => e.artwork.id === c.artworkId)
  if (!entry || entry.state !== 'approved' || !previous || entry === previous) return null
  const id = c.type === 'artwork-version' ? c.version.id : c.versionId
  const version = entry.versions?.find((v) => v.id === id)
  const visible = version ? versionForHeadset(version) : null
  if (!visible) return null
  const seenBefore = entryVersions(previous).find((v) => v.id === id)?.state === 'approved'
  if (c.type === 'pick-version' && seenBefore) return c
  // Its picture (if any) comes in the version; a fresh picture arrives as `artwork-image` later.
  return { type: 'artwork-version', artworkId: c.artworkId, version: visible }
}

/** Approved versions to send with `artwork-show`, when the artwork was refined before it was shown. */
export function showVersions(entry: ArtworkEntry): { versions?: ArtworkVersion[]; current?: string } {
  if (!entry.versions?.length) return {}
  const versions: ArtworkVersion[] = []
  for (const v of entry.versions) {
    const visible = versionForHeadset(v)
    if (visible) versions.push(visible)
  }
  return { versions, ...(entry.current ? { current: entry.current } : {}) }
}

/**
 * Only shown artworks hear of their picture, and only of versions the headset may see, without the console's notice.
 * A failure or a cancel reaches the headset only as the end of the gentle progress: the painting simply stays.
 */
export function imageCommandForHeadset(
  command: CommandOf<'artwork-image'> | CommandOf<'cancel-image'>,
  before: SessionState,
  after: SessionState,
): CommandOf<'artwork-image'> | null {
  const entry = after.artworks.find((e) => e.artwork.id === command.artworkId)
  const previous = before.artworks.find((e) => e.artwork.id === command.artworkId)
  if (entry?.state !== 'approved' || !previous) return null
  const versionId =
    command.type === 'artwork-image'
      ? (command.versionId ?? command.artworkId)
      : (paintingVersionId(previous) ?? currentVersionId(entry))
  const hangs = versionId === currentVersionId(entry)
  if (!hangs && entry.versions?.find((v) => v.id === versionId)?.state !== 'approved') return null
  const image = versionImage(entry, versionId)
  if (!image || image === versionImage(previous, versionId)) return null
  const { state, file } = image
  return {
    type: 'artwork-image',
    artworkId: command.artworkId,
    // The original's picture keeps the old shape, so an unrefined artwork's news reads as it always did.
    ...(versionId !== command.artworkId ? { versionId } : {}),
    state,
    ...(file ? { file } : {}),
  }
}
