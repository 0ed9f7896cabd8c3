import { RISK_ACTION_LABELS, type RiskEvent } from '../../shared/session/risk'
import { Section } from '../controls-kit'
import { clockTime } from '../../shared/ui/dates'
import { recognised, riskStage, stageText } from './risk-alert'
import { answersSummary } from './risk-check-form'

/**
 * This session's risk events with where each stands (waiting, acknowledged, checked); each opens its check, to
 * record it or change it. Shown only once something has been raised.
 */
export function RiskEventsPanel(props: {
  risks: readonly RiskEvent[]
  onAcknowledge: (riskId: string) => void
  onOpenCheck: (riskId: string) => void
  openCheck: string | null
}) {
  const waiting = props.risks.filter((r) => riskStage(r) === 'waiting').length
  return (
    <Section
      id="risk"
      title="Risk events"
      className={`risk-events${waiting ? ' attention' : ''}`}
      badge={<span className="count">{props.risks.length}</span>}
    >
      <ol className="risk-list" reversed>
        {[...props.risks].reverse().map((r) => {
          const stage = riskStage(r)
          return (
            <li key={r.id} className="risk-item" data-risk-id={r.id} data-stage={stage}>
              <p className="risk-item-words">
                <span className="risk-time">{clockTime(r.at)}</span> “{r.words}”
              </p>
              <p className="risk-item-meta">
                {recognised(r)
                  .categories.map((c) => c.label)
                  .join(' · ') || 'Raised for risk'}
              </p>
              <p className="risk-item-stage">
                {stageText(r)}
                {r.check ? ` · ${answersSummary(r.check)}` : ''}
                {r.check?.actions.length
                  ? ` · ${r.check.actions.map((a) => RISK_ACTION_LABELS[a].toLowerCase()).join('; ')}`
                  : ''}
              </p>
              <div className="row">
                {stage === 'waiting' ? (
                  <button
                    type="button"
                    className="small risk-ack-small"
                    onClick={() => props.onAcknowledge(r.id)}
                  >
                    I’m with them
                  </button>
                ) : (
                  <button
                    type="button"
                    className="small"
                    aria-pressed={props.openCheck === r.id}
                    onClick={() => props.onOpenCheck(r.id)}
                  >
                    {r.check ? 'View or change the check' : 'Record the check'}
                  </button>
                )}
              </div>
            </li>
          )
        })}
      </ol>
    </Section>
  )
}
