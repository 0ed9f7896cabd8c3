import {
  RISK_ACTION_LABELS,
  RISK_CHECK_LABELS,
  RISK_CHECK_QUESTIONS,
  type RiskEvent,
} from '../../shared/session/risk'
import type { SessionState } from '../../shared/session/state'
import { fromText, recognised, type Recognised } from '../risk/risk-alert'
import { clockTime } from '../../shared/ui/dates'
import { ANSWER_LABELS } from '../risk/risk-check-form'

/**
 * The session's risk events as the printed report (and the record) shows them: when, the words, what was
 * recognised, when the therapist acknowledged, and the check. Pure, so what prints is unit-tested.
 */
export type ReportRisk = {
  id: string
  time: string
  words: string
  from: string
  recognised: Recognised[]
  other: string[]
  /** "14:04 (2 min later)", or null while it waits. */
  acknowledged: string | null
  check: {
    time: string
    answers: Array<{ question: string; answer: string }>
    actions: string[]
    note: string
  } | null
}

export function reportRisks(state: Pick<SessionState, 'risks'>): ReportRisk[] {
  return [...(state.risks ?? [])].sort((a, b) => a.at - b.at).map(reportRisk)
}

function reportRisk(e: RiskEvent): ReportRisk {
  const r = recognised(e)
  return {
    id: e.id,
    time: clockTime(e.at),
    words: e.words,
    from: fromText(e),
    recognised: r.categories,
    other: r.other,
    acknowledged:
      e.acknowledgedAt === null ? null : `${clockTime(e.acknowledgedAt)} (${later(e.acknowledgedAt - e.at)})`,
    check: e.check
      ? {
          time: clockTime(e.check.at),
          answers: RISK_CHECK_QUESTIONS.map((q) => ({
            question: RISK_CHECK_LABELS[q],
            answer: ANSWER_LABELS[e.check!.answers[q]],
          })),
          actions: e.check.actions.map((a) => RISK_ACTION_LABELS[a]),
          note: e.check.note,
        }
      : null,
  }
}

/** "within a minute", "3 min later", "1 h 05 min later". */
export function later(ms: number): string {
  const min = Math.floor(Math.max(0, ms) / 60_000)
  if (min < 1) return 'within a minute'
  if (min < 60) return `${min} min later`
  return `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')} min later`
}

/** One line for the report's facts and the client's session list: "none", "1, checked", "2, 1 not yet checked". */
export function risksLine(state: Pick<SessionState, 'risks'>): string {
  const risks = state.risks ?? []
  if (!risks.length) return 'none raised'
  const open = risks.filter((r) => r.check === null).length
  if (risks.length === 1) return open ? '1, not yet checked' : '1, checked'
  return `${risks.length}, ${open ? `${open} not yet checked` : 'all checked'}`
}
