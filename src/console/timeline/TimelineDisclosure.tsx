import { lazy, Suspense, useState } from 'react'

// The strip paints thumbnails on the GPU: its code (and the painter) loads only when a therapist opens it.
const TimelineStrip = lazy(() => import('./TimelineStrip'))

/** "Timeline" on a client's card: opens the strip of their sessions' artworks by date. */
export function TimelineDisclosure({ clientId, alias }: { clientId: string; alias: string }) {
  const [open, setOpen] = useState(false)
  return (
    <details
      className="timeline-disclosure"
      data-timeline-for={clientId}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>Timeline</summary>
      {open ? (
        <Suspense fallback={<p className="quiet">Opening the timeline…</p>}>
          <TimelineStrip clientId={clientId} alias={alias} />
        </Suspense>
      ) : null}
    </details>
  )
}
