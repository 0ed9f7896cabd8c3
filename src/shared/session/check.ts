import { parseExerciseStart } from '../exercises/schema'
import { checkVersionCommand, paintingVersionId } from '../refine/session-versions'
import type { Command } from './commands'
import { checkCompare } from './compare'
import { findEntry, freeSlot } from './queries'
import { MAX_SESSION_ARTWORKS } from './state'
import type { SessionState } from './state'

/** Why a command cannot be applied to this state; `null` when it can. */
export type CommandProblem = { code: 'not-found' | 'bad-command'; message: string }

/**
 * Checks a (schema-valid) command against the current state. The server calls it before applying, and
 * answers the sender with the problem; `applyCommand` itself never throws.
 */
export function checkCommand(state: SessionState, command: Command): CommandProblem | null {
  // A note is the therapist's record, not a change of scene: it may still be written once the session has ended.
  if (command.type === 'note') return command.text.trim() ? null : bad('The note is empty.')
  // The risk check may be finished after the end too: the record must hold it.
  if (command.type === 'risk-ack' || command.type === 'risk-check') return checkRisk(state, command.riskId)
  if (state.phase === 'ended') return bad('This session has ended.')
  switch (command.type) {
    case 'approve':
    case 'edit':
    case 'discard': {
      const entry = findEntry(state, command.artworkId)
      if (!entry) return notFound(command.artworkId)
      if (entry.state !== 'pending' && entry.state !== 'held') {
        return bad(
          `That artwork is ${entry.state}; only pending or held artworks can be ${verb(command.type)}.`,
        )
      }
      if (command.type === 'approve' && freeSlot(state) === null) {
        return bad('Every wall place is taken; remove an artwork first.')
      }
      return null
    }
    case 'move':
    case 'remove': {
      const entry = findEntry(state, command.artworkId)
      if (!entry) return notFound(command.artworkId)
      if (entry.state !== 'approved') return bad('Only artworks that are shown can be moved or removed.')
      return null
    }
    case 'artwork-add': {
      if (findEntry(state, command.artwork.id))
        return bad('An artwork with that id is already in the session.')
      if (command.replaces !== undefined && !findEntry(state, command.replaces))
        return notFound(command.replaces)
      if (command.replaces === undefined && state.artworks.length >= MAX_SESSION_ARTWORKS) {
        return bad(`A session holds at most ${MAX_SESSION_ARTWORKS} artworks.`)
      }
      return null
    }
    case 'cancel-image': {
      const entry = findEntry(state, command.artworkId)
      if (!entry) return notFound(command.artworkId)
      // The picture may be for a version that does not hang now (one job per artwork, whichever version).
      if (paintingVersionId(entry) === undefined) return bad('No picture is being made for that artwork.')
      return null
    }
    case 'artwork-spec':
    case 'artwork-image':
      return findEntry(state, command.artworkId) ? null : notFound(command.artworkId)
    case 'refine':
    case 'pick-version':
    case 'artwork-version':
      return checkVersionCommand(state, command)
    case 'compare-versions':
      return checkCompare(state, command)
    case 'exercise-start': {
      // The options travel as they are and every headset rebuilds the timeline from them: refuse what it could
      // not build (unknown exercise, a rate out of range…) here, rather than start an exercise nobody sees.
      const parsed = parseExerciseStart({ id: command.id, options: command.options ?? {}, timeScale: 1 })
      return parsed.ok ? null : bad(`That exercise cannot start: ${parsed.problem}.`)
    }
    case 'exercise-pace':
      return state.exercise ? null : bad('No exercise is running.')
    case 'suds-answer':
      return command.value <= state.suds.scale
        ? null
        : bad(`The rating must be between 0 and ${state.suds.scale}.`)
    case 'resume':
      return state.phase === 'paused' ? null : bad('The session is not paused.')
    case 'risk-raise':
      return (state.risks ?? []).some((r) => r.id === command.risk.id)
        ? bad('That risk alert is already raised.')
        : null
    default:
      return null
  }
}

function checkRisk(state: SessionState, riskId: string): CommandProblem | null {
  if ((state.risks ?? []).some((r) => r.id === riskId)) return null
  return { code: 'not-found', message: `There is no risk alert "${riskId.slice(0, 64)}" in this session.` }
}

function bad(message: string): CommandProblem {
  return { code: 'bad-command', message }
}

function notFound(id: string): CommandProblem {
  return { code: 'not-found', message: `There is no artwork "${id.slice(0, 64)}" in this session.` }
}

function verb(type: 'approve' | 'edit' | 'discard'): string {
  return type === 'approve' ? 'approved' : type === 'edit' ? 'edited' : 'discarded'
}
