import { useEffect, useMemo, useState } from 'react'
import { formatLength, reportModel, type ReportArtwork } from '../../shared/insight/report'
import type { SessionState } from '../../shared/session/state'
import { createArtworkLooks } from '../insight/artwork-looks'
import { loadSession } from '../insight/insight-data'
import { SudsSvgChart } from './SudsSvgChart'
import { reportRisks, risksLine } from './risk-report'
import { RiskReportSection } from './RiskReportSection'
import './report.css'
import { clockTime, longDateAndClock } from '../../shared/ui/dates'

/**
 * The printable session report: print-styled HTML (A4), saved to PDF by the browser's own print dialog. Only
 * the session's own therapist can open it (the server answers 404 for anyone else's session).
 */
export function ReportPage({ sessionId, accessKey }: { sessionId: string; accessKey?: string | null }) {
  const [state, setState] = useState<SessionState | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [images, setImages] = useState<Record<string, string | null> | null>(null)

  useEffect(() => {
    document.title = 'Stillroom · Session report'
    let live = true
    void loadSession(sessionId, accessKey).then((r) => {
      if (!live) return
      if (r.ok) setState(r.value)
      else setProblem(r.message)
    })
    return () => {
      live = false
    }
  }, [sessionId, accessKey])

  const model = useMemo(() => (state ? reportModel(state) : null), [state])
  const risks = useMemo(() => (state ? reportRisks(state) : []), [state])

  useEffect(() => {
    if (!state || !model) return
    let live = true
    const looks = createArtworkLooks({ size: 384, accessKey, storage: null })
    void (async () => {
      const out: Record<string, string | null> = {}
      for (const a of model.artworks) {
        // Held words that were never shown are not painted here either: the report shows only their words.
        if (!a.shown) continue
        const look = await looks.look(state.id, a.entry, { image: true })
        if (!live) return
        out[a.entry.artwork.id] = look?.url ?? null
      }
      setImages(out)
    })()
    return () => {
      live = false
      looks.dispose()
    }
  }, [state, model, accessKey])

  if (problem) {
    return (
      <main className="report-page report-problem">
        <h1>Session report</h1>
        <p role="alert">{problem}</p>
        <p>
          <a href="/console">Open the console</a>
        </p>
      </main>
    )
  }
  if (!model) {
    return (
      <main className="report-page">
        <p role="status">Preparing the report…</p>
      </main>
    )
  }
  const ready = images !== null
  return (
    <main className="report-page" data-ready={ready || undefined}>
      <div className="report-actions">
        <button type="button" className="primary" onClick={() => window.print()} disabled={!ready}>
          Print / Save as PDF
        </button>
        {!ready ? <span className="quiet">Painting the artworks…</span> : null}
      </div>
      <section className="report-section report-summary">
        <p className="report-brand">Stillroom · Session report · confidential</p>
        <h1>{model.alias}</h1>
        <dl className="report-facts">
          <dt>Date</dt>
          <dd>{longDateAndClock(model.startedAt)}</dd>
          <dt>Length</dt>
          <dd>
            {formatLength(model.minutes)}
            {model.endedAt === null ? ' so far (the session has not ended)' : ''}
          </dd>
          <dt>Artworks</dt>
          <dd>{model.artworks.length ? `${model.artworks.filter((a) => a.shown).length} shown` : 'none'}</dd>
          <dt>Risk events</dt>
          <dd>{risksLine(state ?? {})}</dd>
        </dl>
        {model.empty && !risks.length ? (
          <p className="report-empty" role="status">
            Nothing was recorded in this session: no descriptions, exercises, SUDS ratings or notes.
          </p>
        ) : null}
        <h2>SUDS</h2>
        <SudsSvgChart suds={model.suds} minutes={model.minutes} />
        <h2>Exercises</h2>
        {model.exercises.length ? (
          <ul className="report-list">
            {model.exercises.map((e, i) => (
              <li key={i}>
                <span className="report-time">{clockTime(e.at)}</span> {e.name}
              </li>
            ))}
          </ul>
        ) : (
          <p className="quiet">No exercises were run.</p>
        )}
        <h2>Safe place and pauses</h2>
        {model.moments.length ? (
          <ul className="report-list">
            {model.moments.map((m, i) => (
              <li key={i}>
                <span className="report-time">{clockTime(m.at)}</span> {m.what}
              </li>
            ))}
          </ul>
        ) : (
          <p className="quiet">The session was not paused, and the safe place was not used.</p>
        )}
      </section>
      {risks.length ? <RiskReportSection risks={risks} /> : null}
      {model.artworks.length ? (
        <section className="report-section report-artworks">
          <h2>Artworks and the client’s words</h2>
          <div className="report-grid">
            {model.artworks.map((a) => (
              <ArtworkFigure
                key={a.entry.artwork.id}
                artwork={a}
                url={images?.[a.entry.artwork.id] ?? null}
              />
            ))}
          </div>
        </section>
      ) : null}
      <section className="report-section report-notes">
        <h2>Therapist’s notes</h2>
        {model.notes.length ? (
          model.notes.map((n, i) => (
            <div key={i} className="report-note">
              <span className="report-time">{clockTime(n.at)}</span>
              <p>{n.text}</p>
            </div>
          ))
        ) : (
          <p className="quiet">No notes were written in this session.</p>
        )}
      </section>
    </main>
  )
}

function ArtworkFigure({ artwork, url }: { artwork: ReportArtwork; url: string | null }) {
  const created = Date.parse(artwork.entry.artwork.createdAt)
  return (
    <figure className="report-artwork" data-shown={artwork.shown || undefined}>
      {url ? (
        <img src={url} alt={`Painting: ${artwork.title}`} width={384} height={384} />
      ) : (
        <div className="report-noimage">
          {artwork.shown ? 'The painting could not be made here.' : 'Not shown'}
        </div>
      )}
      <figcaption>
        <p className="report-words">“{artwork.text}”</p>
        <p className="quiet">
          {Number.isFinite(created) ? `${clockTime(created)} · ` : ''}
          {artwork.shown ? 'shown' : 'not shown'}
          {artwork.held ? ' · held for you first' : ''}
        </p>
      </figcaption>
    </figure>
  )
}
