import { useId, useState, type FormEvent } from 'react'
import {
  CUE_WORD_MAX_CHARS,
  NARRATION_MAX_CHARS,
  TIME_SCALE_MAX,
  TIME_SCALE_MIN,
  type SessionState,
} from '../shared/session/state'
import { Section, Slider, prettify } from './controls-kit'
import type { TherapistCommand } from './console-store'
import { exerciseChoices } from './exercise-choices'

type Props = { state: SessionState; send: (c: TherapistCommand) => void; disabled: boolean }

/** One text box and a button; clears only when the words were sent. */
function LineForm(props: {
  label: string
  button: string
  placeholder: string
  maxLength: number
  disabled: boolean
  onSubmit: (text: string) => void
  multiline?: boolean
}) {
  const id = useId()
  const [text, setText] = useState('')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const t = text.trim()
    if (!t || props.disabled) return
    props.onSubmit(t)
    setText('')
  }
  return (
    <form className="line-form" onSubmit={submit}>
      <label htmlFor={id}>{props.label}</label>
      <div className="row">
        <input
          id={id}
          type="text"
          value={text}
          maxLength={props.maxLength}
          placeholder={props.placeholder}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={props.disabled || !text.trim()}>
          {props.button}
        </button>
      </div>
    </form>
  )
}

export function WordsPanel({ send, disabled }: Props) {
  return (
    <Section id="words" title="Words">
      <LineForm
        label="Describe on the client’s behalf"
        button="Paint"
        placeholder="a sheltered cove, warm sand, slow waves"
        maxLength={2000}
        disabled={disabled}
        onSubmit={(text) => send({ type: 'describe', text })}
      />
      <LineForm
        label="Narration the client hears"
        button="Say"
        placeholder="Notice your feet resting on the ground."
        maxLength={NARRATION_MAX_CHARS}
        disabled={disabled}
        onSubmit={(text) => send({ type: 'narrate', text })}
      />
    </Section>
  )
}

export function ExercisePanel({ state, send, disabled }: Props) {
  const choices = exerciseChoices()
  const [picked, setPicked] = useState(choices[0]?.id ?? '')
  const id = useId()
  const running = state.exercise
  return (
    <Section id="exercises" title="Exercises">
      {running ? (
        <div className="running">
          <p>
            Running:{' '}
            <strong>{choices.find((c) => c.id === running.id)?.label ?? prettify(running.id)}</strong>
          </p>
          <Slider
            label="Pace"
            value={running.timeScale}
            min={TIME_SCALE_MIN}
            max={TIME_SCALE_MAX}
            step={0.05}
            format={(v) => `${v.toFixed(2)}×`}
            onCommit={(timeScale) => send({ type: 'exercise-pace', timeScale })}
            disabled={disabled}
          />
          <button type="button" disabled={disabled} onClick={() => send({ type: 'exercise-stop' })}>
            Stop exercise
          </button>
        </div>
      ) : (
        <div className="row">
          <label htmlFor={id} className="visually-hidden">
            Exercise
          </label>
          <select id={id} value={picked} onChange={(e) => setPicked(e.target.value)} disabled={disabled}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={disabled || !picked}
            onClick={() => send({ type: 'exercise-start', id: picked })}
          >
            Start
          </button>
        </div>
      )}
    </Section>
  )
}

export function SafePlacePanel({ state, send, disabled }: Props) {
  const saved = state.safePlace.saved
  return (
    <Section id="safe-place" title="Safe place">
      {saved ? (
        <p className="quiet">
          Saved: {prettify(saved.spec.biome)}, {prettify(saved.spec.timeOfDay).toLowerCase()}
          {saved.cueWord ? (
            <>
              {' '}
              · cue word <strong>“{saved.cueWord}”</strong>
            </>
          ) : null}
          {state.safePlace.activeSince !== null ? ' · the client is there now' : ''}
        </p>
      ) : (
        <p className="quiet">No safe place saved for this client yet.</p>
      )}
      <LineForm
        label="Save the current scene as the safe place, with a cue word"
        button="Save"
        placeholder="harbour"
        maxLength={CUE_WORD_MAX_CHARS}
        disabled={disabled}
        onSubmit={(cueWord) => send({ type: 'safe-place-save', cueWord })}
      />
    </Section>
  )
}
