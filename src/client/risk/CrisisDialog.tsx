import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { useStore } from 'zustand'
import { CrossfadeText } from './CrossfadeText'
import type { RiskFlow } from './risk-flow'
import { useText } from '../i18n/text-context'
import { readableCrisisText, RISK_FADE_MS } from './risk-text'
import { usePresence } from './use-presence'
import './crisis.css'

/**
 * The crisis panel on a screen, when a solo client's words were raised for risk: a warm heading, the clinic's crisis
 * text and two clear ways on (grounding, or back to the room). Fades in and out; Escape closes it; focus moves to it
 * and back to where it was.
 */
export function CrisisDialog({ flow, onGrounding }: { flow: RiskFlow; onGrounding: () => void }) {
  const t = useText()
  const open = useStore(flow.store, (s) => s.open)
  const crisis = useStore(flow.crisisText.store, (s) => s.crisis)
  const presence = usePresence(open, RISK_FADE_MS)
  const id = useId()
  const dialog = useRef<HTMLDivElement>(null)
  const before = useRef<Element | null>(null)

  useEffect(() => {
    if (!open) return
    before.current = document.activeElement
    dialog.current?.focus()
    return () => {
      // Back to the words box (or wherever the client was), if it is still there to take focus.
      const back = before.current
      if (back instanceof HTMLElement && back.isConnected) back.focus()
    }
  }, [open])

  if (!presence) return null

  const keyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation()
      flow.close()
    } else if (e.key === 'Tab') {
      // Focus stays in the panel while it is open: Tab goes round its two buttons.
      const buttons = [...(dialog.current?.querySelectorAll('button') ?? [])]
      const first = buttons[0]
      const last = buttons[buttons.length - 1]
      if (!first || !last) return
      const at = document.activeElement
      if (e.shiftKey && (at === first || at === dialog.current)) {
        e.preventDefault()
        last.focus()
      } else if (!e.shiftKey && at === last) {
        e.preventDefault()
        first.focus()
      }
    }
  }

  return (
    <div className={`crisis-backdrop ${presence}`}>
      <div
        ref={dialog}
        className="crisis-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        tabIndex={-1}
        inert={presence === 'out'}
        onKeyDown={keyDown}
      >
        <h2 id={`${id}-title`}>{t('crisis.heading')}</h2>
        <CrossfadeText id={`${id}-text`} className="crisis-text" text={readableCrisisText(crisis.text)} />
        <div className="crisis-actions">
          <button type="button" className="primary" onClick={onGrounding}>
            {t('crisis.grounding')}
          </button>
          <button type="button" onClick={() => flow.close()}>
            {t('crisis.close')}
          </button>
        </div>
      </div>
    </div>
  )
}
