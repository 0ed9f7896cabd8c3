import type { Clock } from '../clock'
import type { Artwork } from '../artwork'
import type { CommandOf, Role } from '../session/commands'
import type { ArtworkEntry, ArtworkVersion, SessionState } from '../session/state'
import { refineSpec } from './refine-spec'
import { checkVersionCommand, entryVersions } from './session-versions'
import type { Interpret } from './words'

export type MadeVersion =
  | { ok: true; command: CommandOf<'artwork-version'> }
  | { ok: false; code: 'not-found' | 'bad-command'; message: string }

export type MakeVersionDeps = {
  interpret: Interpret
  createId: () => string
  now: Clock
  /** Screens refinement words (control characters, length); the server passes its own check. */
  checkWords?: (text: string) => { ok: true; text: string } | { ok: false; message: string }
}

/**
 * `refine` → a new version, made like `describe` makes an artwork: words through the local interpreter, merged
 * onto the hanging version, screened together with the original words (a hold always wins).
 *
 * Approval (docs/CLINICAL.md), decided here: a version is `held` when the combined words are held (for everyone). In
 * clinical mode a client's WORDS on an artwork already shown wait for the therapist (`pending`), like a new
 * description would; a client's QUICK CHOICE hangs at once, because a quick choice only moves colour, light and
 * calm within what was already approved (it can add water or lanterns, never words of its own). The therapist's
 * refinements always hang (the therapist is the approver). In open mode every unheld version hangs.
 */
export function makeVersion(
  state: SessionState,
  role: Role,
  command: CommandOf<'refine'>,
  deps: MakeVersionDeps,
): MadeVersion {
  const problem = checkVersionCommand(state, command)
  if (problem) return { ok: false, ...problem }
  const entry = state.artworks.find((e) => e.artwork.id === command.artworkId)
  if (!entry) return { ok: false, code: 'not-found', message: 'There is no such artwork in this session.' }
  return versionOf(entry, { role, approval: state.approval }, command, deps)
}

/**
 * One entry's new version, wherever the entry lives: a session's state (above) or a device's own gallery, whose
 * artworks are entries of their own with the open approval of solo use (src/server/solo-versions.ts). The caller
 * has checked that the entry may be refined.
 */
export function versionOf(
  entry: ArtworkEntry,
  by: { role: Role; approval: SessionState['approval'] },
  command: CommandOf<'refine'>,
  deps: MakeVersionDeps,
): MadeVersion {
  const { role } = by
  let words: string | undefined
  if (command.text !== undefined) {
    const checked = deps.checkWords
      ? deps.checkWords(command.text)
      : { ok: true as const, text: command.text.trim() }
    if (!checked.ok) return { ok: false, code: 'bad-command', message: checked.message }
    words = checked.text || undefined
  }
  const refined = refineSpec(
    { spec: entry.artwork.spec, text: entry.artwork.text },
    { ...(command.choice ? { choice: command.choice } : {}), ...(words ? { text: words } : {}) },
    deps.interpret,
  )
  if (!refined.ok) return { ok: false, code: 'bad-command', message: refined.message }
  const held = refined.spec.safety.held
  const waits =
    by.approval === 'clinical' && role === 'headset' && words !== undefined && entry.state === 'approved'
  const artwork: Artwork = {
    id: deps.createId(),
    text: refined.text,
    createdAt: new Date(deps.now()).toISOString(),
    spec: refined.spec,
    // The same seed: a version is the same painting, changed, not a new one.
    seed: entry.artwork.seed,
    status: held ? 'held' : 'shown',
  }
  const version: ArtworkVersion = {
    id: artwork.id,
    artwork,
    state: held ? 'held' : waits ? 'pending' : 'approved',
    from: role === 'headset' ? 'client' : 'therapist',
    ...(command.choice ? { choice: command.choice } : {}),
    ...(words ? { words } : {}),
    reasons: refined.spec.safety.reasons.slice(0, 20).map((r) => r.slice(0, 200)),
  }
  return { ok: true, command: { type: 'artwork-version', artworkId: entry.artwork.id, version } }
}

/**
 * The headset may pick only versions it can see (approved): a waiting or held one is as unknown to it as a wrong
 * id, so it learns nothing from the answer.
 */
export function headsetMayPick(state: SessionState, command: CommandOf<'pick-version'>): boolean {
  const entry = state.artworks.find((e) => e.artwork.id === command.artworkId)
  if (!entry || entry.state !== 'approved') return false
  return entryVersions(entry).some((v) => v.id === command.versionId && v.state === 'approved')
}
