import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useStore } from 'zustand'
import { useText } from '../i18n/text-context'
import { useHeldKeys } from '../use-held-keys'
import type { EarlyPress } from './early-press'
import { MicIcon } from './mic-icon'
import type { PushToTalk, TalkState } from './push-to-talk'
import { talkLine } from './talk-text'
import { createBrowserPushToTalk } from './talk-browser'
import type { TalkSlot } from './talk-slot'
import './speech.css'

/** Hold Ctrl+Space anywhere (it types nothing, and leaves W A S D and the arrows to walking). */
export const TALK_KEY = { code: 'Space', ctrlKey: true } as const
const HINT_MS = 8000

type Props = {
  onWords: (text: string) => Promise<boolean>
  /** The page's push-to-talk, shared with the VR controller. */
  talk: TalkSlot
  /** A press on the placeholder before this module arrived (held, tapped, or Space/Enter): honoured on mount. */
  early?: EarlyPress
  /** The placeholder had the keyboard's focus: keep it here. */
  autoFocus?: boolean
}

/** Hold-to-talk next to Create, with a soft card above the panel for listening and confirming. */
export default function MicButton({ onWords, talk: slot, early, autoFocus }: Props) {
  const t = useText()
  const talk = slot.get(createBrowserPushToTalk)
  const state = useStore(talk.store)

  // Pressed before this module arrived: listen now, and let go when that press is let go (at once after a tap).
  useEffect(
    () => early?.claim({ press: () => void talk.press(), release: () => void talk.release() }),
    [talk, early],
  )

  // Ctrl+Space anywhere, and Space or Enter on the focused button, hold the same one 'talk'.
  const keys = useHeldKeys<'talk'>({
    down: (e) => (e.code === TALK_KEY.code && e.ctrlKey && !e.altKey && !e.metaKey ? 'talk' : undefined),
    up: (e) => (e.code === TALK_KEY.code || e.key === 'Control' ? 'talk' : undefined),
    ignoreRepeat: true,
    onPress: () => void talk.press(),
    onRelease: () => void talk.release(),
  })

  // A hint goes away by itself after a while; an explanation (with its OK) and a transcript wait for the client.
  useEffect(() => {
    if (!(state.kind === 'idle' && state.hint)) return
    const timer = setTimeout(() => talk.reset(), HINT_MS)
    return () => clearTimeout(timer)
  }, [state, talk])

  const listening = state.kind === 'listening'
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    // A focused button is held with Space or Enter, like the pointer.
    if (e.key !== ' ' && e.key !== 'Enter') return
    e.preventDefault()
    if (e.type === 'keydown' && !e.repeat) keys.press('talk')
    else if (e.type === 'keyup') keys.release('talk')
  }

  return (
    <>
      <button
        type="button"
        className={`mic${listening ? ' listening' : ''}`}
        aria-label={t('talk.hold')}
        aria-pressed={listening}
        title={t('talk.holdTitle')}
        autoFocus={autoFocus}
        onPointerDown={(e) => {
          e.preventDefault()
          e.currentTarget.setPointerCapture?.(e.pointerId)
          void talk.press()
        }}
        onPointerUp={() => void talk.release()}
        onPointerCancel={() => void talk.release()}
        onKeyDown={onKey}
        onKeyUp={onKey}
        onClick={(e) => e.preventDefault()}
        onContextMenu={(e) => e.preventDefault()}
      >
        <MicIcon />
      </button>
      <TalkCard talk={talk} state={state} onWords={onWords} />
    </>
  )
}

function TalkCard({
  talk,
  state,
  onWords,
}: {
  talk: PushToTalk
  state: TalkState
  onWords: (text: string) => Promise<boolean>
}) {
  const t = useText()
  const bar = useRef<HTMLSpanElement>(null)
  const listening = state.kind === 'listening'
  useEffect(() => {
    if (!listening) return
    let frame = 0
    const loop = () => {
      // Per frame, outside React: the level only scales a soft bar.
      bar.current?.style.setProperty('--level', (0.08 + talk.level() * 0.92).toFixed(3))
      frame = requestAnimationFrame(loop)
    }
    frame = requestAnimationFrame(loop)
    return () => cancelAnimationFrame(frame)
  }, [listening, talk])

  const line = talkLine(state, 'desktop', t)
  if (!line) return null
  return (
    <div className={`talk-card talk-${state.kind}`} role="status" aria-live="polite">
      <p className="talk-line">{line}</p>
      {listening ? (
        <span className="talk-level" aria-hidden="true">
          <span ref={bar} />
        </span>
      ) : null}
      {state.kind === 'confirm' ? (
        <>
          <p className="talk-words">{t('talk.quote', { text: state.text })}</p>
          <div className="talk-actions">
            <button type="button" className="primary" onClick={() => void talk.use(onWords)}>
              {t('talk.use')}
            </button>
            <button type="button" onClick={() => talk.reset()}>
              {t('talk.again')}
            </button>
          </div>
        </>
      ) : null}
      {state.kind === 'consent' ? (
        <div className="talk-actions">
          <button type="button" className="primary" onClick={() => void talk.agree()}>
            {t('talk.yes')}
          </button>
          <button type="button" onClick={() => talk.reset()}>
            {t('talk.notNow')}
          </button>
        </div>
      ) : null}
      {state.kind === 'unavailable' ? (
        <button type="button" className="talk-close" onClick={() => talk.reset()}>
          {t('talk.ok')}
        </button>
      ) : null}
    </div>
  )
}
