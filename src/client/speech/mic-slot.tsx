import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { createEarlyPress, isPressKey } from './early-press'
import { useText } from '../i18n/text-context'
import { MicIcon } from './mic-icon'
import type MicButton from './MicButton'
import type { TalkSlot } from './talk-slot'

type MicButtonComponent = typeof MicButton

let loading: Promise<MicButtonComponent> | null = null
/** The push-to-talk module (MicButton, talk-browser, speech-api), fetched once; a failed fetch is tried again. */
const loadMicButton = () =>
  (loading ??= import('./MicButton').then(
    (m) => m.default,
    (e: unknown) => {
      loading = null
      throw e
    },
  ))

export type MicSlotProps = {
  /** Confirmed words go the normal way (describe in a session, the create box solo). */
  onWords: (text: string) => Promise<boolean>
  /** The page's push-to-talk (the headset shell's), shared with the VR controller. */
  talk: TalkSlot
  /**
   * May the module load now? The app says so after its first frame and an idle moment or gesture (its
   * `extrasReady`): never in the headset's first bundle, never competing with the first frame. A press on the
   * placeholder loads it at once regardless, and is kept until the real button can take it.
   */
  load?: boolean
}

/**
 * The microphone next to Create: a quiet placeholder until the push-to-talk module is here. The placeholder stays
 * the same element until the real button replaces it (no Suspense fallback in between), and a press on it —
 * held, a quick tap, or Space/Enter — is handed to the real button when it mounts.
 */
export function MicSlot({ onWords, talk, load = true }: MicSlotProps) {
  const t = useText()
  const [Button, setButton] = useState<MicButtonComponent | null>(null)
  /** Bumped by each press on the placeholder: load now (and again, should an earlier fetch have failed). */
  const [asked, setAsked] = useState(0)
  const early = useMemo(() => createEarlyPress(window), [])
  const placeholder = useRef<HTMLButtonElement>(null)
  /** The placeholder had the keyboard's focus when the module arrived: the real button takes it over. */
  const takeFocus = useRef(false)

  useEffect(() => {
    if (Button || !(load || asked > 0)) return
    let live = true
    loadMicButton().then(
      (B) => {
        if (!live) return
        takeFocus.current = placeholder.current !== null && document.activeElement === placeholder.current
        setButton(() => B)
      },
      () => undefined, // offline for a moment: the placeholder stays, and the next press tries again
    )
    return () => {
      live = false
    }
  }, [Button, load, asked])
  useEffect(() => () => early.dispose(), [early])

  if (Button) return <Button onWords={onWords} talk={talk} early={early} autoFocus={takeFocus.current} />

  const pressNow = (via: 'pointer' | 'key') => {
    early.down(via)
    setAsked((n) => n + 1)
  }
  const onKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!isPressKey(e.key)) return
    e.preventDefault()
    // The release is watched on the window (the placeholder may be gone by then).
    if (e.type === 'keydown' && !e.repeat) pressNow('key')
  }
  return (
    <button
      ref={placeholder}
      type="button"
      className="mic"
      aria-label={t('talk.hold')}
      onPointerDown={(e) => {
        e.preventDefault() // as on the real button: no text selection on a long press
        pressNow('pointer')
      }}
      onKeyDown={onKey}
      onKeyUp={onKey}
      onContextMenu={(e) => e.preventDefault()}
    >
      <MicIcon />
    </button>
  )
}
