import { lazy, Suspense, useEffect, useState } from 'react'
import type { VersionsProbe } from '../../scene/gallery/versions-probe'
import type { Viewer } from '../viewer'
import { PoseStreamer } from './PoseStreamer'
import type { HeadsetSession } from './session-client'
import { SessionVeil } from './SessionVeil'
import { useSessionView } from './use-session-view'

// The panel kit brings troika text: only load it once the client is in VR with something to show.
const VRPanels = lazy(() => import('./VRPanelSet').then((m) => ({ default: m.VRPanelSet })))
// Versions side by side: the easels' code loads only when a comparison is first opened.
const SessionVersions = lazy(() => import('../refine/SessionVersions'))

/** The session inside the canvas: the soft veil, pose streaming, and the in-VR panels. */
export function SessionStage({
  session,
  inXR,
  speak,
  viewer,
  onComparing,
  onVersionsProbe,
  describing = false,
}: {
  session: HeadsetSession
  inXR: boolean
  speak?: (text: string) => void
  /** Lets the versions view bring the visitor before the row it opens. */
  viewer?: Viewer
  /** Told when versions stand side by side (the app pauses teleporting then, see App.tsx). */
  onComparing?: (comparing: boolean) => void
  /** For the browser tests: what the versions' easels show (the shell's probe slots). */
  onVersionsProbe?: (probe: VersionsProbe | null) => void
  /** The VR Describe or comfort panel is open: the session’s low buttons and refine panel step aside. */
  describing?: boolean
}) {
  const stage = useSessionView(session, (v) => v.stage)
  const scene = useSessionView(session, (v) => v.scene)
  const comparing = useSessionView(session, (v) => !!v.state?.compare)
  const [versionsLoaded, setVersionsLoaded] = useState(false)
  if (comparing && !versionsLoaded) setVersionsLoaded(true)
  useEffect(() => {
    onComparing?.(comparing)
    return () => onComparing?.(false)
  }, [comparing, onComparing])
  return (
    <>
      <SessionVeil presenter={session.presenter} />
      {stage === 'live' ? <PoseStreamer session={session} scene={scene} /> : null}
      {versionsLoaded ? (
        <Suspense fallback={null}>
          <SessionVersions target={session} viewer={viewer} inXR={inXR} onProbe={onVersionsProbe} />
        </Suspense>
      ) : null}
      {inXR ? (
        <Suspense fallback={null}>
          <VRPanels session={session} describing={describing} {...(speak ? { speak } : {})} />
        </Suspense>
      ) : null}
    </>
  )
}
