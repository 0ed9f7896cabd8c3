import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { TEXT_MAX_CHARS } from '../shared/scene-constants'
import type { Posture, SnapDegrees, Status } from './client-store'

export type OverlayProps = {
  status: Status
  busy: boolean
  xrSupported: boolean
  snapDegrees: SnapDegrees
  posture: Posture
  onCreate: (text: string) => Promise<boolean>
  onEnterVR: () => void
  onSnapDegrees: (d: SnapDegrees) => void
  onPosture: (p: Posture) => void
}

/** Short, warm and plain (ART.md): never alarming, never red. */
function statusText(status: Status): string {
  switch (status.kind) {
    case 'idle':
      return ''
    case 'painting':
      return 'Painting…'
    case 'shown':
      return 'Your painting is on the wall. Take your time.'
    case 'held':
      return 'Kept for your therapist to look at with you.'
    case 'error':
      return status.message
  }
}

/** The calm panel over the gallery: words in, a gentle status line, and a few comfort settings. */
export function Overlay(props: OverlayProps) {
  const { status, busy, xrSupported, snapDegrees, posture } = props
  const [text, setText] = useState('')
  const form = useRef<HTMLFormElement>(null)
  const id = useId()

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (busy) return
    if (await props.onCreate(text)) setText('')
  }
  function keyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter creates; Shift+Enter starts a new line. Never while an IME is composing a character.
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault()
      form.current?.requestSubmit()
    }
  }

  return (
    <aside className="overlay" aria-label="Stillroom">
      <form ref={form} className="create" onSubmit={submit}>
        <label htmlFor={`${id}-words`}>Describe a place or a feeling</label>
        <div className="create-row">
          <textarea
            id={`${id}-words`}
            name="words"
            rows={1}
            maxLength={TEXT_MAX_CHARS}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={keyDown}
            aria-describedby={`${id}-hint`}
            placeholder="a quiet beach at sunset, the waves coming in slowly"
            autoComplete="off"
            spellCheck
          />
          <button type="submit" className="primary" aria-disabled={busy}>
            Create
          </button>
        </div>
        <p id={`${id}-hint`} className="visually-hidden">
          Enter creates the painting; Shift+Enter starts a new line.
        </p>
      </form>
      <p className={`status status-${status.kind}`} role="status" aria-live="polite">
        {statusText(status)}
      </p>
      <div className="settings">
        {xrSupported ? (
          <button type="button" className="vr" onClick={props.onEnterVR}>
            Enter VR
          </button>
        ) : null}
        <details>
          <summary>Moving and comfort</summary>
          <p className="hint">
            Walk with W A S D or the arrow keys. Drag to look around. Click the floor to go there.
          </p>
          <fieldset>
            <legend>Turning in VR</legend>
            {([45, 30] as const).map((d) => (
              <label key={d} className="choice">
                <input
                  type="radio"
                  name={`${id}-snap`}
                  checked={snapDegrees === d}
                  onChange={() => props.onSnapDegrees(d)}
                />
                {d}°
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>I am</legend>
            {(['standing', 'seated'] as const).map((p) => (
              <label key={p} className="choice">
                <input
                  type="radio"
                  name={`${id}-posture`}
                  checked={posture === p}
                  onChange={() => props.onPosture(p)}
                />
                {p}
              </label>
            ))}
          </fieldset>
        </details>
      </div>
    </aside>
  )
}
