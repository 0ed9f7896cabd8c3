import { useEffect, useMemo, useRef } from 'react'
import { layoutGallery } from '../shared/layout'
import type { SessionState } from '../shared/session/state'
import type { LivePose } from './console-store'
import { drawLandscapeMap, drawMap, type MapArtwork } from './draw-map'
import { landscapeMapShape, standTargets } from './landscape-map'
import { mirrorArtworks, mirrorView } from './mirror-scene'
import { useClientTimeline } from './timeline/use-client-timeline'

const WIDTH = 320
const HEIGHT = 240
/** The map is a glance, not a video: 10 redraws a second are plenty and cost little. */
const REDRAW_MS = 100

/**
 * Top-down map with the client's position and a heatmap of what they looked at: the gallery's rooms, or in the
 * landscape view the clearing, its water and the artworks' easels, from the same placement the headset uses.
 */
export function MiniMap({ state, live }: { state: SessionState; live: LivePose }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const artworks = useMemo(() => mirrorArtworks(state), [state])
  const { view, spec } = mirrorView(state)
  const ids = useMemo(() => artworks.map((a) => a.id).join('\n'), [artworks])
  const shape = useMemo(
    () => (view === 'landscape' ? landscapeMapShape(spec.biome, ids ? ids.split('\n') : []) : null),
    [view, spec.biome, ids],
  )
  // In the Timeline view the client walks the rooms of all their sessions: the map shows those rooms instead.
  const timeline = useClientTimeline(view === 'timeline' ? state.clientId : null, artworks.length)
  const galleryLayout = useMemo(() => layoutGallery(artworks.length), [artworks.length])
  const layout = view === 'timeline' && timeline ? timeline.layout : galleryLayout
  const items = useMemo<MapArtwork[]>(
    () =>
      view === 'timeline' && timeline
        ? timeline.artworks.map((a, i) => ({ id: a.id, slotIndex: i }))
        : artworks.map((a, i) => ({ id: a.id, slotIndex: i })),
    [artworks, view, timeline],
  )

  // In the landscape the headset names no artwork with its gaze: the console works it out from the stands.
  useEffect(() => {
    live.gazeTargets = shape ? standTargets(shape.stands) : []
    return () => void (live.gazeTargets = [])
  }, [shape, live])

  useEffect(() => {
    const el = canvas.current
    const ctx = el?.getContext('2d')
    if (!el || !ctx) return
    const dpr = Math.min(2, window.devicePixelRatio || 1)
    el.width = WIDTH * dpr
    el.height = HEIGHT * dpr
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
    let seen = -1
    const size = { width: WIDTH, height: HEIGHT }
    const draw = () => {
      if (live.received === seen && seen !== -1) return
      seen = live.received
      if (shape) drawLandscapeMap(ctx, size, shape, live.heatmap)
      else drawMap(ctx, size, layout, items, live.heatmap)
    }
    seen = -1
    draw()
    const timer = setInterval(draw, REDRAW_MS)
    return () => clearInterval(timer)
  }, [layout, items, shape, live])

  const looked = [...live.heatmap.byArtwork.entries()].sort((a, b) => b[1] - a[1])[0]
  const top = looked ? artworks.find((a) => a.id === looked[0]) : undefined
  const place = shape ? 'the landscape' : view === 'timeline' ? 'the timeline' : 'the gallery'
  return (
    <figure className="minimap" data-map={shape ? 'landscape' : 'gallery'}>
      <canvas
        ref={canvas}
        style={{ width: WIDTH, height: HEIGHT }}
        role="img"
        aria-label={
          top
            ? `Map of ${place}. The client looked longest at “${top.text}”.`
            : `Map of ${place} with the client’s position.`
        }
      />
      <figcaption>
        {shape?.room
          ? 'Room · walls and furniture as the client meets them'
          : shape
            ? 'Landscape · dashed ring = where they can walk'
            : view === 'timeline'
              ? 'Timeline · one room per session, oldest on the left'
              : 'Gallery'}{' '}
        · warm glow = looked at longest
      </figcaption>
    </figure>
  )
}
