import { useEffect, useMemo, useRef, useState } from 'react'
import type { Timeline, TimelineArtwork, TimelineSession } from '../../shared/record/timeline'
import type { ArtworkEntry } from '../../shared/session/state'
import { clockTime } from '../../shared/ui/dates'
import { readAccessKey } from '../console-api'
import { createArtworkLooks, type ArtworkLooks } from '../insight/artwork-looks'
import { fetchClientTimeline } from './timeline-api'
import './timeline.css'

/** The looks painter wants a session entry: a timeline artwork is an approved one. */
function asEntry(a: TimelineArtwork): ArtworkEntry {
  return {
    artwork: { id: a.id, text: a.text, createdAt: a.createdAt, spec: a.spec, seed: a.seed, status: 'shown' },
    state: 'approved',
    slot: null,
    reasons: [],
    from: 'client',
    ...(a.image ? { image: { state: 'ready', file: a.image.file, startedAt: 0, at: 0 } } : {}),
  }
}

const timeOfDay = (iso: string) => clockTime(iso)

/** One painted picture (the same painter and seed as the headset, or the AI picture when it was ready). */
function Picture(props: {
  looks: ArtworkLooks
  sessionId: string
  artwork: TimelineArtwork
  className: string
}) {
  const { looks, sessionId, artwork } = props
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void looks.look(sessionId, asEntry(artwork), { image: true }).then((l) => live && setUrl(l?.url ?? null))
    return () => {
      live = false
    }
  }, [looks, sessionId, artwork])
  return url ? (
    <img className={props.className} src={url} alt="" />
  ) : (
    <span className={`${props.className} painting`} aria-hidden="true" />
  )
}

type Open = { session: TimelineSession; artwork: TimelineArtwork }

/** A client's artworks across their sessions, by date; a picture opens larger with the client's words. */
export function TimelineStrip({ clientId, alias }: { clientId: string; alias: string }) {
  const accessKey = useMemo(() => readAccessKey(), [])
  const [timeline, setTimeline] = useState<Timeline | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [open, setOpen] = useState<Open | null>(null)
  const small = useMemo(() => createArtworkLooks({ size: 96, accessKey }), [accessKey])
  const large = useMemo(() => createArtworkLooks({ size: 384, accessKey }), [accessKey])
  useEffect(
    () => () => {
      small.dispose()
      large.dispose()
    },
    [small, large],
  )
  useEffect(() => {
    let live = true
    void fetchClientTimeline(clientId, { accessKey }).then((r) => {
      if (!live) return
      if (r.ok) setTimeline(r.value.timeline)
      else setError(r.message)
    })
    return () => {
      live = false
    }
  }, [clientId, accessKey])

  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    if (!d) return
    if (open && !d.open) d.showModal?.()
    if (!open && d.open) d.close()
  }, [open])

  if (error) return <p className="timeline-note">{error}</p>
  if (!timeline) return <p className="timeline-note">Loading the timeline…</p>
  const withArt = timeline.sessions.filter((s) => s.artworks.length > 0)
  if (withArt.length === 0)
    return (
      <p className="timeline-note">No paintings yet: approved artworks appear here, session by session.</p>
    )
  return (
    <div className="timeline-strip">
      {timeline.truncated ? <p className="timeline-note">Showing the most recent sessions.</p> : null}
      <ol className="timeline-sessions" aria-label={`${alias}’s artworks by session`}>
        {withArt.map((s) => (
          <li key={s.id} className="timeline-session" data-session-id={s.id}>
            <span className="timeline-date">{s.label}</span>
            <ul className={s.artworks.length > 1 ? 'timeline-thumbs' : 'timeline-thumbs one-row'}>
              {s.artworks.map((a) => (
                <li key={a.id}>
                  <button
                    type="button"
                    className="timeline-thumb"
                    title={a.text}
                    aria-label={`“${a.text}”, ${s.label}`}
                    onClick={() => setOpen({ session: s, artwork: a })}
                  >
                    <Picture looks={small} sessionId={s.id} artwork={a} className="timeline-img" />
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <dialog
        ref={dialog}
        className="timeline-dialog"
        aria-label="Artwork"
        onClose={() => setOpen(null)}
        onClick={(e) => e.target === e.currentTarget && setOpen(null)}
      >
        {open ? (
          <figure>
            <Picture
              looks={large}
              sessionId={open.session.id}
              artwork={open.artwork}
              className="timeline-large"
            />
            <figcaption>
              <p className="timeline-words">“{open.artwork.text}”</p>
              <p className="timeline-when">
                {open.session.label}, {timeOfDay(open.artwork.createdAt)}
              </p>
            </figcaption>
            <button type="button" onClick={() => setOpen(null)} autoFocus>
              Close
            </button>
          </figure>
        ) : null}
      </dialog>
    </div>
  )
}

export default TimelineStrip
