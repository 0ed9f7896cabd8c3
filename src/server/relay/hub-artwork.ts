// Words → artwork for the session hub: the same interpret → safety path as the solo gallery, plus the extra screens
// features register. Kept apart from the hub's queue and persistence, which it never touches. Words raised by the
// risk screen never become an artwork: they become a `risk-raise`, whatever the approval mode.
import type { Clock } from '../../shared/clock'
import type { RiskCategory, RiskScreen } from '../../shared/safety/risk'
import { newRiskEvent } from '../../shared/session/risk'
import type { RiskEvent } from '../../shared/session/risk'
import type { Command, Role } from '../../shared/session/commands'
import type { ErrorCode } from '../../shared/session/protocol'
import { checkCommand, findEntry } from '../../shared/session/reducer'
import type { SessionState } from '../../shared/session/state'
import type { SceneSpec } from '../../shared/spec'
import { checkArtworkBody } from '../text'
import { wordsToArtwork, type Interpret } from '../words-to-artwork'

export type MadeCommand = { ok: true; command: Command } | { ok: false; code: ErrorCode; message: string }
type WordsCommand = Extract<Command, { type: 'describe' | 'edit' }>
type AddCommand = Extract<Command, { type: 'artwork-add' }>
type RiskCommand = Extract<Command, { type: 'risk-raise' }>
/**
 * What a feature's extra screen (SessionHubHooks.screen) found in new words: reasons to hold the artwork for the
 * therapist, and risk it recognised (moderation's self-harm and violence categories). Either may be empty.
 */
export interface ScreenFinding {
  hold: string[]
  risk?: { categories: RiskCategory[]; reasons: string[] }
}
export type WordsScreen = (state: SessionState, words: string, spec: SceneSpec) => Promise<ScreenFinding>

export interface ArtworkDeps {
  interpret: Interpret
  now: Clock
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
  // The same road as the solo gallery's words (words-to-artwork.ts). Risk first: such words are never interpreted
  // into a scene, never leave the machine, never hang; here they are raised to the therapist.
  const made = wordsToArtwork(deps, check.text, state.language)
  if (made.kind === 'risk') {
    const from = role === 'headset' ? 'client' : 'therapist'
    return { ok: true, command: riskCommand(deps, check.text, from, command.type, made.screen) }
  }
  if (made.kind === 'failed') {
    deps.log('interpret failed', made.error)
    return { ok: false, code: 'bad-command', message: 'The words could not be turned into a painting.' }
  }
  const { artwork } = made
  const spec = artwork.spec
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

/** Raised words as the server-made command: the event carries the words for the therapist alone. */
export function riskCommand(
  deps: Pick<ArtworkDeps, 'now' | 'createId'>,
  words: string,
  from: RiskEvent['from'],
  source: RiskEvent['source'],
  screen: RiskScreen,
): RiskCommand {
  const risk = newRiskEvent({ id: deps.createId(), at: deps.now(), words, from, source, screen })
  return { type: 'risk-raise', risk }
}

/**
 * Runs every registered screen over a new artwork's words, one after another. Risk from any screen turns the artwork
 * into a `risk-raise` (never painted); hold reasons hold it for the therapist. A screen may add a hold or raise risk,
 * never clear either; a screen that breaks adds nothing.
 */
export async function screenArtwork(
  deps: Pick<ArtworkDeps, 'now' | 'createId' | 'log'>,
  screens: readonly WordsScreen[],
  state: SessionState,
  add: AddCommand,
): Promise<Command> {
  const extra: string[] = []
  const risk: { categories: RiskCategory[]; reasons: string[] } = { categories: [], reasons: [] }
  for (const screen of screens) {
    try {
      const found = await screen(state, add.artwork.text, add.artwork.spec)
      extra.push(...found.hold)
      risk.categories.push(...(found.risk?.categories ?? []))
      risk.reasons.push(...(found.risk?.reasons ?? []))
    } catch (err) {
      // The local screen's result stands.
      deps.log('screen failed', err)
    }
  }
  if (risk.reasons.length || risk.categories.length) {
    const screen: RiskScreen = {
      raised: true,
      categories: [...new Set(risk.categories)],
      hits: [],
      reasons: risk.reasons,
    }
    const source = add.replaces === undefined ? 'describe' : 'edit'
    return riskCommand(deps, add.artwork.text, add.from, source, screen)
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
