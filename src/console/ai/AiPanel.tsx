import { useCallback, useEffect, useState } from 'react'
import {
  AI_CAPABILITIES,
  type AiCapability,
  type AiStatus,
  type SessionAiInfo,
} from '../../shared/privacy/ai-contract'
import { clockTime } from '../../shared/ui/dates'
import { aiApi } from './ai-client'
import {
  CAPABILITY_LABELS,
  capabilityLine,
  capLine,
  consentLine,
  destination,
  modeDetail,
  modeLabel,
  noticeText,
} from './ai-labels'
import './ai.css'

/** While open, the panel refreshes at this pace (a picture's count, a new notice). */
const REFRESH_MS = 10_000

const timeOf = (iso: string) => clockTime(iso)

function ConsentForm(props: {
  initial: AiCapability[]
  onSave: (caps: AiCapability[], givenBy: 'client' | 'guardian') => void
  onCancel?: () => void
  busy: boolean
  mode: AiStatus['mode']
}) {
  const [caps, setCaps] = useState<Set<AiCapability>>(() => new Set(props.initial))
  const [givenBy, setGivenBy] = useState<'client' | 'guardian'>('client')
  return (
    <form
      className="ai-consent-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (caps.size) props.onSave([...caps], givenBy)
      }}
    >
      <fieldset>
        <legend>The client agrees that these may use {destination(props.mode)}</legend>
        {AI_CAPABILITIES.map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={caps.has(c)}
              onChange={(e) => {
                const next = new Set(caps)
                if (e.target.checked) next.add(c)
                else next.delete(c)
                setCaps(next)
              }}
            />
            {CAPABILITY_LABELS[c]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Agreed by</legend>
        {(['client', 'guardian'] as const).map((g) => (
          <label key={g}>
            <input type="radio" name="ai-given-by" checked={givenBy === g} onChange={() => setGivenBy(g)} />
            {g === 'client' ? 'The client' : 'A guardian'}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button type="submit" className="primary" disabled={props.busy || caps.size === 0}>
          Record consent
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  )
}

/**
 * The session's AI and privacy at a glance: mode, each capability for this client, the client's consent
 * (record, change, withdraw), the picture limits, recent notices and the redacted texts that left, for review.
 * Collapsed by default: it is looked at, not steered.
 */
export default function AiPanel({ sessionId, clientId }: { sessionId: string; clientId: string }) {
  const [open, setOpen] = useState(false)
  const [info, setInfo] = useState<SessionAiInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [editing, setEditing] = useState(false)
  const [busy, setBusy] = useState(false)

  const refresh = useCallback(async () => {
    const r = await aiApi().sessionAi(sessionId)
    if (r.ok) {
      setInfo(r.value)
      setError(null)
    } else setError(r.message)
  }, [sessionId])

  useEffect(() => {
    if (!open) return
    const first = setTimeout(() => void refresh(), 0)
    const timer = setInterval(() => void refresh(), REFRESH_MS)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [open, refresh])

  const save = async (caps: AiCapability[], givenBy: 'client' | 'guardian') => {
    setBusy(true)
    const r = await aiApi().putConsent(clientId, { capabilities: caps, givenBy })
    setBusy(false)
    if (!r.ok) return setError(r.message)
    setEditing(false)
    await refresh()
  }
  const withdraw = async () => {
    setBusy(true)
    const r = await aiApi().withdrawConsent(clientId)
    setBusy(false)
    if (!r.ok) return setError(r.message)
    await refresh()
  }

  return (
    <details className="panel ai-panel" id="ai" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>AI and privacy</h2>
        {info ? (
          <span className={`ai-mode-badge mode-${info.status.mode}`}>{modeLabel(info.status)}</span>
        ) : null}
      </summary>
      {error ? <p className="ai-error">{error}</p> : null}
      {!info && !error ? <p className="quiet">Loading…</p> : null}
      {info ? (
        <div className="ai-body">
          <p className="ai-mode">
            {modeDetail(info.status)}
            {info.status.notice ? <span className="ai-notice"> {info.status.notice}</span> : null}
          </p>
          <table className="ai-caps">
            <caption>What each part uses for this client</caption>
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col">Provider</th>
                <th scope="col">For this client</th>
              </tr>
            </thead>
            <tbody>
              {AI_CAPABILITIES.map((c) => {
                const line = capabilityLine(c, info)
                return (
                  <tr key={c} data-capability={c}>
                    <th scope="row">{CAPABILITY_LABELS[c]}</th>
                    <td>{line.state}</td>
                    <td className={line.allowed ? 'ok' : 'local'}>
                      {line.allowed ? (info.status.mode === 'clinic' ? 'Clinic server' : 'Cloud') : line.why}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>

          <h3>Consent</h3>
          {info.consent && !editing ? (
            <div className="ai-consent">
              <p>{consentLine(info.consent)}</p>
              <div className="row">
                <button type="button" className="small" onClick={() => setEditing(true)} disabled={busy}>
                  Change
                </button>
                <button type="button" className="small" onClick={() => void withdraw()} disabled={busy}>
                  Withdraw consent
                </button>
              </div>
            </div>
          ) : (
            <>
              {!info.consent ? (
                <p className="quiet">No consent recorded: nothing about this client leaves this computer.</p>
              ) : null}
              <ConsentForm
                initial={info.consent?.capabilities ?? ['images']}
                busy={busy}
                mode={info.status.mode}
                onSave={(caps, by) => void save(caps, by)}
                {...(info.consent ? { onCancel: () => setEditing(false) } : {})}
              />
            </>
          )}

          <h3>AI pictures</h3>
          <p>
            This session: {capLine(info.images.session)} · Today: {capLine(info.images.day)}
          </p>

          <h3>Recent notices</h3>
          {info.notices.length ? (
            <ul className="ai-notices">
              {info.notices.slice(0, 8).map((n, i) => (
                <li key={`${n.at}-${i}`}>
                  <span className="when">{timeOf(n.at)}</span> {CAPABILITY_LABELS[n.capability]}:{' '}
                  {noticeText(n)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="quiet">None.</p>
          )}

          <h3>What was sent (after names and contacts were removed)</h3>
          {info.sentTexts.length ? (
            <ul className="ai-sent">
              {info.sentTexts.slice(0, 20).map((t, i) => (
                <li key={`${t.at}-${i}`}>
                  <span className="when">
                    {timeOf(t.at)} · {CAPABILITY_LABELS[t.capability]}
                  </span>
                  <blockquote>{t.text}</blockquote>
                </li>
              ))}
            </ul>
          ) : (
            <p className="quiet">Nothing has been sent in this session.</p>
          )}
        </div>
      ) : null}
    </details>
  )
}
