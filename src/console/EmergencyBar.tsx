import { useEffect, useRef, useState } from 'react'
import type { Phase } from '../shared/session/state'
import type { TherapistCommand } from './console-store'

export type EmergencyBarProps = {
  phase: Phase
  hasSafePlace: boolean
  safePlaceActive: boolean
  /** Artworks still waiting for approval (pending or held): ending leaves them unseen, so the question says so. */
  waiting?: number
  send: (c: TherapistCommand) => void
}

/** Keys that work anywhere in the session view, even while typing: a hard moment must not wait for focus. */
export const SHORTCUTS = { safePlace: 's', pause: 'p' } as const

/**
 * The three controls a therapist needs in a hard moment: always at the same place (top right), large, and on
 * Alt+S / Alt+P. End asks once more, because it cannot be undone.
 */
export function EmergencyBar({ phase, hasSafePlace, safePlaceActive, waiting = 0, send }: EmergencyBarProps) {
  const [confirming, setConfirming] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const ended = phase === 'ended'
  const paused = phase === 'paused'

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
  }, [confirming])

  return (
    <div className="emergency" role="group" aria-label="Safety controls">
      <button
        type="button"
        className="safe-place"
        disabled={ended}
        aria-keyshortcuts="Alt+S"
        title={
          hasSafePlace
            ? 'Bring the client to their safe place (Alt+S)'
            : 'No safe place saved yet: brings the client to the quiet default space (Alt+S)'
        }
        onClick={() => send({ type: 'safe-place-go' })}
      >
        <span className="big">Safe place</span>
        <kbd>Alt+S</kbd>
        {safePlaceActive ? <span className="state">active</span> : null}
      </button>
      <button
        type="button"
        className="pause"
        disabled={ended}
        aria-keyshortcuts="Alt+P"
        aria-pressed={paused}
        onClick={() => send({ type: paused ? 'resume' : 'pause' })}
      >
        <span className="big">{paused ? 'Resume' : 'Pause'}</span>
        <kbd>Alt+P</kbd>
      </button>
      {/* The confirmation opens below End, so Safe place and Pause never move. */}
      <div className="end-wrap">
        <button
          type="button"
          className="end"
          disabled={ended}
          aria-expanded={confirming}
          onClick={() => setConfirming((c) => !c)}
        >
          <span className="big">{ended ? 'Ended' : 'End session'}</span>
        </button>
        {confirming ? (
          <div
            className="end-confirm"
            role="alertdialog"
            aria-label="End the session?"
            onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}
          >
            <span>{endConfirmText(waiting)}</span>
            <button
              ref={confirmRef}
              type="button"
              className="end"
              onClick={() => {
                setConfirming(false)
                send({ type: 'end' })
              }}
            >
              End session
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep going
            </button>
          </div>
        ) : null}
      </div>
    </div>
  )
}

/** The question End asks: what ending means, and what would be left unseen. */
export function endConfirmText(waiting: number): string {
  const base = 'End for good? The headset closes gently.'
  if (waiting <= 0) return base
  const items = waiting === 1 ? '1 artwork is' : `${waiting} artworks are`
  return `${base} ${items} still waiting for your approval: the client will not see ${waiting === 1 ? 'it' : 'them'}, and the record keeps ${waiting === 1 ? 'it' : 'them'} as waiting.`
}

/** Alt+S and Alt+P from anywhere on the page. Returns the listener's cleanup. */
export function installShortcuts(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  actions: { safePlace: () => void; pauseToggle: () => void },
): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.repeat) return
    // e.code survives keyboard layouts where Alt+S types a special character.
    const key = e.code === 'KeyS' ? 's' : e.code === 'KeyP' ? 'p' : e.key.toLowerCase()
    if (key === SHORTCUTS.safePlace) {
      e.preventDefault()
      actions.safePlace()
    } else if (key === SHORTCUTS.pause) {
      e.preventDefault()
      actions.pauseToggle()
    }
  }
  target.addEventListener('keydown', onKey as EventListener)
  return () => target.removeEventListener('keydown', onKey as EventListener)
}
