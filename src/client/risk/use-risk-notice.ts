import { useEffect, useState } from 'react'
import { NO_NOTICE, type RiskNotice } from './risk-notice'
import { watchRiskNotice, type RiskNoticeSource } from './risk-notice-watch'

/** The risk notice a paired headset shows now (see risk-notice.ts); none without a session. */
export function useRiskNotice(session: RiskNoticeSource | null): RiskNotice {
  const [notice, setNotice] = useState<RiskNotice>(NO_NOTICE)
  useEffect(() => (session ? watchRiskNotice(session, setNotice) : undefined), [session])
  return session ? notice : NO_NOTICE
}
