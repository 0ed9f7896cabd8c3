import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import type { CrisisTextSource } from './crisis-text'
import { sameNotice, type RiskNotice } from './risk-notice'
import type { RiskNoticeSource } from './risk-notice-watch'
import { useLanguage } from '../i18n/language-context'
import { gentleRiskMessage, readableCrisisText, RISK_FADE_MS } from './risk-text'
import { usePresence } from './use-presence'
import { useRiskNotice } from './use-risk-notice'
import './crisis.css'

/**
 * In a session, after the client's words were raised: a calm "your therapist will be with you" until the therapist
 * acknowledges, then it fades away. Two minutes with nobody there yet and the crisis text joins it.
 */
export function SessionRiskNotice({
  session,
  crisisText,
}: {
  session: RiskNoticeSource
  crisisText: CrisisTextSource
}) {
  const notice = useRiskNotice(session)
  const crisis = useStore(crisisText.store, (s) => s.crisis)
  // In the language on screen (the client's in a session), not the browser's.
  const language = useLanguage()
  const presence = usePresence(notice.kind !== 'none', RISK_FADE_MS)
  // While it fades out, the words it had stay on it.
  const [last, setLast] = useState<RiskNotice>(notice)
  if (notice.kind !== 'none' && !sameNotice(last, notice)) setLast(notice)
  const waiting = notice.kind !== 'none'
  // Fetched while the client waits, so the clinic's own words are ready if the two minutes pass.
  useEffect(() => {
    if (waiting) void crisisText.load()
  }, [waiting, crisisText])
  if (!presence) return null
  return (
    <div className={`risk-notice ${presence}`} role="status" aria-live="polite">
      <p className="risk-notice-message">{gentleRiskMessage(language)}</p>
      {last.kind === 'crisis' ? (
        <p className="risk-notice-crisis">{readableCrisisText(crisis.text)}</p>
      ) : null}
    </div>
  )
}
