import { useId, useState, type FormEvent } from 'react'
import { readAccessKey } from '../console-api'
import { eraseClient, exportClient, saveBlob } from './record-api'
import './record.css'

/**
 * "Record" on a client's card: export the whole record as one file, or erase it. Erasing asks for the pseudonym
 * to be typed — a pause, not a trap — and says plainly what goes and what stays (backups).
 */
export function ClientRecordActions(props: {
  clientId: string
  alias: string
  /** Told after an erasure, so the list can refresh. */
  onErased?: (clientId: string) => void
}) {
  const id = useId()
  const [busy, setBusy] = useState<'export' | 'erase' | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [typed, setTyped] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const accessKey = readAccessKey()

  async function doExport() {
    setBusy('export')
    setMessage(null)
    const r = await exportClient(props.clientId, { accessKey })
    setBusy(null)
    if (!r.ok) return setMessage(r.message)
    saveBlob(r.value.blob, r.value.fileName)
    setMessage(`Saved ${r.value.fileName}. It holds ${props.alias}'s whole record: keep it somewhere safe.`)
  }

  async function doErase(e: FormEvent) {
    e.preventDefault()
    if (typed.trim() !== props.alias) return setMessage(`Type “${props.alias}” exactly to confirm.`)
    setBusy('erase')
    const r = await eraseClient(props.clientId, typed.trim(), { accessKey })
    setBusy(null)
    if (!r.ok) return setMessage(r.message)
    setConfirming(false)
    props.onErased?.(props.clientId)
  }

  return (
    <details className="record-disclosure" data-record-for={props.clientId}>
      <summary>Record</summary>
      <div className="record-actions">
        <button type="button" className="small" disabled={busy !== null} onClick={() => void doExport()}>
          {busy === 'export' ? 'Preparing…' : 'Export'}
        </button>
        {!confirming ? (
          <button
            type="button"
            className="small quiet-danger"
            disabled={busy !== null}
            onClick={() => {
              setConfirming(true)
              setTyped('')
              setMessage(null)
            }}
          >
            Erase…
          </button>
        ) : null}
      </div>
      {confirming ? (
        <form className="erase-confirm" onSubmit={(e) => void doErase(e)} aria-labelledby={`${id}-title`}>
          <p id={`${id}-title`} className="erase-title">
            Erase {props.alias}’s record?
          </p>
          <p className="erase-text">
            Every session, artwork, picture, rating and note of {props.alias} is removed from this Stillroom,
            and a running session ends. The audit log keeps only that an erasure happened. Backups already
            made keep the record until they are deleted. Export first if the record should move elsewhere.
          </p>
          <label htmlFor={`${id}-alias`}>Type the pseudonym to confirm</label>
          <div className="row">
            <input
              id={`${id}-alias`}
              value={typed}
              autoComplete="off"
              spellCheck={false}
              maxLength={60}
              onChange={(e) => setTyped(e.target.value)}
            />
            <button type="button" onClick={() => setConfirming(false)} disabled={busy !== null}>
              Keep the record
            </button>
            <button
              type="submit"
              className="erase-go"
              disabled={busy !== null || typed.trim() !== props.alias}
            >
              {busy === 'erase' ? 'Erasing…' : 'Erase'}
            </button>
          </div>
        </form>
      ) : null}
      <p className="record-message" role="status">
        {message ?? ''}
      </p>
    </details>
  )
}
