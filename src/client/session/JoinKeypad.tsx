import { useId, useLayoutEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react'
import { useText } from '../i18n/text-context'
import { createKeyBuffer, type KeyBuffer } from './key-buffer'
import type { PairError } from './pairing'
import { isCompleteCode, KEYPAD_ROWS, PAIRING_CODE_LENGTH } from './keypad'
// The keypad's own look: it is shown from the first bundle too (while the session's code arrives), never unstyled.
import './session.css'

export type JoinKeypadProps = {
  busy: boolean
  /** Why the last try was refused (worded here, in the language on screen). */
  error: PairError | null
  onJoin: (code: string) => void
  onCancel: () => void
  /**
   * Where the code is kept: the shell's session slot (session-slot.ts), the same from the click on "Join a session" until
   * the pairing, so nothing typed while the session's code arrives is lost. @default a buffer of this keypad's own
   */
  keys?: KeyBuffer | undefined
  /** The session's code is still on its way: a quiet "Opening…" line; a finished code is joined once it is here. */
  opening?: boolean | undefined
}

/**
 * The pairing keypad on a screen: six large boxes and big keys with only the characters a code can hold. Typing
 * works too (letters are upper-cased, anything else is ignored, a pasted code is cleaned up).
 */
export function JoinKeypad({ busy, error, onJoin, onCancel, keys, opening = false }: JoinKeypadProps) {
  const t = useText()
  const [own] = useState(createKeyBuffer)
  const buffer = keys ?? own
  const code = useSyncExternalStore(buffer.subscribe, buffer.get, buffer.get)
  const dispatch = buffer.dispatch
  const id = useId()
  const dialog = useRef<HTMLDivElement>(null)
  const complete = isCompleteCode(code)

  // At the commit that shows it, so no key pressed just after reaches the page behind instead.
  useLayoutEffect(() => dialog.current?.focus(), [])

  const submit = () => {
    if (complete && !busy) onJoin(code)
  }
  const cancel = () => {
    buffer.clear()
    onCancel()
  }
  const keyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return
    if (e.key === 'Escape') cancel()
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
        <h2 id={`${id}-title`}>{t('keypad.title')}</h2>
        <p id={`${id}-hint`} className="session-soft">
          {t('keypad.hint')}
        </p>
        <div
          className="code-boxes"
          role="status"
          aria-live="polite"
          aria-label={code ? t('keypad.code', { code: code.split('').join(' ') }) : t('keypad.codeEmpty')}
        >
          {Array.from({ length: PAIRING_CODE_LENGTH }, (_, i) => (
            <span key={i} className={`code-box${i === code.length ? ' next' : ''}`} aria-hidden="true">
              {code[i] ?? ''}
            </span>
          ))}
        </div>
        <div className="keys" role="group" aria-label={t('keypad.keys')}>
          {KEYPAD_ROWS.map((row, r) => (
            <div className="key-row" key={r}>
              {row.map((k) => (
                <button
                  key={k}
                  type="button"
                  className="key"
                  onClick={() => dispatch({ type: 'key', key: k })}
                  disabled={busy || code.length >= PAIRING_CODE_LENGTH}
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
              {t('keypad.back')}
            </button>
            <button
              type="button"
              className="key wide"
              onClick={() => dispatch({ type: 'clear' })}
              disabled={busy}
            >
              {t('keypad.clear')}
            </button>
          </div>
        </div>
        {/* While the code arrives this line says so, in the place "Joining…" and a refusal take (no jump). */}
        <p className="session-message" role="alert">
          {busy ? t('keypad.joining') : opening ? t('keypad.opening') : error ? t(error.key, error.vars) : ''}
        </p>
        <div className="session-actions">
          <button type="button" onClick={cancel}>
            {t('keypad.notNow')}
          </button>
          <button type="button" className="primary" onClick={submit} aria-disabled={!complete || busy}>
            {t('keypad.join')}
          </button>
        </div>
      </div>
    </div>
  )
}
