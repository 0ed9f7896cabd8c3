import type { ReportRisk } from './risk-report'

/**
 * The report's risk events: each on its own block (never split across pages), the client's words, what the screen
 * recognised, when the therapist acknowledged, and the check they recorded.
 */
export function RiskReportSection({ risks }: { risks: ReportRisk[] }) {
  return (
    <section className="report-section report-risks" aria-labelledby="report-risks-title">
      <h2 id="report-risks-title">Risk events</h2>
      <p className="quiet report-risk-intro">
        Words the risk screen raised to the therapist. A screen raises words to a person; it does not
        diagnose. Nothing was painted from these words.
      </p>
      {risks.map((r) => (
        <article key={r.id} className="report-risk" data-risk-id={r.id}>
          <p className="report-risk-when">
            <span className="report-time">{r.time}</span> {r.from}
          </p>
          <p className="report-words">“{r.words}”</p>
          <dl className="report-facts report-risk-facts">
            <dt>Recognised</dt>
            <dd>
              {r.recognised.map((c) => (
                <span key={c.label} className="report-risk-category">
                  {c.label}
                  {c.words.length ? ` — ${c.words.join(', ')}` : ''}
                </span>
              ))}
              {r.other.map((o) => (
                <span key={o} className="report-risk-category">
                  {o}
                </span>
              ))}
            </dd>
            <dt>Acknowledged</dt>
            <dd>{r.acknowledged ?? 'not acknowledged'}</dd>
            <dt>Check</dt>
            <dd>{r.check ? `recorded ${r.check.time}` : 'not recorded'}</dd>
          </dl>
          {r.check ? (
            <>
              <table className="report-risk-check">
                <caption className="visually-hidden">Columbia screener (C-SSRS) answers</caption>
                <tbody>
                  {r.check.answers.map((a) => (
                    <tr key={a.question} data-answer={a.answer}>
                      <th scope="row">{a.question}</th>
                      <td>{a.answer}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <dl className="report-facts report-risk-facts">
                <dt>Actions</dt>
                <dd>{r.check.actions.length ? r.check.actions.join('; ') : 'none ticked'}</dd>
                <dt>Note</dt>
                <dd className="report-risk-note">{r.check.note || 'none written'}</dd>
              </dl>
            </>
          ) : null}
        </article>
      ))}
    </section>
  )
}
