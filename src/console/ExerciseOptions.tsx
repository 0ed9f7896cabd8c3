import { useId } from 'react'
import { Choice } from './controls-kit'
import { clampNumber, type NumberField, type OptionField, type OptionValues } from './exercise-options'

/**
 * A number the therapist sets with large − / + buttons or by typing. Whatever is typed, the value shown after
 * leaving the box — and the value sent — is in range and on the step (`clampNumber`).
 */
export function Stepper(props: {
  field: NumberField
  value: string | number
  onChange: (v: string | number) => void
  disabled?: boolean
}) {
  const { field, value } = props
  const id = useId()
  const hint = useId()
  const current = clampNumber(field, value)
  const nudge = (dir: 1 | -1) => props.onChange(clampNumber(field, current + dir * field.step))
  return (
    <div className="stepper" data-key={field.key}>
      <label htmlFor={id}>{field.label}</label>
      <div className="stepper-row">
        <button
          type="button"
          className="step"
          aria-label={`Less: ${field.label.toLowerCase()}`}
          disabled={props.disabled || current <= field.min}
          onClick={() => nudge(-1)}
        >
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={field.min}
          max={field.max}
          step={field.step}
          value={value}
          disabled={props.disabled}
          aria-describedby={hint}
          onChange={(e) => props.onChange(e.target.value)}
          onBlur={() => props.onChange(current)}
          onKeyDown={(e) => e.key === 'Enter' && props.onChange(current)}
        />
        <span className="unit">{field.unit.trim()}</span>
        <button
          type="button"
          className="step"
          aria-label={`More: ${field.label.toLowerCase()}`}
          disabled={props.disabled || current >= field.max}
          onClick={() => nudge(1)}
        >
          +
        </button>
        <span id={hint} className="range-hint">
          {field.min}–{field.max}
        </span>
      </div>
    </div>
  )
}

/** The options of one exercise, each as the control that suits it. */
export function OptionFields(props: {
  fields: readonly OptionField[]
  values: OptionValues
  onChange: (key: string, v: string | number) => void
  disabled: boolean
}) {
  const textId = useId()
  return (
    <div className="exercise-options">
      {props.fields.map((f) => {
        const v = props.values[f.key]
        if (f.kind === 'number')
          return (
            <Stepper
              key={f.key}
              field={f}
              value={v ?? f.default}
              disabled={props.disabled}
              onChange={(x) => props.onChange(f.key, x)}
            />
          )
        if (f.kind === 'choice') {
          const byString = new Map(f.options.map((o) => [String(o.value), o]))
          return (
            <Choice
              key={f.key}
              label={f.label}
              value={String(v ?? f.default)}
              options={f.options.map((o) => String(o.value))}
              format={(s) => byString.get(s)?.label ?? s}
              onChange={(s) => props.onChange(f.key, byString.get(s)?.value ?? f.default)}
              disabled={props.disabled}
            />
          )
        }
        return (
          <div className="option-text" key={f.key}>
            <label htmlFor={textId}>{f.label}</label>
            <input
              id={textId}
              type="text"
              value={String(v ?? '')}
              maxLength={f.maxLength}
              placeholder={f.placeholder}
              autoComplete="off"
              disabled={props.disabled}
              onChange={(e) => props.onChange(f.key, e.target.value)}
            />
          </div>
        )
      })}
    </div>
  )
}
