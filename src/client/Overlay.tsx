import {
  lazy,
  Suspense,
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react'
import { TEXT_MAX_CHARS } from '../shared/scene-constants'
import type { ComfortSettings, Status } from './client-store'
import { useText } from './i18n/text-context'
import { statusText } from './status-text'
import { MicSlot } from './speech/mic-slot'
import type { TalkSlot } from './speech/talk-slot'

// The comfort settings are read from the store at start; their form loads with the other extras after the first
// frame (or at once when the client opens it first).
const ComfortSettingsForm = lazy(() =>
  import('./comfort/ComfortSettingsForm').then((m) => ({ default: m.ComfortSettingsForm })),
)

export type OverlayProps = {
  /** The page's push-to-talk (the headset shell's), for the microphone beside Create. */
  talk: TalkSlot
  status: Status
  busy: boolean
  xrSupported: boolean
  comfort: ComfortSettings
  onCreate: (text: string) => Promise<boolean>
  onEnterVR: () => void
  /** Opens the pairing keypad; absent while already in a session. */
  onJoinSession?: (() => void) | undefined
  /**
   * The client is heading for "Join a session" (hovers, focuses or presses it): its code may be fetched now. The
   * app leaves it out until its first frame is drawn.
   */
  onJoinIntent?: (() => void) | undefined
  /** A therapist's session is on: held words wait for the therapist (solo, there is nobody to wait for). */
  inSession?: boolean | undefined
  /** Nothing painted yet (a first visit): the empty wall gets a word of welcome instead of silence. */
  welcome?: boolean | undefined
  onComfort: (partial: Partial<ComfortSettings>) => void
  /** Which view is shown; the switch is hidden when absent (a therapist's session chooses the view). */
  view?: 'gallery' | 'landscape' | undefined
  onView?: ((view: 'gallery' | 'landscape') => void) | undefined
  /**
   * After the first frame and an idle moment or gesture (the app's `extrasReady`): the microphone's module may load
   * then. A press on its placeholder loads it at once anyway, and is not lost. @default true
   */
  extrasReady?: boolean | undefined
}

/** How long a status line takes to fade when it leaves (docs/CLINICAL.md: a fade, never a jump). */
export const STATUS_FADE_MS = 1200

type Line = { text: string; kind: Status['kind']; leaving: boolean }

/**
 * The status line as shown: a new line appears at once; a line that leaves (the status back to idle) stays for
 * STATUS_FADE_MS while it fades out, in its own colour, and then goes.
 */
function useLeavingLine(text: string, kind: Status['kind']): Line {
  const [line, setLine] = useState<Line>({ text, kind, leaving: false })
  if (text && (text !== line.text || kind !== line.kind || line.leaving))
    setLine({ text, kind, leaving: false })
  else if (!text && line.text && !line.leaving) setLine({ ...line, leaving: true })
  useEffect(() => {
    if (!line.leaving) return
    const t = setTimeout(() => setLine({ text: '', kind: 'idle', leaving: false }), STATUS_FADE_MS)
    return () => clearTimeout(t)
  }, [line])
  return line
}

/**
 * Publishes how far the panel reaches up the screen as `--overlay-clear`, so captions and notices sit above it
 * instead of over the words the client is typing (the panel grows with the comfort settings and the textarea).
 */
function useOverlayClearance(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = ref.current
    if (!el || typeof ResizeObserver === 'undefined') return
    const root = document.documentElement
    const update = () =>
      root.style.setProperty(
        '--overlay-clear',
        `${Math.ceil(window.innerHeight - el.getBoundingClientRect().top)}px`,
      )
    const observer = new ResizeObserver(update)
    observer.observe(el)
    window.addEventListener('resize', update)
    update()
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', update)
      root.style.removeProperty('--overlay-clear')
    }
  }, [ref])
}

/** The calm panel over the gallery: words in, a gentle status line, and a few comfort settings. */
export function Overlay(props: OverlayProps) {
  const { status, busy, xrSupported, comfort } = props
  const [comfortOpened, setComfortOpened] = useState(false)
  const [text, setText] = useState('')
  const form = useRef<HTMLFormElement>(null)
  const panel = useRef<HTMLElement>(null)
  const id = useId()
  useOverlayClearance(panel)
  const t = useText()
  const line = useLeavingLine(
    statusText(status, props.inSession ?? false, props.welcome ?? false, t),
    status.kind,
  )

  async function submit(e: FormEvent) {
    e.preventDefault()
    if (busy) return
    if (await props.onCreate(text)) setText('')
  }
  function keyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter creates; Shift+Enter starts a new line. Never while an IME is composing a character.
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault()
      form.current?.requestSubmit()
    }
  }

  return (
    <aside ref={panel} className="overlay" aria-label="Stillroom">
      <form ref={form} className="create" onSubmit={submit}>
        <label htmlFor={`${id}-words`}>{t('page.wordsLabel')}</label>
        <div className="create-row">
          <textarea
            id={`${id}-words`}
            name="words"
            rows={1}
            maxLength={TEXT_MAX_CHARS}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={keyDown}
            aria-describedby={`${id}-hint`}
            placeholder={t('page.placeholder')}
            autoComplete="off"
            spellCheck
          />
          <button type="submit" className="primary" aria-disabled={busy}>
            {t('page.create')}
          </button>
          <MicSlot onWords={props.onCreate} talk={props.talk} load={props.extrasReady ?? true} />
        </div>
        <p id={`${id}-hint`} className="visually-hidden">
          {t('page.hint')}
        </p>
      </form>
      <p
        className={`status status-${line.kind}`}
        role="status"
        aria-live="polite"
        style={{ opacity: line.leaving ? 0 : 1, transition: `opacity ${STATUS_FADE_MS}ms ease` }}
      >
        {line.text}
      </p>
      <div className="settings">
        {props.view && props.onView ? (
          <fieldset className="view-switch">
            <legend className="visually-hidden">{t('page.view')}</legend>
            {(['gallery', 'landscape'] as const).map((v) => (
              <label key={v} className={props.view === v ? 'chosen' : undefined}>
                <input
                  type="radio"
                  name={`${id}-view`}
                  value={v}
                  checked={props.view === v}
                  onChange={() => props.onView?.(v)}
                />
                {t(v === 'gallery' ? 'page.gallery' : 'page.landscape')}
              </label>
            ))}
          </fieldset>
        ) : null}
        {xrSupported ? (
          <button type="button" className="vr" onClick={props.onEnterVR}>
            {t('page.enterVR')}
          </button>
        ) : null}
        {props.onJoinSession ? (
          <button
            type="button"
            className="join"
            onClick={props.onJoinSession}
            onPointerEnter={props.onJoinIntent}
            onFocus={props.onJoinIntent}
            onPointerDown={props.onJoinIntent}
          >
            {t('page.join')}
          </button>
        ) : null}
        <details onToggle={(e) => setComfortOpened((was) => was || e.currentTarget.open)}>
          <summary>{t('page.comfort')}</summary>
          <p className="hint">{t('page.moveHint')}</p>
          {comfortOpened || (props.extrasReady ?? true) ? (
            <Suspense fallback={<p className="hint">{t('page.loading')}</p>}>
              <ComfortSettingsForm comfort={comfort} onChange={props.onComfort} />
            </Suspense>
          ) : null}
        </details>
      </div>
    </aside>
  )
}
