import { useFrame } from '@react-three/fiber'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { layoutGallery } from '../../shared/layout'
import { compareView, type CompareView } from '../../shared/session/compare'
import { layoutVersions } from '../../scene/gallery/versions-layout'
import { VersionsView } from '../../scene/gallery/versions-view'
import type { VersionsProbe } from '../../scene/gallery/versions-probe'
import { useRefineView, type RefineTarget } from './refine-target'
import type { Viewer } from '../viewer'
import { useText } from '../i18n/text-context'

/** Closer than this to the best place to see the row, the visitor is left where they are. */
const NEAR_ENOUGH = 0.6

/** A key that changes only when what the easels show changes (not on every command the session applies). */
const keyOf = (v: CompareView | null) =>
  v
    ? `${v.artworkId}@${v.wallIndex}:${v.versions.map((x) => `${x.id}${x.current ? '*' : ''}`).join(',')}`
    : ''

/**
 * The session's versions side by side, in the headset's gallery: opened from the refine panel or by the
 * therapist (`compare-versions`), a version pointed at and clicked hangs (`pick-version`). When it opens, the visitor
 * is brought calmly to stand before the row: a glide on a screen, a soft fade in VR (never a glide in a headset).
 */
export function SessionVersions({
  target,
  viewer,
  inXR,
  onProbe,
}: {
  target: RefineTarget
  viewer?: Viewer | undefined
  inXR: boolean
  /** For the browser tests: what the easels show (the shell's probe slots). */
  onProbe?: ((probe: VersionsProbe | null) => void) | undefined
}) {
  const t = useText()
  // The current version’s card in the client’s language (drawn when a comparison opens).
  const onTheWall = useCallback((n: number) => t('gallery.onTheWall', { n }), [t])
  const state = useRefineView(target, (v) => v.state)
  const count = useRefineView(target, (v) => v.scene?.artworks.length ?? 0)
  const sceneView = useRefineView(target, (v) => v.scene?.view ?? 'gallery')
  const fresh = compareView(state)
  const key = keyOf(fresh)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of what is shown makes a new view
  const view = useMemo(() => fresh, [key])
  const layout = useMemo(() => layoutGallery(count), [count])

  const brought = useRef<string | null>(null)
  useEffect(() => {
    if (!view) {
      brought.current = null
      return
    }
    if (!viewer || brought.current === view.artworkId) return
    brought.current = view.artworkId
    const row = layoutVersions(layout, view.wallIndex, view.versions.length)
    if (!row) return
    const { x, z, yaw } = row.viewer
    const hx = viewer.pose.x + viewer.headOffset.x
    const hz = viewer.pose.z + viewer.headOffset.z
    if (Math.hypot(x - hx, z - hz) < NEAR_ENOUGH) return
    if (inXR) viewer.teleport(x, z, yaw, true)
    else viewer.goTo(x, z, yaw)
  }, [view, viewer, layout, inXR])

  const artworkId = view?.artworkId
  const onPick = useMemo(
    () =>
      artworkId
        ? (versionId: string) =>
            void target.sendVersionCommand({ type: 'pick-version', artworkId, versionId })
        : undefined,
    [target, artworkId],
  )
  if (sceneView !== 'gallery') return null
  return (
    <>
      <VersionsView layout={layout} view={view} onPick={onPick} onProbe={onProbe} onTheWall={onTheWall} />
      {view && viewer && !inXR ? <LookDown key={view.artworkId} viewer={viewer} /> : null}
    </>
  )
}

/** On a screen the easels stand below the eye: the view tilts gently down to them (never in a headset). */
const LOOK_PITCH = -0.24
/** Radians per second: the tilt takes about a second, like the glide it goes with. */
const LOOK_RATE = 0.22

/** Tilts once when a comparison opens, then rests (mounted only while one is open; the mouse may look up again). */
function LookDown({ viewer }: { viewer: Viewer }) {
  const done = useRef(false)
  useFrame((_, dt) => {
    if (done.current) return
    const d = LOOK_PITCH - viewer.pose.pitch
    const step = Math.min(Math.abs(d), LOOK_RATE * Math.min(dt, 0.1))
    viewer.look(Math.sign(d) * step)
    if (Math.abs(d) <= step + 1e-4) done.current = true
  })
  return null
}

export default SessionVersions
