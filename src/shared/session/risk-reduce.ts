import type { CommandOf } from './commands'
import { MAX_RISKS } from './risk'
import type { RiskEvent } from './risk'
import { MAX_EVENTS } from './state'
import type { SessionState } from './state'

type RiskCommand = CommandOf<'risk-raise' | 'risk-ack' | 'risk-check'>

/**
 * Risk events in the one reducer. A raised event is kept whatever the approval mode; acknowledging stops the alert
 * once (a second acknowledgement changes nothing); a check may be written again, the latest stands.
 */
export function reduceRisk(s: SessionState, c: RiskCommand, now: number): SessionState {
  const risks = s.risks ?? []
  switch (c.type) {
    case 'risk-raise': {
      if (risks.some((r) => r.id === c.risk.id) || risks.length >= MAX_RISKS) return s
      return withEvent({ ...s, risks: [...risks, c.risk] }, now, 'risk', 'words raised for risk')
    }
    case 'risk-ack': {
      const next = update(s, c.riskId, (r) => (r.acknowledgedAt === null ? { ...r, acknowledgedAt: now } : r))
      return next === s ? s : withEvent(next, now, 'risk-ack', 'risk alert acknowledged')
    }
    case 'risk-check': {
      // A check implies the therapist has seen the alert.
      const next = update(s, c.riskId, (r) => ({
        ...r,
        acknowledgedAt: r.acknowledgedAt ?? now,
        check: { ...c.check, at: now },
      }))
      return next === s ? s : withEvent(next, now, 'risk-check', 'risk check recorded')
    }
  }
}

function update(s: SessionState, id: string, f: (r: RiskEvent) => RiskEvent): SessionState {
  const risks = s.risks ?? []
  const i = risks.findIndex((r) => r.id === id)
  const old = risks[i]
  if (!old) return s
  const next = f(old)
  if (next === old) return s
  return { ...s, risks: risks.map((r, k) => (k === i ? next : r)) }
}

function withEvent(s: SessionState, at: number, kind: string, label: string): SessionState {
  const events = [...s.events, { at, kind, label }]
  return { ...s, events: events.length > MAX_EVENTS ? events.slice(events.length - MAX_EVENTS) : events }
}
