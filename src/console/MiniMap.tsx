import { useEffect, useMemo, useRef } from 'react'
import { layoutGallery } from '../shared/layout'
import type { SessionState } from '../shared/session/state'
import type { LivePose } from './console-store'
import { drawMap, type MapArtwork } from './draw-map'
import { mirrorArtworks } from './mirror-scene'

const WIDTH = 320
const HEIGHT = 240
/** The map is a glance, not a video: 10 redraws a second are plenty and cost little. */
const REDRAW_MS = 100

/** Top-down map with the client's position and a heatmap of what they looked at. */
export function MiniMap({ state, live }: { state: SessionState; live: LivePose }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const artworks = useMemo(() => mirrorArtworks(state), [state])
  const layout = useMemo(() => layoutGallery(artworks.length), [artworks.length])
  const items = useMemo<MapArtwork[]>(() => artworks.map((a, i) => ({ id: a.id, slotIndex: i })), [artworks])

  useEffect(() => {
    const el = canvas.current
    const ctx = el?.getContext('2d')
    if (!el || !ctx) return
    const dpr = Math.min(2, window.devicePixelRatio || 1)
    el.width = WIDTH * dpr
    el.height = HEIGHT * dpr
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0)
    let seen = -1
    const draw = () => {
      if (live.received === seen && seen !== -1) return
      seen = live.received
      drawMap(ctx, { width: WIDTH, height: HEIGHT }, layout, items, live.heatmap)
    }
    seen = -1
    draw()
    const timer = setInterval(draw, REDRAW_MS)
    return () => clearInterval(timer)
  }, [layout, items, live])

  const looked = [...live.heatmap.byArtwork.entries()].sort((a, b) => b[1] - a[1])[0]
  const top = looked ? artworks.find((a) => a.id === looked[0]) : undefined
  return (
    <figure className="minimap">
      <canvas
        ref={canvas}
        style={{ width: WIDTH, height: HEIGHT }}
        role="img"
        aria-label={
          top
            ? `Map of the gallery. The client looked longest at “${top.text}”.`
            : 'Map of the gallery with the client’s position.'
        }
      />
      <figcaption>Map · warm glow = looked at longest</figcaption>
    </figure>
  )
}
