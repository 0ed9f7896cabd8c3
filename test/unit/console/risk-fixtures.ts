import { screenRisk } from '../../../src/shared/safety/risk'
import { newRiskEvent, type RiskEvent } from '../../../src/shared/session/risk'
import { applyCommand } from '../../../src/shared/session/reducer'
import { createSessionState, type SessionState } from '../../../src/shared/session/state'

export const T0 = Date.UTC(2026, 2, 10, 14, 0)

export function riskEvent(id: string, words: string, at = T0, from: RiskEvent['from'] = 'client'): RiskEvent {
  return newRiskEvent({ id, at, words, from, source: 'describe', screen: screenRisk(words) })
}

export function sessionWith(...risks: RiskEvent[]): SessionState {
  let s = createSessionState({ id: 's1', clientId: 'c1', clientAlias: 'Robin', therapistId: 't', now: T0 })
  for (const risk of risks) s = applyCommand(s, { type: 'risk-raise', risk }, risk.at)
  return s
}
