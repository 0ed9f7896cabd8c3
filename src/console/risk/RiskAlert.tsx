import { useEffect, useId } from 'react'
import type { RiskEvent } from '../../shared/session/risk'
import { clockTime } from '../../shared/ui/dates'
import { fromText, recognised, type RiskAlert as Alert } from './risk-alert'

export type RiskAlertProps = {
  alert: Alert
  /** The acknowledgement has left and the state has not caught up yet. */
  acknowledging: boolean
  onAcknowledge: () => void
  /** The browser keeps the chime silent until the page is clicked. */
  soundBlocked: boolean
  onAllowSound: () => void
  /** Shown on the console's other pages: back to the session the words came from. */
  onOpenSession?: () => void
  /** Told once per newest event, on the first frame that shows it (the e2e times the alert with it). */
  onShown?: (riskId: string) => void
}

/**
 * The urgent, calm alert for words raised for risk: the client's words (as text, never markup), what was
 * recognised, when, and who typed them, with one clear button. It fades in and stays; nothing blinks.
 */
export function RiskAlert(props: RiskAlertProps) {
  const id = useId()
  const { alert } = props
  const newest = alert.waiting[0]!
  const earlier = alert.waiting.slice(1)
  const { onShown } = props

  useEffect(() => {
    if (!onShown) return
    const frame = requestAnimationFrame(() => onShown(newest.id))
    return () => cancelAnimationFrame(frame)
  }, [newest.id, onShown])

  return (
    <section
      className="risk-alert"
      role="alert"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-words`}
      data-risk-id={newest.id}
    >
      <div className="risk-alert-body">
        <h2 id={`${id}-title`} className="risk-alert-title">
          Check in with {alert.alias}
        </h2>
        <p className="risk-alert-lead">
          These words may mean {alert.alias} is not safe. Nothing was painted from them.
        </p>
        <RiskWords id={`${id}-words`} event={newest} />
        {earlier.length ? (
          <div className="risk-earlier">
            <p>Also waiting:</p>
            <ul>
              {earlier.map((e) => (
                <li key={e.id}>
                  <span className="risk-time">{clockTime(e.at)}</span> “{e.words}”
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div className="risk-alert-actions">
        <button
          type="button"
          className="risk-ack"
          disabled={props.acknowledging}
          onClick={props.onAcknowledge}
        >
          <span className="big">{props.acknowledging ? 'Acknowledging…' : 'I’m with them'}</span>
          <span className="sub">Acknowledge and stop the sound</span>
        </button>
        {props.soundBlocked ? (
          <button type="button" className="risk-sound-hint small" onClick={props.onAllowSound}>
            Sound is blocked — click to allow
          </button>
        ) : null}
        {props.onOpenSession ? (
          <button type="button" className="small" onClick={props.onOpenSession}>
            Open {alert.alias}’s session
          </button>
        ) : null}
      </div>
    </section>
  )
}

/** The words as typed, then when, who, and what was recognised. Used by the alert and the check panel. */
export function RiskWords({ id, event, compact }: { id?: string; event: RiskEvent; compact?: boolean }) {
  const r = recognised(event)
  return (
    <div className={`risk-words${compact ? ' compact' : ''}`}>
      <blockquote id={id} className="risk-quote">
        “{event.words}”
      </blockquote>
      <p className="risk-meta">
        <span className="risk-time">{clockTime(event.at)}</span> · {fromText(event)}
      </p>
      {r.categories.length || r.other.length ? (
        <ul className="risk-recognised" aria-label="What was recognised">
          {r.categories.map((c) => (
            <li key={c.label}>
              <strong>{c.label}</strong>
              {c.words.length ? <span className="risk-match"> — {c.words.join(', ')}</span> : null}
            </li>
          ))}
          {r.other.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
