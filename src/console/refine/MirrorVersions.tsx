import { useMemo } from 'react'
import type { GalleryLayout } from '../../shared/layout'
import { compareView, type CompareView } from '../../shared/session/compare'
import type { SessionState } from '../../shared/session/state'
import { VersionsView } from '../../scene/gallery/versions-view'

const keyOf = (v: CompareView | null) =>
  v
    ? `${v.artworkId}@${v.wallIndex}:${v.versions.map((x) => `${x.id}${x.current ? '*' : ''}`).join(',')}`
    : ''

/**
 * The mirror's copy of the versions side by side: the same easels, painter and seeds as the headset, from
 * the session state, so the therapist sees what the client compares. Look only: picking is done on the console's
 * versions row or by the client.
 */
export function MirrorVersions({ state, layout }: { state: SessionState; layout: GalleryLayout }) {
  const fresh = compareView(state)
  const key = keyOf(fresh)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of what is shown makes a new view
  const view = useMemo(() => fresh, [key])
  return <VersionsView layout={layout} view={view} />
}

/** "Comparing versions of …" under the mirror, while the client has them side by side. */
export function CompareNote({ state }: { state: SessionState }) {
  const view = compareView(state)
  if (!view) return null
  const entry = state.artworks.find((e) => e.artwork.id === view.artworkId)
  const title = entry ? entry.artwork.spec.title || entry.artwork.text : ''
  const current = view.versions.findIndex((v) => v.current) + 1
  return (
    <p className="mirror-note compare-note" role="status">
      Comparing {view.versions.length} versions of “{title.length > 40 ? `${title.slice(0, 38)}…` : title}”
      side by side · version {current} on the wall
    </p>
  )
}
