import { useEffect, useId, useState } from 'react'
import { AUDIT_ACTIONS } from '../../shared/audit'
import type { AuditAction, AuditPage } from '../../shared/audit'
import { clockTimeWithSeconds, shortDate } from '../../shared/ui/dates'
import { readAccessKey } from '../console-api'
import type { Therapist } from '../console-api'
import { ACTION_LABELS, actorLabel, fetchAuditPage } from './audit-api'
import './admin.css'

const PAGE_SIZE = 25

export type AdminAuditPageProps = {
  me: Therapist
  /** Injected by tests; the real page reads the access key and uses fetch. */
  load?: typeof fetchAuditPage
}

/**
 * `/console/admin/audit`: who did what and when — ids and actions only, never a client's words. Read-only,
 * newest first, a page at a time, filtered by action. Loaded lazily: therapists never download it.
 */
export function AdminAuditPage({ me, load = fetchAuditPage }: AdminAuditPageProps) {
  const id = useId()
  const [action, setAction] = useState<AuditAction | null>(null)
  // The `before` of each page shown so far: the last is the current page, popping it goes back to newer entries.
  const [trail, setTrail] = useState<(number | null)[]>([null])
  const before = trail[trail.length - 1] ?? null
  const key = `${before ?? ''}|${action ?? ''}`
  // What the server answered, and for which query: while they differ the page is loading.
  const [answer, setAnswer] = useState<{ key: string; page: AuditPage | null; error: string | null } | null>(
    null,
  )

  useEffect(() => {
    let current = true
    void load({ before, action, limit: PAGE_SIZE }, { accessKey: readAccessKey() }).then((result) => {
      if (!current) return
      setAnswer(
        result.ok ? { key, page: result.value, error: null } : { key, page: null, error: result.message },
      )
    })
    return () => {
      current = false
    }
  }, [load, before, action, key])

  const busy = answer?.key !== key
  const page = answer?.page ?? null
  const error = answer?.error ?? null
  const pageNumber = trail.length
  return (
    <main className="audit-page" aria-busy={busy}>
      <header className="home-head">
        <h1>Audit log</h1>
        <span className="who">Signed in as {me.name}</span>
        <a className="back-link" href="/console">
          Back to the console
        </a>
      </header>
      <p className="quiet audit-lede">
        Sign-ins, sessions, approvals, consent, AI calls, exports and erasures. Entries cannot be changed or
        removed. Clients and sessions appear only as references (c:… and s:…), never by name or words.
      </p>
      <section className="card" aria-labelledby={`${id}-entries`}>
        <div className="audit-tools">
          <h2 id={`${id}-entries`}>Entries</h2>
          {error ? null : (
            <>
              {' '}
              <label htmlFor={`${id}-action`}>Show</label>
              <select
                id={`${id}-action`}
                value={action ?? ''}
                onChange={(e) => {
                  const v = e.target.value
                  setAction(v ? (v as AuditAction) : null)
                  setTrail([null])
                }}
              >
                <option value="">all actions</option>
                {AUDIT_ACTIONS.map((a) => (
                  <option key={a} value={a}>
                    {ACTION_LABELS[a]}
                  </option>
                ))}
              </select>
            </>
          )}
        </div>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : page && page.entries.length === 0 ? (
          <p className="quiet audit-empty">
            {action ? `No “${ACTION_LABELS[action]}” entries yet.` : 'Nothing has been recorded yet.'}
          </p>
        ) : page ? (
          <div className="audit-scroll">
            <table className="audit-table">
              <colgroup>
                <col className="c-when" />
                <col className="c-by" />
                <col className="c-action" />
                <col className="c-ref" />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">By</th>
                  <th scope="col">Action</th>
                  <th scope="col">Reference</th>
                  <th scope="col">Detail</th>
                </tr>
              </thead>
              <tbody>
                {page.entries.map((e) => (
                  <tr key={e.seq} data-action={e.action}>
                    <td className="when">
                      <time dateTime={new Date(e.at).toISOString()}>
                        {shortDate(e.at)}, {clockTimeWithSeconds(e.at)}
                      </time>
                    </td>
                    <td>{actorLabel(e)}</td>
                    <td>
                      <span className={`audit-action tone-${tone(e.action)}`}>{ACTION_LABELS[e.action]}</span>
                    </td>
                    <td className="ref">{e.target || '—'}</td>
                    <td className="detail">{e.detail}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {page ? (
          <nav className="audit-paging" aria-label="Pages">
            <button
              type="button"
              disabled={busy || trail.length < 2}
              onClick={() => setTrail((t) => t.slice(0, -1))}
            >
              Newer
            </button>
            <span className="quiet">Page {pageNumber}</span>
            <button
              type="button"
              disabled={busy || !page?.nextBefore}
              onClick={() => page?.nextBefore && setTrail((t) => [...t, page.nextBefore])}
            >
              Older
            </button>
          </nav>
        ) : null}
      </section>
    </main>
  )
}

/** A quiet colour per kind of entry: refusals and erasures stand out a little, everything else stays calm. */
function tone(action: AuditAction): 'attention' | 'erase' | 'plain' {
  if (action === 'login-failed') return 'attention'
  if (action === 'erase' || action === 'retention-erase') return 'erase'
  return 'plain'
}
