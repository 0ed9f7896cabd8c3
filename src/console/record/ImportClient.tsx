import { useId, useRef, useState } from 'react'
import { readAccessKey } from '../console-api'
import { importClient } from './record-api'
import './record.css'

/** "Import a client record…": one archive exported by another Stillroom becomes one of this therapist's clients. */
export function ImportClient(props: { onImported?: () => void }) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  async function upload(file: File | undefined) {
    if (!file) return
    setBusy(true)
    setMessage(null)
    const r = await importClient(file, { accessKey: readAccessKey() })
    setBusy(false)
    if (input.current) input.current.value = ''
    if (!r.ok) return setMessage({ ok: false, text: r.message })
    const { client, sessions, images } = r.value
    const plural = (n: number, word: string) => `${n || 'no'} ${word}${n === 1 ? '' : 's'}`
    setMessage({
      ok: true,
      text: `${client.alias} is here now, with ${plural(sessions, 'session')} and ${plural(images, 'picture')}.`,
    })
    props.onImported?.()
  }

  return (
    <div className="import-client">
      <label htmlFor={`${id}-file`} className={`import-button${busy ? ' busy' : ''}`}>
        {busy ? 'Checking the archive…' : 'Import a client record…'}
      </label>
      <input
        id={`${id}-file`}
        ref={input}
        type="file"
        accept=".gz,.tar.gz,application/gzip"
        disabled={busy}
        onChange={(e) => void upload(e.target.files?.[0])}
      />
      <p className={message?.ok === false ? 'form-error' : 'record-message'} role="status">
        {message?.text ?? ''}
      </p>
    </div>
  )
}
