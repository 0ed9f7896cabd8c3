import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { RISK_FADE_MS } from './risk-text'

type Layer = { key: number; text: string }

/**
 * A paragraph whose words may be replaced while someone reads (the clinic's crisis text arriving after the default):
 * the new words fade in over the old ones and the box eases to its new height, so nothing jumps or flashes.
 */
export function CrossfadeText({ text, id, className }: { text: string; id?: string; className?: string }) {
  const [layers, setLayers] = useState<Layer[]>([{ key: 0, text }])
  const newest = layers[layers.length - 1]!
  if (newest.text !== text) setLayers([...layers.slice(-1), { key: newest.key + 1, text }])
  const current = useRef<HTMLParagraphElement>(null)
  const [height, setHeight] = useState<number | null>(null)

  // Older words leave once the fade is done.
  useEffect(() => {
    if (layers.length < 2) return
    const t = setTimeout(() => setLayers((l) => l.slice(-1)), RISK_FADE_MS)
    return () => clearTimeout(t)
  }, [layers])

  // The box follows the newest words' height (measured before paint, and again when the window is resized).
  useLayoutEffect(() => {
    const el = current.current
    if (!el) return
    setHeight(el.offsetHeight)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => setHeight(el.offsetHeight))
    observer.observe(el)
    return () => observer.disconnect()
  }, [newest.key])

  return (
    <div
      className={`crossfade${className ? ` ${className}` : ''}`}
      style={height === null ? undefined : { height }}
    >
      {layers.map((l) => {
        const isNewest = l.key === newest.key
        return (
          <p
            key={l.key}
            ref={isNewest ? current : undefined}
            id={isNewest ? id : undefined}
            aria-hidden={isNewest ? undefined : true}
            className={
              isNewest
                ? l.key === 0
                  ? 'crossfade-layer'
                  : 'crossfade-layer entering'
                : 'crossfade-layer leaving'
            }
          >
            {l.text}
          </p>
        )
      })}
    </div>
  )
}
