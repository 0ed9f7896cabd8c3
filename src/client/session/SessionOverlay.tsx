import { unacknowledgedRisks } from '../../shared/session/risk'
import { RefineOverlay } from '../refine/RefineOverlay'
import type { HeadsetSession } from './session-client'
import { useText } from '../i18n/text-context'
import { SudsScale } from './SudsScale'
import { useCueWord, useExerciseCaption, useSessionView } from './use-session-view'
import './session.css'

/** Everything of a session that lives on the screen (desktop, and the 2D page of a headset's browser). */
export function SessionOverlay({
  session,
  speak,
}: {
  session: HeadsetSession
  speak?: (text: string) => void
}) {
  const t = useText()
  const stage = useSessionView(session, (v) => v.stage)
  const connection = useSessionView(session, (v) => v.connection)
  const request = useSessionView(session, (v) => v.state?.suds.request ?? null)
  const scale = useSessionView(session, (v) => v.state?.suds.scale ?? 10)
  const answered = useSessionView(session, (v) => v.sudsAnswered)
  const paused = useSessionView(session, (v) => v.scene?.paused ?? false)
  const caption = useSessionView(session, (v) => v.caption)
  const note = useSessionView(session, (v) => v.note)
  // While words of risk wait for the therapist, the risk notice (src/client/risk) speaks for them: not two thank-yous.
  const riskWaiting = useSessionView(session, (v) => unacknowledgedRisks(v.state?.risks).length > 0)
  const exercise = useExerciseCaption(session, speak)
  const cue = useCueWord(session)

  // The pairing keypad is the app's (JoinKeypad, through use-session-keypad.ts): it shows from the click on "Join a
  // session", before this code has arrived, and stays the same keypad once it has.
  if (stage === 'solo' || stage === 'keypad' || stage === 'pairing') return null
  if (stage === 'ended')
    return (
      <div className="session-centre ended" role="status" aria-live="polite">
        <p className="session-big">{t('session.ended')}</p>
        <button
          type="button"
          className="primary"
          onClick={() => window.location.assign(window.location.pathname)}
        >
          {t('session.close')}
        </button>
      </div>
    )
  const asking = stage === 'live' && request !== null && answered !== request.n
  const line = caption?.text ?? exercise?.text ?? ''
  return (
    <>
      {stage === 'joining' ? <p className="session-hint">{t('session.joining')}</p> : null}
      {stage === 'live' && connection === 'reconnecting' ? (
        <p className="session-hint" role="status">
          {t('session.reconnecting')}
        </p>
      ) : null}
      {note && connection !== 'reconnecting' && !riskWaiting ? (
        <p className="session-hint" role="status" aria-live="polite">
          {t(note)}
        </p>
      ) : null}
      {paused ? (
        <div className="session-centre" role="status">
          <p className="session-big">{t('session.paused')}</p>
        </div>
      ) : null}
      {cue && !paused ? (
        <div className="session-centre cue" role="status" aria-live="polite">
          <p className="session-cue">{cue}</p>
        </div>
      ) : null}
      {line ? (
        <p className={`session-caption${asking ? ' raised' : ''}`} role="status" aria-live="polite">
          {exercise && !caption ? <span className="session-soft">{exercise.title} · </span> : null}
          {line}
        </p>
      ) : null}
      {asking ? <SudsScale key={request.n} scale={scale} onAnswer={(v) => session.answerSuds(v)} /> : null}
      {!paused && !asking ? <RefineOverlay target={session} /> : null}
    </>
  )
}
