// What a committed command changes beyond the session's own state: the client's record, the headset's access and
// the audit log. Runs after the new state is stored, before anyone hears of it.
import type { Command } from '../../shared/session/commands'
import { findEntry } from '../../shared/session/reducer'
import type { SessionState } from '../../shared/session/state'
import type { AuditStore } from '../storage/audit-store'
import type { SessionStore } from '../storage/session-store'

export interface EffectDeps {
  store: SessionStore
  audit?: AuditStore | undefined
  log: (message: string, err?: unknown) => void
}

/** An audit row must never fail a command that is already stored. */
export function recordAudit(deps: EffectDeps, entry: Parameters<AuditStore['record']>[0]): void {
  try {
    deps.audit?.record(entry)
  } catch (err) {
    deps.log('audit record failed', err)
  }
}

export async function applySideEffects(
  deps: EffectDeps,
  before: SessionState,
  after: SessionState,
  command: Command,
  at: number,
): Promise<void> {
  if (command.type === 'safe-place-save' && after.safePlace.saved) {
    // The safe place belongs to the client, so the next session starts with it.
    await deps.store.saveSafePlace(after.clientId, after.safePlace.saved)
  }
  if (command.type === 'set-suds-scale' && before.suds.scale !== after.suds.scale) {
    // So is the SUDS scale ("where the client's record says so"): the record follows the session.
    await deps.store.updateClient(after.clientId, { sudsScale: after.suds.scale })
  }
  if (command.type === 'set-language' && after.language && before.language !== after.language) {
    // The language is the client's too: the next session and the device's prefs start with it.
    await deps.store.mergeClientPrefs(after.clientId, { language: after.language })
  }
  const ended = after.phase === 'ended' && before.phase !== 'ended'
  if (ended) {
    // The end of the session is the end of the headset's access: its token stops working now.
    await deps.store.revokeSessionTokens(after.id, at)
  }
  // Approve and end are therapist-only commands, so the session's therapist is the actor.
  const ref = { clientId: after.clientId, sessionId: after.id }
  if (command.type === 'approve' && findEntry(after, command.artworkId)?.state === 'approved') {
    const was = findEntry(before, command.artworkId)?.state
    if (was !== 'approved')
      recordAudit(deps, { actor: after.therapistId, action: 'approve', ...ref, detail: `was ${was}` })
  }
  recordRiskAudit(deps, before, after, command)
  if (ended) {
    const n = after.artworks.length
    recordAudit(deps, {
      actor: after.therapistId,
      action: 'session-end',
      ...ref,
      detail: `${n} artwork${n === 1 ? '' : 's'}`,
    })
  }
}

/**
 * Risk alerts in the audit log: that one was raised, acknowledged and checked, with ids and categories only (the
 * words stay in the session's record, which erasure removes).
 */
function recordRiskAudit(
  deps: EffectDeps,
  before: SessionState,
  after: SessionState,
  command: Command,
): void {
  const ref = { clientId: after.clientId, sessionId: after.id }
  const had = new Map((before.risks ?? []).map((r) => [r.id, r]))
  for (const risk of after.risks ?? []) {
    const old = had.get(risk.id)
    if (!old) {
      const actor = risk.from === 'client' ? 'headset' : after.therapistId
      const detail = risk.categories.join(' ').slice(0, 60) || 'moderation'
      recordAudit(deps, { actor, action: 'risk-raised', ...ref, detail })
      continue
    }
    if (old.acknowledgedAt === null && risk.acknowledgedAt !== null) {
      recordAudit(deps, { actor: after.therapistId, action: 'risk-acknowledged', ...ref })
    }
    if (command.type === 'risk-check' && command.riskId === risk.id && risk.check !== old.check) {
      recordAudit(deps, { actor: after.therapistId, action: 'risk-checked', ...ref })
    }
  }
}
