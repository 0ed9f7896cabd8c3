import { lazy, Suspense } from 'react'
import { PoseStreamer } from './PoseStreamer'
import type { HeadsetSession } from './session-client'
import { SessionVeil } from './SessionVeil'
import { useSessionView } from './use-session-view'

// The panel kit brings troika text: only load it once the client is in VR with something to show.
const VRPanels = lazy(() => import('./VRPanelSet').then((m) => ({ default: m.VRPanelSet })))

/** The session inside the canvas: the soft veil, pose streaming, and the in-VR panels. */
export function SessionStage({
  session,
  inXR,
  speak,
}: {
  session: HeadsetSession
  inXR: boolean
  speak?: (text: string) => void
}) {
  const stage = useSessionView(session, (v) => v.stage)
  const scene = useSessionView(session, (v) => v.scene)
  return (
    <>
      <SessionVeil presenter={session.presenter} />
      {stage === 'live' ? <PoseStreamer session={session} scene={scene} /> : null}
      {inXR ? (
        <Suspense fallback={null}>
          <VRPanels session={session} {...(speak ? { speak } : {})} />
        </Suspense>
      ) : null}
    </>
  )
}
