import type { RiskEvent } from '../../shared/session/risk'
import { noticeChangesIn, riskNotice, sameNotice, type RiskNotice } from './risk-notice'

type Risks = readonly Pick<RiskEvent, 'at' | 'acknowledgedAt'>[] | undefined

/** What the watch needs of the headset's session (HeadsetSession fits). */
export type RiskNoticeSource = {
  view: {
    getState(): { state: { risks?: Risks } | null }
    subscribe(
      listener: (
        now: { state: { risks?: Risks } | null },
        before: { state: { risks?: Risks } | null },
      ) => void,
    ): () => void
  }
  /** Server time now (ms): the events' `at` is the server's. */
  serverNow(): number
}

/**
 * Calls `onNotice` with the notice to show whenever it changes: when the therapist's acknowledgement or a new raise
 * arrives, and when the two minutes run out with nobody there yet. Returns a stop function.
 */
export function watchRiskNotice(
  source: RiskNoticeSource,
  onNotice: (notice: RiskNotice) => void,
): () => void {
  let shown: RiskNotice | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  const update = () => {
    if (timer) clearTimeout(timer)
    timer = null
    const now = source.serverNow()
    const next = riskNotice(source.view.getState().state?.risks, now)
    if (!shown || !sameNotice(shown, next)) {
      shown = next
      onNotice(next)
    }
    const wait = noticeChangesIn(next, now)
    // A little late rather than early: a timer that fires a hair before the moment would only set itself again.
    if (wait !== null) timer = setTimeout(update, wait + 20)
  }
  const unsubscribe = source.view.subscribe((now, before) => {
    if (now.state?.risks !== before.state?.risks) update()
  })
  update()
  return () => {
    unsubscribe()
    if (timer) clearTimeout(timer)
  }
}
