import { useEffect, useId, useReducer, useRef, type KeyboardEvent } from 'react'
import { isCompleteCode, KEYPAD_ROWS, keypadReducer, PAIRING_CODE_LENGTH } from './keypad'

export type JoinKeypadProps = {
  busy: boolean
  error: string | null
  onJoin: (code: string) => void
  onCancel: () => void
}

/**
 * The pairing keypad on a screen: six large boxes and big keys with only the characters a code can hold. Typing
 * works too (letters are upper-cased, anything else is ignored, a pasted code is cleaned up).
 */
export function JoinKeypad({ busy, error, onJoin, onCancel }: JoinKeypadProps) {
  const [state, dispatch] = useReducer(keypadReducer, { code: '' })
  const id = useId()
  const dialog = useRef<HTMLDivElement>(null)
  const complete = isCompleteCode(state.code)

  useEffect(() => dialog.current?.focus(), [])

  const submit = () => {
    if (complete && !busy) onJoin(state.code)
  }
  const keyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    if (e.key === 'Escape') onCancel()
    else if (e.key === 'Backspace') dispatch({ type: 'back' })
    else if (e.key === 'Enter' && (e.target as HTMLElement).tagName !== 'BUTTON') submit()
    else if (e.key.length === 1) dispatch({ type: 'key', key: e.key })
    else return
    e.stopPropagation()
    if (e.key !== 'Enter') e.preventDefault()
  }

  return (
    <div className="session-backdrop">
      <div
        ref={dialog}
        className="session-dialog keypad"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-hint`}
        tabIndex={-1}
        onKeyDown={keyDown}
        onPaste={(e) => {
          dispatch({ type: 'paste', text: e.clipboardData.getData('text') })
          e.preventDefault()
        }}
      >
        <h2 id={`${id}-title`}>Join a session</h2>
        <p id={`${id}-hint`} className="session-soft">
          Enter the six characters your therapist shows you.
        </p>
        <div
          className="code-boxes"
          role="status"
          aria-live="polite"
          aria-label={`Code: ${state.code.split('').join(' ') || 'empty'}`}
        >
          {Array.from({ length: PAIRING_CODE_LENGTH }, (_, i) => (
            <span key={i} className={`code-box${i === state.code.length ? ' next' : ''}`} aria-hidden="true">
              {state.code[i] ?? ''}
            </span>
          ))}
        </div>
        <div className="keys" role="group" aria-label="Keypad">
          {KEYPAD_ROWS.map((row, r) => (
            <div className="key-row" key={r}>
              {row.map((k) => (
                <button
                  key={k}
                  type="button"
                  className="key"
                  onClick={() => dispatch({ type: 'key', key: k })}
                  disabled={busy || state.code.length >= PAIRING_CODE_LENGTH}
                >
                  {k}
                </button>
              ))}
            </div>
          ))}
          <div className="key-row">
            <button
              type="button"
              className="key wide"
              onClick={() => dispatch({ type: 'back' })}
              disabled={busy}
            >
              Back
            </button>
            <button
              type="button"
              className="key wide"
              onClick={() => dispatch({ type: 'clear' })}
              disabled={busy}
            >
              Clear
            </button>
          </div>
        </div>
        <p className="session-message" role="alert">
          {busy ? 'Joining…' : (error ?? '')}
        </p>
        <div className="session-actions">
          <button type="button" onClick={onCancel}>
            Not now
          </button>
          <button type="button" className="primary" onClick={submit} aria-disabled={!complete || busy}>
            Join
          </button>
        </div>
      </div>
    </div>
  )
}
