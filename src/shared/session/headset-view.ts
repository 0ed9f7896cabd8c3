// What the client's headset is told of each command the server applies. The headset holds a copy of the session
// state built from these, so anything it must not have — words waiting for approval, held words and why they were
// held, the therapist's notes and risk checks — has to be kept out here. The choice is written down for every
// command, and the compiler refuses a new command until someone has made it: a forgotten one can no longer reach
// the client by default.
import { imageCommandForHeadset, showVersions, versionCommandForHeadset } from '../refine/session-versions'
import type { Command, CommandType } from './commands'
import { findEntry } from './queries'
import { riskForHeadset } from './risk'
import { artworkForHeadset, imageForHeadset } from './state'
import type { SessionState } from './state'

/**
 * - `as-is`: the headset applies the same command (the scene, exercises, the safe place, pause and end).
 * - `rewritten`: it gets its own version, or nothing, depending on the state (approved artworks only, never safety
 *   notes or a risk's words).
 * - `hidden`: never; it gets a `noop` so its sequence of commands has no gaps.
 */
export type HeadsetSees = 'as-is' | 'rewritten' | 'hidden'

export const HEADSET_SEES = {
  'set-view': 'as-is',
  'set-scene': 'as-is',
  'set-brightness': 'as-is',
  'set-sound': 'as-is',
  move: 'as-is',
  remove: 'as-is',
  'exercise-start': 'as-is',
  'exercise-pace': 'as-is',
  'exercise-stop': 'as-is',
  narrate: 'as-is',
  'safe-place-save': 'as-is',
  'safe-place-go': 'as-is',
  pause: 'as-is',
  resume: 'as-is',
  end: 'as-is',
  'suds-request': 'as-is',
  'suds-answer': 'as-is',
  'set-suds-scale': 'as-is',
  'set-language': 'as-is',
  'set-break': 'as-is',
  'compare-versions': 'as-is',
  'artwork-show': 'as-is',
  'risk-ack': 'as-is',
  'headset-paired': 'as-is',
  noop: 'as-is',
  approve: 'rewritten',
  'artwork-add': 'rewritten',
  'artwork-image': 'rewritten',
  'cancel-image': 'rewritten',
  'artwork-spec': 'rewritten',
  'artwork-version': 'rewritten',
  'pick-version': 'rewritten',
  'risk-raise': 'rewritten',
  // Words before the screen and the therapist have seen them, and the therapist's own working notes.
  describe: 'hidden',
  edit: 'hidden',
  refine: 'hidden',
  discard: 'hidden',
  'set-approval': 'hidden',
  note: 'hidden',
  'risk-check': 'hidden',
} as const satisfies Record<CommandType, HeadsetSees>

const NOOP: Command = { type: 'noop' }

/**
 * What the headset receives for an applied command, given the state before and after it. Pending, held
 * and discarded artworks never reach it; an approval arrives as `artwork-show`. Never `null`: a hidden
 * command becomes `noop` so the headset's sequence has no gaps.
 */
export function commandForHeadset(command: Command, before: SessionState, after: SessionState): Command {
  switch (command.type) {
    case 'approve':
    case 'artwork-add': {
      const id = command.type === 'approve' ? command.artworkId : command.artwork.id
      const entry = findEntry(after, id)
      const wasShown = findEntry(before, id)?.state === 'approved'
      if (!entry || entry.state !== 'approved' || entry.slot === null || wasShown) return NOOP
      const image = entry.image ? imageForHeadset(entry.image) : undefined
      return {
        type: 'artwork-show',
        artwork: artworkForHeadset(entry.artwork),
        slot: entry.slot,
        ...(image ? { image } : {}),
        ...showVersions(entry),
      }
    }
    case 'artwork-image':
    case 'cancel-image':
      return imageCommandForHeadset(command, before, after) ?? NOOP
    case 'artwork-spec': {
      // A shown artwork's richer spec reaches the headset without its safety notes; others wait for `artwork-show`.
      const entry = findEntry(after, command.artworkId)
      if (entry?.state !== 'approved' || entry === findEntry(before, command.artworkId)) return NOOP
      return { ...command, spec: artworkForHeadset(entry.artwork).spec }
    }
    case 'artwork-version':
    case 'pick-version':
      return versionCommandForHeadset(command, before, after) ?? NOOP
    case 'risk-raise':
      return { type: 'risk-raise', risk: riskForHeadset(command.risk) }
    default:
      // Only what the table passes as it is; anything else (a `rewritten` one without its case above) stays out.
      return HEADSET_SEES[command.type] === 'as-is' ? command : NOOP
  }
}
