import { unacknowledgedRisks } from '../../shared/session/risk'
import type { HeadsetSession } from './session-client'
import { isSudsAsked } from './suds-asked'
import { useSessionView } from './use-session-view'
import { VRJoinButton, VRKeypad, VRRefinePanel, VRSessionMessages, VRSuds } from './VRSessionPanels'

/** Which session panel the client sees in VR right now: at most one interactive panel at a time. */
export function VRPanelSet({
  session,
  speak,
  describing = false,
}: {
  session: HeadsetSession
  speak?: (text: string) => void
  /** The Describe or comfort panel is open in VR (they reach down): the join button and refine panel wait. */
  describing?: boolean
}) {
  const stage = useSessionView(session, (v) => v.stage)
  const request = useSessionView(session, (v) => v.state?.suds.request ?? null)
  const scale = useSessionView(session, (v) => v.state?.suds.scale ?? 10)
  const asking = useSessionView(session, isSudsAsked)
  // While words of risk wait for the therapist, the risk notice (src/client/risk) stands where the refine panel would.
  const riskWaiting = useSessionView(session, (v) => unacknowledgedRisks(v.state?.risks).length > 0)
  if (stage === 'solo') return describing ? null : <VRJoinButton session={session} />
  if (stage === 'keypad' || stage === 'pairing') return <VRKeypad session={session} />
  return (
    <>
      <VRSessionMessages session={session} {...(speak ? { speak } : {})} />
      {asking && request ? <VRSuds key={request.n} session={session} scale={scale} /> : null}
      {stage === 'live' && !asking && !riskWaiting && !describing ? <VRRefinePanel target={session} /> : null}
    </>
  )
}
