import { useId, useState } from 'react'
import { useStore } from 'zustand'
import type { ExerciseId } from '../../shared/exercises'
import { useText } from '../i18n/text-context'
import { EXERCISE_MENU } from './menu-items'
import type { SoundRuntime } from './sound-runtime'

/** The calm exercise menu on the desktop: pick one, adjust the one or two options it has, start or stop. */
export function ExerciseMenu({ runtime, onStarted }: { runtime: SoundRuntime; onStarted?: () => void }) {
  const t = useText()
  const exercise = useStore(runtime.view, (s) => s.exercise)
  const id = useId()
  const [chosen, setChosen] = useState<ExerciseId>('breathing-resonance')
  const [rate, setRate] = useState(6)
  const [cycles, setCycles] = useState(6)
  const [minutes, setMinutes] = useState(8)
  const [cueWord, setCueWord] = useState('')

  if (exercise)
    return (
      <div className="exercise-running">
        <p>
          <strong>{exercise.title}</strong>
          {exercise.stepTitle ? ` · ${exercise.stepTitle}` : ''}
        </p>
        <button type="button" onClick={() => runtime.stopExercise()}>
          {t('exercise.menu.stop')}
        </button>
      </div>
    )

  const options = (): Record<string, unknown> => {
    switch (chosen) {
      case 'breathing-resonance':
        return { rate }
      case 'breathing-box':
        return { cycles }
      case 'body-scan':
        return { minutes }
      case 'safe-place':
        return cueWord.trim() ? { cueWord: cueWord.trim() } : {}
      default:
        return {}
    }
  }

  return (
    <form
      className="exercise-menu"
      onSubmit={(e) => {
        e.preventDefault()
        if (runtime.startExercise({ id: chosen, options: options() }).ok) onStarted?.()
      }}
    >
      <fieldset>
        <legend>{t('exercise.menu.choose')}</legend>
        {EXERCISE_MENU.map((item) => (
          <label key={item.id} className="exercise-choice">
            <input
              type="radio"
              name={`${id}-exercise`}
              value={item.id}
              checked={chosen === item.id}
              onChange={() => setChosen(item.id)}
            />
            <span>
              <strong>{t(item.label)}</strong>
              <span className="hint">{t(item.hint)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {chosen === 'breathing-resonance' ? (
        <label className="exercise-option">
          {t('exercise.menu.rate')}
          <select value={rate} onChange={(e) => setRate(Number(e.target.value))}>
            {[4, 4.5, 5, 5.5, 6, 6.5, 7].map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {chosen === 'breathing-box' ? (
        <label className="exercise-option">
          {t('exercise.menu.cycles')}
          <select value={cycles} onChange={(e) => setCycles(Number(e.target.value))}>
            {[5, 6, 7, 8, 9, 10].map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {chosen === 'body-scan' ? (
        <label className="exercise-option">
          {t('exercise.menu.minutes')}
          <select value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
            {[5, 8, 10, 15].map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {chosen === 'safe-place' ? (
        <label className="exercise-option">
          {t('exercise.menu.cueWord')}
          <input type="text" maxLength={40} value={cueWord} onChange={(e) => setCueWord(e.target.value)} />
        </label>
      ) : null}
      <button type="submit" className="primary">
        {t('exercise.menu.begin')}
      </button>
    </form>
  )
}
