import { useId } from 'react'
import { BRIGHTNESS, SMOOTH_TURN_SPEED, type ComfortSettings } from '../../shared/comfort'
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
  const id = useId()
  const turn = turnChoice(comfort)
  const radio = <T extends string>(group: string, value: T, current: T, label: string, pick: () => void) => (
    <label key={value} className="choice">
      <input type="radio" name={`${id}-${group}`} checked={current === value} onChange={pick} />
      {label}
    </label>
  )
  return (
    <div className="comfort-form">
      <fieldset>
        <legend>Moving in VR</legend>
        {radio('move', 'teleport', comfort.locomotion, 'Teleport', () =>
          onChange({ locomotion: 'teleport' }),
        )}
        {radio('move', 'smooth', comfort.locomotion, 'Smooth', () => onChange({ locomotion: 'smooth' }))}
      </fieldset>
      <fieldset>
        <legend>Turning in VR</legend>
        {radio('turn', '45', turn, '45°', () => onChange({ turn: 'snap', snapDegrees: 45 }))}
        {radio('turn', '30', turn, '30°', () => onChange({ turn: 'snap', snapDegrees: 30 }))}
        {radio('turn', 'smooth', turn, 'Smooth turn', () => onChange({ turn: 'smooth' }))}
      </fieldset>
      {comfort.turn === 'smooth' ? (
        <label className="comfort-range">
          <span>Turning speed</span>
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
        <legend>I am</legend>
        {radio('posture', 'standing', comfort.posture, 'standing', () => onChange({ posture: 'standing' }))}
        {radio('posture', 'seated', comfort.posture, 'seated', () => onChange({ posture: 'seated' }))}
      </fieldset>
      <div className="comfort-checks">
        <label className="comfort-check">
          <input
            type="checkbox"
            checked={comfort.vignette}
            onChange={(e) => onChange({ vignette: e.target.checked })}
          />
          Soften edges while moving
        </label>
        <label className="comfort-check" title="Stills water, grass, clouds and falling snow or rain">
          <input
            type="checkbox"
            checked={comfort.reducedMotion}
            onChange={(e) => onChange({ reducedMotion: e.target.checked })}
          />
          Reduce motion
        </label>
        <label className="comfort-check">
          <input
            type="checkbox"
            checked={comfort.lightning}
            onChange={(e) => onChange({ lightning: e.target.checked })}
          />
          Distant lightning in storms
        </label>
      </div>
      <label className="comfort-range">
        <span>Brightness</span>
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
    </div>
  )
}
