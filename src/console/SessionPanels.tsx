import { useId, useState, type FormEvent } from 'react'
import {
  CUE_WORD_MAX_CHARS,
  NARRATION_MAX_CHARS,
  TIME_SCALE_MAX,
  TIME_SCALE_MIN,
  type SessionState,
} from '../shared/session/state'
import { EXERCISE_TITLES, type ExerciseId } from '../shared/exercises'
import { Choice, Section, Slider, prettify } from './controls-kit'
import type { TherapistCommand } from './console-store'
import {
  BREATHING_PATTERNS,
  EXERCISE_GROUPS,
  EXERCISE_OPTION_FIELDS,
  GROUP_LABELS,
  PATTERN_LABELS,
  defaultValues,
  describeExercise,
  startCommand,
  type ExerciseGroup,
  type OptionValues,
} from './exercise-options'
import { OptionFields } from './ExerciseOptions'

type Props = { state: SessionState; send: (c: TherapistCommand) => void; disabled: boolean }

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

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
  const [group, setGroup] = useState<ExerciseGroup>('breathing')
  const [pattern, setPattern] = useState<(typeof BREATHING_PATTERNS)[number]>('breathing-resonance')
  // Each exercise keeps its own choices for the session, so switching to look at another loses nothing.
  const [values, setValues] = useState<Record<string, OptionValues>>(() => ({
    'safe-place': { ...defaultValues('safe-place'), cueWord: state.safePlace.saved?.cueWord ?? '' },
  }))
  const [problem, setProblem] = useState<string | null>(null)
  const picked: ExerciseId = group === 'breathing' ? pattern : group
  const current = values[picked] ?? defaultValues(picked)
  const running = state.exercise
  const start = () => {
    const r = startCommand(picked, current)
    if (!r.ok) return setProblem(r.problem)
    setProblem(null)
    send(r.command)
  }
  return (
    <Section id="exercises" title="Exercises">
      {running ? (
        <div className="running">
          <p>
            Running: <strong>{describeExercise(running.id, running.options)}</strong>
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
        <div className="exercise-start">
          <Choice
            label="Exercise"
            value={group}
            options={EXERCISE_GROUPS}
            format={(g) => GROUP_LABELS[g]}
            onChange={setGroup}
            disabled={disabled}
          />
          {group === 'breathing' ? (
            <Choice
              label="Pattern"
              value={pattern}
              options={BREATHING_PATTERNS}
              format={(p) => PATTERN_LABELS[p]}
              onChange={setPattern}
              disabled={disabled}
            />
          ) : null}
          <OptionFields
            fields={EXERCISE_OPTION_FIELDS[picked]}
            values={current}
            disabled={disabled}
            onChange={(key, v) => setValues((all) => ({ ...all, [picked]: { ...current, [key]: v } }))}
          />
          <div className="row start-row">
            <button type="button" className="primary" disabled={disabled} onClick={start}>
              {picked === 'safe-place'
                ? // Not to be mistaken for the Safe place button at the top, which takes the client there now.
                  'Start the safe-place exercise'
                : `Start ${lowerFirst(EXERCISE_TITLES[picked])}`}
            </button>
            {problem ? (
              <span className="quiet" role="alert">
                {problem}
              </span>
            ) : null}
          </div>
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
