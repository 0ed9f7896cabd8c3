import { useId, useState, type FormEvent } from 'react'
import type { SupportedLanguage } from '../shared/safety/language'
import type { ClientRecord, SessionSummary, Therapist } from './console-api'
import { ClientCard, ScaleChoice, type SudsScale } from './ClientCard'
import { ImportClient } from './record/ImportClient'

export type HomePageProps = {
  me: Therapist
  clients: ClientRecord[]
  sessions: SessionSummary[]
  onCreateClient: (alias: string, sudsScale?: SudsScale) => Promise<string | null>
  /** Changes a client's SUDS scale (kept with the record; a running session follows). */
  onSetScale?: (clientId: string, sudsScale: SudsScale) => Promise<string | null>
  onSetLanguage?: (clientId: string, language: SupportedLanguage) => Promise<string | null>
  onStart: (clientId: string, approval: 'clinical' | 'open') => Promise<string | null>
  onResume: (sessionId: string) => void
  onLogout: () => void
  /** Opens the client's insight page (trends across their sessions). */
  onInsight?: (client: { id: string; alias: string }) => void
  /** A client was imported or erased: reload the list. */
  onRecordChanged?: () => void
}

/** Pick or add a client (a pseudonym is enough) and start a session. */
export function HomePage(props: HomePageProps) {
  const id = useId()
  const [alias, setAlias] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [approval, setApproval] = useState<'clinical' | 'open'>('clinical')
  const [newScale, setNewScale] = useState<SudsScale>(10)
  /** A calm line after an erasure (the card itself is gone). */
  const [recordNotice, setRecordNotice] = useState<string | null>(null)
  function erased(clientId: string) {
    const alias = props.clients.find((c) => c.id === clientId)?.alias ?? 'The client'
    setRecordNotice(`${alias}’s record was erased.`)
    props.onRecordChanged?.()
  }

  async function add(e: FormEvent) {
    e.preventDefault()
    const a = alias.trim()
    if (!a) return setError('Type a pseudonym first.')
    setBusy(true)
    const problem = await props.onCreateClient(a, newScale)
    setBusy(false)
    setError(problem)
    if (!problem) {
      setAlias('')
      setNewScale(10)
    }
  }
  async function start(clientId: string) {
    setBusy(true)
    const problem = await props.onStart(clientId, approval)
    setBusy(false)
    setError(problem)
  }

  return (
    <main className="home-page">
      <header className="home-head">
        <h1>Stillroom</h1>
        <span className="who">Signed in as {props.me.name}</span>
        {props.me.role === 'admin' ? (
          <a href="/console/admin/audit" style={{ color: 'var(--c-accent)' }}>
            Audit log
          </a>
        ) : null}
        <button type="button" onClick={props.onLogout}>
          Sign out
        </button>
      </header>
      {props.sessions.length ? (
        <section className="card" aria-labelledby={`${id}-running`}>
          <h2 id={`${id}-running`}>Running sessions</h2>
          <ul className="client-list">
            {props.sessions.map((s) => (
              <li key={s.id}>
                <span className="alias">{s.clientAlias || 'Client'}</span>
                {s.risksWaiting > 0 ? (
                  <span className="risk-waiting-badge">Words raised — needs you</span>
                ) : (
                  <span className="quiet">{s.phase}</span>
                )}
                <button type="button" onClick={() => props.onResume(s.id)}>
                  Open
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby={`${id}-clients`}>
        <h2 id={`${id}-clients`}>Start a session</h2>
        <fieldset className="approval-choice">
          <legend>New artworks</legend>
          <label>
            <input
              type="radio"
              name="approval"
              checked={approval === 'clinical'}
              onChange={() => setApproval('clinical')}
            />
            wait for my approval (clinical)
          </label>
          <label>
            <input
              type="radio"
              name="approval"
              checked={approval === 'open'}
              onChange={() => setApproval('open')}
            />
            are shown at once (held words always wait)
          </label>
        </fieldset>
        {props.clients.length ? (
          <ul className="client-list">
            {props.clients.map((c) => (
              <ClientCard
                key={c.id}
                client={c}
                busy={busy}
                onStart={(id) => void start(id)}
                onSetScale={props.onSetScale}
                onSetLanguage={props.onSetLanguage}
                onError={setError}
                onInsight={props.onInsight}
                onErased={erased}
              />
            ))}
          </ul>
        ) : (
          <p className="quiet">No clients yet. Add one with a pseudonym — no real name needed.</p>
        )}
        <form className="line-form" onSubmit={add}>
          <label htmlFor={`${id}-alias`}>New client (pseudonym)</label>
          <div className="row">
            <input
              id={`${id}-alias`}
              value={alias}
              maxLength={60}
              autoComplete="off"
              onChange={(e) => setAlias(e.target.value)}
              placeholder="Robin"
            />
            <button type="submit" disabled={busy}>
              Add client
            </button>
          </div>
          <ScaleChoice value={newScale} onChange={setNewScale} disabled={busy} />
        </form>
        <p className="form-error" role="alert">
          {error ?? ''}
        </p>
        <p className="record-message" role="status">
          {recordNotice ?? ''}
        </p>
        <ImportClient
          onImported={() => {
            setRecordNotice(null)
            props.onRecordChanged?.()
          }}
        />
      </section>
    </main>
  )
}
