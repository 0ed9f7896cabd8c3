import { useId, useState, type FormEvent } from 'react'
import { NOTE_MAX_CHARS, type SessionState } from '../../shared/session/state'
import type { TherapistCommand } from '../console-store'
import { Section } from '../controls-kit'
import { reportHref } from './report-route'
import { clockTime } from '../../shared/ui/dates'

/**
 * The therapist's notes for this session: kept with the session (never sent to the headset), shown here and in
 * the printable report, which this panel links to.
 */
export function NotesPanel(props: {
  state: SessionState
  send: (c: TherapistCommand) => void
  disabled?: boolean
  accessKey?: string | null
}) {
  const id = useId()
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const notes = props.state.notes ?? []
  function keep(e: FormEvent) {
    e.preventDefault()
    const words = text.trim()
    if (!words) return setProblem('Write something first.')
    if (words.length > NOTE_MAX_CHARS) return setProblem(`A note holds at most ${NOTE_MAX_CHARS} characters.`)
    setProblem(null)
    props.send({ type: 'note', text: words })
    setText('')
  }
  return (
    <Section id="notes" title="Notes" className="notes-panel">
      <form className="notes-form" onSubmit={keep}>
        <label htmlFor={`${id}-note`}>A note for the record (the client never sees it)</label>
        <textarea
          id={`${id}-note`}
          value={text}
          rows={3}
          maxLength={NOTE_MAX_CHARS}
          disabled={props.disabled}
          onChange={(e) => setText(e.target.value)}
          placeholder="Chose “harbour” as the cue word; calmer after box breathing."
        />
        <div className="row">
          <button type="submit" disabled={props.disabled || !text.trim()}>
            Keep note
          </button>
          <span className="quiet">
            {text.length}/{NOTE_MAX_CHARS}
          </span>
          <a
            className="button-link"
            href={reportHref(props.state.id, props.accessKey)}
            target="_blank"
            rel="noopener"
          >
            Session report
          </a>
        </div>
        <p className="form-error" role="alert">
          {problem ?? ''}
        </p>
      </form>
      {notes.length ? (
        <ol className="notes-list" reversed>
          {[...notes].reverse().map((n, i) => (
            <li key={`${n.at}-${i}`}>
              <span className="quiet">{clockTime(n.at)}</span> {n.text}
            </li>
          ))}
        </ol>
      ) : null}
    </Section>
  )
}
