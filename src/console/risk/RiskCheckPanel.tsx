import { useId, useState, type FormEvent } from 'react'
import {
  RISK_ACTION_LABELS,
  RISK_ACTION_MAX_CHARS,
  RISK_ACTIONS,
  RISK_CHECK_LABELS,
  RISK_CHECK_QUESTIONS,
  type RiskEvent,
} from '../../shared/session/risk'
import type { RecordCommand } from '../console-api'
import { clockTime } from '../../shared/ui/dates'
import {
  ANSWER_LABELS,
  ANSWERS,
  buildRiskCheck,
  checkForm,
  formChanged,
  setAction,
  setAnswer,
} from './risk-check-form'
import { RiskWords } from './RiskAlert'

/**
 * The structured check after an alert: the six questions of the Columbia screener (C-SSRS) with yes / no / not
 * asked, what the therapist did, and their note. A side panel under the safety controls, never in front of them;
 * it can be closed and reopened from the session's list of risk events, and saved again.
 */
export function RiskCheckPanel(props: {
  event: RiskEvent
  alias: string
  /** Through the socket while the session runs, over HTTP after its end. */
  send: (c: RecordCommand) => void
  onClose: () => void
}) {
  const id = useId()
  const { event } = props
  const [form, setForm] = useState(() => checkForm(event.check))
  const [problem, setProblem] = useState<string | null>(null)
  // The saved check comes back in the state: the panel says so until the form is changed again.
  const changed = formChanged(form, event.check)
  const saved = event.check !== null && !changed ? event.check : null

  function save(e: FormEvent) {
    e.preventDefault()
    const built = buildRiskCheck(form)
    if (!built.ok) return setProblem(built.problem)
    setProblem(null)
    props.send({ type: 'risk-check', riskId: event.id, check: built.check })
  }

  return (
    <aside className="risk-check" role="dialog" aria-modal="false" aria-labelledby={`${id}-title`}>
      <form onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && props.onClose()}>
        <header className="risk-check-head">
          <h2 id={`${id}-title`}>Risk check with {props.alias}</h2>
          <button type="button" className="small" onClick={props.onClose}>
            Close
          </button>
        </header>
        <RiskWords event={event} compact />
        <p className="quiet risk-check-intro">
          Based on the Columbia screener (C-SSRS). Ask in your own words; questions 1–5 are about the past
          month. Has the client…
        </p>
        <ol className="risk-questions">
          {RISK_CHECK_QUESTIONS.map((q) => (
            <li key={q}>
              <div className="risk-question">
                <span id={`${id}-${q}`} className="risk-question-text">
                  {RISK_CHECK_LABELS[q]}
                </span>
                <div className="risk-answers" role="radiogroup" aria-labelledby={`${id}-${q}`}>
                  {ANSWERS.map((a) => (
                    <label key={a} data-answer={a}>
                      <input
                        type="radio"
                        name={`${id}-${q}-answer`}
                        value={a}
                        checked={form.answers[q] === a}
                        onChange={() => setForm((f) => setAnswer(f, q, a))}
                      />
                      {ANSWER_LABELS[a]}
                    </label>
                  ))}
                </div>
              </div>
            </li>
          ))}
        </ol>
        <fieldset className="risk-actions">
          <legend>What you did</legend>
          {RISK_ACTIONS.map((a) => (
            <label key={a}>
              <input
                type="checkbox"
                checked={form.actions.includes(a)}
                onChange={(e) => setForm((f) => setAction(f, a, e.target.checked))}
              />
              {RISK_ACTION_LABELS[a]}
            </label>
          ))}
        </fieldset>
        <label className="risk-note-label" htmlFor={`${id}-note`}>
          What you did and decided, in your words
        </label>
        <textarea
          id={`${id}-note`}
          rows={3}
          maxLength={RISK_ACTION_MAX_CHARS}
          value={form.note}
          onChange={(e) => setForm((f) => ({ ...f, note: e.target.value }))}
        />
        {/* Save stays in sight at the panel's foot, however far the form is scrolled. */}
        <div className="risk-check-footer">
          <div className="row risk-check-foot">
            <button type="submit" className="primary" disabled={saved !== null}>
              {event.check ? 'Save changes' : 'Save check'}
            </button>
            <span className="quiet" role="status">
              {saved
                ? `Check saved at ${clockTime(saved.at)}. You can change it at any time.`
                : `${form.note.length}/${RISK_ACTION_MAX_CHARS}`}
            </span>
          </div>
          <p className="form-error" role="alert">
            {problem ?? ''}
          </p>
        </div>
      </form>
    </aside>
  )
}
