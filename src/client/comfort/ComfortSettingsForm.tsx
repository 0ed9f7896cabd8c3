import { useId } from 'react'
import { BRIGHTNESS, SMOOTH_TURN_SPEED, type ComfortSettings } from '../../shared/comfort'
import { LANGUAGES } from '../../shared/safety/language'
import { LANGUAGE_NAMES, useHeadsetText, useLanguage } from '../i18n/language-context'
import { useText } from '../i18n/text-context'
import './comfort.css'

export type ComfortSettingsFormProps = {
  comfort: ComfortSettings
  onChange: (partial: Partial<ComfortSettings>) => void
}

type TurnChoice = '45' | '30' | 'smooth'

function turnChoice(c: ComfortSettings): TurnChoice {
  return c.turn === 'smooth' ? 'smooth' : c.snapDegrees === 30 ? '30' : '45'
}

/**
 * The desktop comfort settings (inside the overlay's "Moving and comfort"): plain labelled radios, checkboxes and
 * two sliders, all reachable by keyboard. Every change applies at once and is kept for next time.
 */
export function ComfortSettingsForm({ comfort, onChange }: ComfortSettingsFormProps) {
  const t = useText()
  const text = useHeadsetText()
  const language = useLanguage()
  const id = useId()
  const turn = turnChoice(comfort)
  const radio = <T extends string>(
    group: string,
    value: T,
    current: T,
    label: string,
    pick: () => void,
    lang?: string,
  ) => (
    <label key={value} className="choice" lang={lang}>
      <input type="radio" name={`${id}-${group}`} checked={current === value} onChange={pick} />
      {label}
    </label>
  )
  return (
    <div className="comfort-form">
      <fieldset>
        <legend>{t('comfort.form.moving')}</legend>
        {radio('move', 'teleport', comfort.locomotion, t('comfort.teleport'), () =>
          onChange({ locomotion: 'teleport' }),
        )}
        {radio('move', 'smooth', comfort.locomotion, t('comfort.smooth'), () =>
          onChange({ locomotion: 'smooth' }),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('comfort.form.turning')}</legend>
        {radio('turn', '45', turn, '45°', () => onChange({ turn: 'snap', snapDegrees: 45 }))}
        {radio('turn', '30', turn, '30°', () => onChange({ turn: 'snap', snapDegrees: 30 }))}
        {radio('turn', 'smooth', turn, t('comfort.form.smoothTurn'), () => onChange({ turn: 'smooth' }))}
      </fieldset>
      {comfort.turn === 'smooth' ? (
        <label className="comfort-range">
          <span>{t('comfort.form.turnSpeed')}</span>
          <input
            type="range"
            min={SMOOTH_TURN_SPEED.min}
            max={SMOOTH_TURN_SPEED.max}
            step={5}
            value={comfort.smoothTurnSpeed}
            onChange={(e) => onChange({ smoothTurnSpeed: Number(e.target.value) })}
          />
          <output>{comfort.smoothTurnSpeed}°/s</output>
        </label>
      ) : null}
      <fieldset>
        <legend>{t('comfort.iAm')}</legend>
        {radio('posture', 'standing', comfort.posture, t('comfort.form.standing'), () =>
          onChange({ posture: 'standing' }),
        )}
        {radio('posture', 'seated', comfort.posture, t('comfort.form.seated'), () =>
          onChange({ posture: 'seated' }),
        )}
      </fieldset>
      <div className="comfort-checks">
        <label className="comfort-check">
          <input
            type="checkbox"
            checked={comfort.vignette}
            onChange={(e) => onChange({ vignette: e.target.checked })}
          />
          {t('comfort.form.vignette')}
        </label>
        <label className="comfort-check" title={t('comfort.form.reducedMotionHint')}>
          <input
            type="checkbox"
            checked={comfort.reducedMotion}
            onChange={(e) => onChange({ reducedMotion: e.target.checked })}
          />
          {t('comfort.reducedMotion')}
        </label>
        <label className="comfort-check">
          <input
            type="checkbox"
            checked={comfort.lightning}
            onChange={(e) => onChange({ lightning: e.target.checked })}
          />
          {t('comfort.form.lightning')}
        </label>
      </div>
      <label className="comfort-range">
        <span>{t('comfort.brightness')}</span>
        <input
          type="range"
          min={BRIGHTNESS.min}
          max={BRIGHTNESS.max}
          step={0.05}
          value={comfort.brightness}
          onChange={(e) => onChange({ brightness: Number(e.target.value) })}
        />
        <output>{Math.round(comfort.brightness * 100)}%</output>
      </label>
      {text ? (
        // Each language by its own name; one click, kept on the device (in a session that follows the client's
        // language, it applies after the session).
        <fieldset>
          <legend>{t('language.label')}</legend>
          {LANGUAGES.map((l) =>
            radio('language', l, language, LANGUAGE_NAMES[l], () => void text.choose(l), l),
          )}
        </fieldset>
      ) : null}
    </div>
  )
}
