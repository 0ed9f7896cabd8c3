import type { RiskEvent } from '../../shared/session/risk'

/** How long a client waits with only the gentle message before the crisis text joins it: never a dead end. */
export const CRISIS_TEXT_AFTER_MS = 120_000

export type RiskNotice =
  | { kind: 'none' }
  | {
      /** 'gentle': the therapist is on their way; 'crisis': still waiting, so the crisis text shows under it. */
      kind: 'gentle' | 'crisis'
      /** Server time (ms) of the oldest raise still waiting for the therapist. */
      since: number
      /** Server time (ms) the crisis text joins the message (already past when kind is 'crisis'). */
      crisisAt: number
    }

export const NO_NOTICE: RiskNotice = { kind: 'none' }

/**
 * What a paired headset shows for risk events, from its copy of the state (which holds only `at` and
 * `acknowledgedAt`) and the server's clock now. The oldest unacknowledged raise sets the pace: a second raise while
 * the client already waits does not start the two minutes again.
 */
export function riskNotice(
  risks: readonly Pick<RiskEvent, 'at' | 'acknowledgedAt'>[] | undefined,
  serverNow: number,
): RiskNotice {
  let since = Infinity
  for (const r of risks ?? []) if (r.acknowledgedAt === null && r.at < since) since = r.at
  if (since === Infinity) return NO_NOTICE
  const crisisAt = since + CRISIS_TEXT_AFTER_MS
  return { kind: serverNow >= crisisAt ? 'crisis' : 'gentle', since, crisisAt }
}

/** Milliseconds until the notice would change by time alone (the crisis text joining), or null when it will not. */
export function noticeChangesIn(notice: RiskNotice, serverNow: number): number | null {
  return notice.kind === 'gentle' ? Math.max(0, notice.crisisAt - serverNow) : null
}

/** Equal notices, so a subscriber re-renders only when what the client sees changes. */
export function sameNotice(a: RiskNotice, b: RiskNotice): boolean {
  if (a.kind === 'none' || b.kind === 'none') return a.kind === b.kind
  return a.kind === b.kind && a.since === b.since
}
