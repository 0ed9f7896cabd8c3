// Words → artwork for the session hub: the same interpret → safety path as the solo gallery, plus the extra screens
// features register (issue 6). Kept apart from the hub's queue and persistence, which it never touches.
import type { Artwork } from '../../shared/artwork'
import { seedFromText } from '../../shared/recipe'
import type { Command, Role } from '../../shared/session/commands'
import type { ErrorCode } from '../../shared/session/protocol'
import { checkCommand, findEntry } from '../../shared/session/reducer'
import type { SessionState } from '../../shared/session/state'
import { SceneSpecSchema } from '../../shared/spec'
import type { SceneSpec } from '../../shared/spec'
import { checkArtworkBody } from '../text'

export type MadeCommand = { ok: true; command: Command } | { ok: false; code: ErrorCode; message: string }
type WordsCommand = Extract<Command, { type: 'describe' | 'edit' }>
type AddCommand = Extract<Command, { type: 'artwork-add' }>
/** A feature's extra screening of new words (SessionHubHooks.screen): hold reasons to add, or none. */
export type WordsScreen = (state: SessionState, words: string, spec: SceneSpec) => Promise<string[]>

export interface ArtworkDeps {
  interpret: (text: string) => SceneSpec
  now: () => number
  createId: () => string
  log: (message: string, err?: unknown) => void
}

/** Words → screened `artwork-add` (or why not), for a describe or an edit that fits the session's state. */
export function makeArtwork(
  deps: ArtworkDeps,
  state: SessionState,
  role: Role,
  command: WordsCommand,
): MadeCommand {
  const problem = checkCommand(state, command)
  if (problem) return { ok: false, ...problem }
  const check = checkArtworkBody({ text: command.text })
  if (!check.ok) return { ok: false, code: 'bad-command', message: check.message }
  let spec: SceneSpec
  try {
    spec = SceneSpecSchema.parse(deps.interpret(check.text))
  } catch (err) {
    // Never fall back to a default scene: unscreened words must not reach the wall.
    deps.log('interpret failed', err)
    return { ok: false, code: 'bad-command', message: 'The words could not be turned into a painting.' }
  }
  const artwork: Artwork = {
    id: deps.createId(),
    text: check.text,
    createdAt: new Date(deps.now()).toISOString(),
    spec,
    seed: seedFromText(check.text),
    status: spec.safety.held ? 'held' : 'shown',
  }
  const replaced = command.type === 'edit' ? findEntry(state, command.artworkId) : undefined
  return {
    ok: true,
    command: {
      type: 'artwork-add',
      artwork,
      reasons: spec.safety.reasons.slice(0, 20).map((r) => r.slice(0, 200)),
      from: replaced?.from ?? (role === 'headset' ? 'client' : 'therapist'),
      ...(replaced ? { replaces: replaced.artwork.id } : {}),
    },
  }
}

/**
 * Runs every registered screen over a new artwork's words, one after another, and holds the artwork when any of
 * them gives a reason. A screen may add a hold, never clear one; a screen that breaks adds nothing.
 */
export async function screenArtwork(
  screens: readonly WordsScreen[],
  state: SessionState,
  add: AddCommand,
  log: ArtworkDeps['log'],
): Promise<Command> {
  const extra: string[] = []
  for (const screen of screens) {
    try {
      extra.push(...(await screen(state, add.artwork.text, add.artwork.spec)))
    } catch (err) {
      // The local screen's result stands.
      log('screen failed', err)
    }
  }
  return extra.length ? withHold(add, extra) : add
}

/** The artwork held for the therapist with the screen's reasons added to the local ones. */
export function withHold(add: AddCommand, extra: string[]): Command {
  const spec = add.artwork.spec
  const reasons = [...spec.safety.reasons, ...extra]
  return {
    ...add,
    artwork: {
      ...add.artwork,
      status: 'held',
      spec: { ...spec, safety: { ...spec.safety, held: true, reasons } },
    },
    reasons: reasons.slice(0, 20).map((r) => r.slice(0, 200)),
  }
}
