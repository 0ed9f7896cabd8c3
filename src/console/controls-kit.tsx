import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

/** A titled panel section; `id` lets the skip links and keyboard users jump to it. */
export function Section(props: {
  id?: string
  title: string
  children: ReactNode
  badge?: ReactNode
  className?: string
}) {
  const headingId = useId()
  return (
    <section id={props.id} className={`panel ${props.className ?? ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {props.title}
        {props.badge}
      </h2>
      {props.children}
    </section>
  )
}

/** A row of toggle buttons: one tap, no menu to open; arrow keys move between them like a radio group. */
export function Choice<T extends string>(props: {
  label: string
  value: T
  options: readonly T[]
  onChange: (v: T) => void
  format?: (v: T) => string
  disabled?: boolean
}) {
  const labelId = useId()
  const format = props.format ?? prettify
  return (
    <div className="choice">
      <span id={labelId} className="choice-label">
        {props.label}
      </span>
      <div role="radiogroup" aria-labelledby={labelId} className="choice-row">
        {props.options.map((o) => (
          <button
            key={o}
            type="button"
            role="radio"
            aria-checked={o === props.value}
            tabIndex={o === props.value ? 0 : -1}
            disabled={props.disabled}
            onClick={() => o !== props.value && props.onChange(o)}
            onKeyDown={(e) => {
              const i = props.options.indexOf(o)
              const step =
                e.key === 'ArrowRight' || e.key === 'ArrowDown'
                  ? 1
                  : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
                    ? -1
                    : 0
              if (!step) return
              e.preventDefault()
              const next = props.options[(i + step + props.options.length) % props.options.length]!
              const row = e.currentTarget.parentElement
              props.onChange(next)
              // Keep focus with the choice the arrow moved to.
              requestAnimationFrame(() =>
                (row?.querySelector(`[data-value="${CSS.escape(next)}"]`) as HTMLElement | null)?.focus(),
              )
            }}
            data-value={o}
          >
            {format(o)}
          </button>
        ))}
      </div>
    </div>
  )
}

/**
 * A labelled slider that shows its value at once but commits (sends a command) at most every `everyMs` while
 * dragging and once more when let go, so a drag is a handful of commands, not a hundred.
 */
export function Slider(props: {
  label: string
  value: number
  min: number
  max: number
  step: number
  onCommit: (v: number) => void
  format?: (v: number) => string
  disabled?: boolean
  everyMs?: number
}) {
  const id = useId()
  const [draft, setDraft] = useState<number | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const pending = useRef<number | null>(null)
  const commit = useRef(props.onCommit)
  commit.current = props.onCommit
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), [])
  const flush = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (pending.current !== null) commit.current(pending.current)
    pending.current = null
  }
  const shown = draft ?? props.value
  const format = props.format ?? ((v: number) => `${Math.round(v * 100)} %`)
  return (
    <div className="slider">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="range"
        min={props.min}
        max={props.max}
        step={props.step}
        value={shown}
        disabled={props.disabled}
        aria-valuetext={format(shown)}
        onChange={(e) => {
          const v = Number(e.target.value)
          setDraft(v)
          pending.current = v
          if (!timer.current) timer.current = setTimeout(flush, props.everyMs ?? 150)
        }}
        onPointerUp={() => {
          flush()
          setDraft(null)
        }}
        onBlur={() => {
          flush()
          setDraft(null)
        }}
      />
      <output htmlFor={id}>{format(shown)}</output>
    </div>
  )
}

/** "golden-hour" → "Golden hour", "night-sky" → "Night sky". */
export function prettify(v: string): string {
  const s = v.replace(/-/g, ' ')
  return s.charAt(0).toUpperCase() + s.slice(1)
}
