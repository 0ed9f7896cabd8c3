import { useEffect, useMemo, useState, type ReactNode } from 'react'
import {
  heldCaption,
  moodCaption,
  pictureCaption,
  recurringCaption,
  sudsCaption,
} from '../../shared/insight/captions'
import { clientTrends, type Recurring } from '../../shared/insight/trends'
import type { SessionState } from '../../shared/session/state'
import { createArtworkLooks } from './artwork-looks'
import { sessionLabels } from '../../shared/record/timeline'
import { loadClientSessions } from './insight-data'
import { reportHref } from '../report/report-route'
import { risksLine } from '../report/risk-report'
import { createPictureChart, createSessionCharts, type PictureTrend } from './insight-charts'
import { TrendChart } from './TrendChart'

export type InsightPageProps = {
  clientId: string
  alias: string
  accessKey?: string | null
  onBack: () => void
}

/** Trends across a client's sessions, for the therapist only: charts with plain captions and recurring themes. */
export function InsightPage(props: InsightPageProps) {
  const [states, setStates] = useState<SessionState[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [pictures, setPictures] = useState<PictureTrend | null>(null)

  useEffect(() => {
    let live = true
    void loadClientSessions(props.clientId, props.accessKey).then((r) => {
      if (!live) return
      if (r.ok) setStates(r.value)
      else setProblem(r.message)
    })
    return () => {
      live = false
    }
  }, [props.clientId, props.accessKey])

  // Measure the pictures the client saw, session by session; the charts fill in as they are painted.
  useEffect(() => {
    if (!states) return
    let live = true
    const looks = createArtworkLooks({ accessKey: props.accessKey })
    void (async () => {
      const lightness: Array<number | null> = states.map(() => null)
      const busyness: Array<number | null> = states.map(() => null)
      let measured = 0
      for (const [i, state] of states.entries()) {
        const shown = state.artworks.filter((e) => e.state === 'approved')
        const metrics = []
        for (const entry of shown) {
          const look = await looks.look(state.id, entry)
          if (!live) return
          if (look) metrics.push(look.metrics)
        }
        if (metrics.length) {
          lightness[i] = metrics.reduce((a, m) => a + m.lightness, 0) / metrics.length
          busyness[i] = metrics.reduce((a, m) => a + m.edgeDensity, 0) / metrics.length
          measured += metrics.length
        }
        setPictures({ lightness: [...lightness], busyness: [...busyness], measured })
      }
    })()
    return () => {
      live = false
      looks.dispose()
    }
  }, [states, props.accessKey])

  const trends = useMemo(() => (states ? clientTrends(states) : null), [states])
  // Two sessions on one day are told apart by their start times.
  const labels = useMemo(
    () =>
      trends
        ? sessionLabels(
            trends.sessions.map((s) => s.startedAt),
            null,
          )
        : [],
    [trends],
  )
  const charts = useMemo(() => (trends ? createSessionCharts(trends, labels) : null), [trends, labels])
  const pictureChart = useMemo(() => createPictureChart(pictures, labels), [pictures, labels])

  return (
    <main className="insight-page" data-ready={trends ? 'true' : undefined}>
      <header className="home-head">
        <button type="button" className="small back" onClick={props.onBack} aria-label="Back to clients">
          ←
        </button>
        <h1>{props.alias}: insight</h1>
        <span className="who">For you, not for the client</span>
      </header>
      <p className="insight-intro quiet">
        Trends across sessions, described, never interpreted. Read them with the client’s own account.
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
      {!trends && !problem ? <p role="status">Reading the sessions…</p> : null}
      {trends && charts ? (
        trends.sessions.length === 0 ? (
          <p role="status">No sessions with {props.alias} yet. Trends appear after a few sessions.</p>
        ) : (
          <>
            <Panel title="Mood of the descriptions" caption={moodCaption(trends.sessions)}>
              <TrendChart {...charts.mood} />
            </Panel>
            <Panel
              title="The paintings"
              caption={
                pictures && pictures.measured
                  ? pictureCaption(pictures.lightness, pictures.busyness)
                  : pictures
                    ? 'No paintings were shown in these sessions.'
                    : 'Measuring the paintings…'
              }
            >
              <TrendChart {...pictureChart} />
            </Panel>
            <Panel title="SUDS at the start and end" caption={sudsCaption(trends.sessions)}>
              <TrendChart {...charts.suds} />
              {trends.sessions.some((s) => s.sudsScale === 100) ? (
                <p className="quiet small-print">Ratings on the 0–100 scale are shown as tenths.</p>
              ) : null}
            </Panel>
            <Panel title="Held for you" caption={heldCaption(trends)}>
              <TrendChart {...charts.held} />
            </Panel>
            <Panel
              title="Recurring"
              caption={recurringCaption(trends.motifs, 'motifs', trends.sessions.length)}
            >
              <RecurringList items={trends.motifs} label="Motifs" />
              <p className="insight-caption">
                {recurringCaption(trends.places, 'places', trends.sessions.length)}
              </p>
              <RecurringList items={trends.places} label="Places" />
            </Panel>
            <section className="card" aria-label="Sessions">
              <h2>Sessions</h2>
              <ul className="client-list insight-sessions">
                {[...trends.sessions].reverse().map((s, i, all) => (
                  <li key={s.id}>
                    <span className="alias">{labels[all.length - 1 - i]}</span>
                    <span className="quiet">
                      {s.descriptions} {s.descriptions === 1 ? 'description' : 'descriptions'}
                    </span>
                    <SessionRisks state={states?.find((st) => st.id === s.id)} />
                    <a
                      className="button-link"
                      href={reportHref(s.id, props.accessKey)}
                      target="_blank"
                      rel="noopener"
                    >
                      Report
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          </>
        )
      ) : null}
    </main>
  )
}

function Panel(props: { title: string; caption: string; children: ReactNode }) {
  return (
    <section className="card insight-panel">
      <h2>{props.title}</h2>
      <p className="insight-caption">{props.caption}</p>
      {props.children}
    </section>
  )
}

function RecurringList({ items, label }: { items: Recurring[]; label: string }) {
  if (!items.length) return null
  return (
    <ul className="recurring" aria-label={label}>
      {items.slice(0, 12).map((i) => (
        <li key={i.name} data-recurring={i.sessions >= 2 || undefined}>
          <span>{i.name.replace(/-/g, ' ')}</span>
          <span className="quiet">
            {i.sessions} {i.sessions === 1 ? 'session' : 'sessions'}
          </span>
        </li>
      ))}
    </ul>
  )
}

/** A session's risk events, said once on its line (the report has the detail). */
function SessionRisks({ state }: { state: SessionState | undefined }) {
  if (!state?.risks?.length) return null
  return <span className="session-risks">Risk events: {risksLine(state)}</span>
}
