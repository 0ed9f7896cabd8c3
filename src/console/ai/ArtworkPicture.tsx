import { useEffect, useState } from 'react'
import type { ArtworkEntry, ArtworkImage } from '../../shared/session/state'
import { useNow } from '../SessionBits'
import type { TherapistCommand } from '../console-store'
import { createArtworkLooks, type ArtworkLooks } from '../insight/artwork-looks'
import { paletteGradient, pictureLine } from './ai-labels'
import { pictureCache } from './picture-cache'
import './ai.css'

/** The elapsed time and a soft, indeterminate bar, ticking once a second only while the picture is made. */
function Progress(props: { image: ArtworkImage; entryState: ArtworkEntry['state']; words: string }) {
  const now = useNow()
  const line = pictureLine(props.image, props.entryState, now)
  return (
    <>
      <p className="ai-line" role="status">
        {line.text}
      </p>
      <span
        className="ai-bar"
        role="progressbar"
        aria-label={`Making the AI picture for “${props.words}”`}
        aria-valuetext={line.text}
      >
        <span />
      </span>
    </>
  )
}

/** An object URL for a stored picture, let go (and revoked when nothing else shows it) when no longer shown. */
function usePictureUrl(sessionId: string, file: string | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!file) return
    let live = true
    const lease = pictureCache().lease(sessionId, file)
    void lease.url.then((made) => live && made && setUrl(made))
    return () => {
      live = false
      lease.release()
      setUrl(null)
    }
  }, [sessionId, file])
  return url
}

/** One small painter for every thumbnail on the console (paints one at a time, kept for the page's life). */
let looks: ArtworkLooks | null = null

/** The procedural painting as the client sees it, painted small with the headset's painter and seed. */
function usePaintingUrl(sessionId: string, entry: ArtworkEntry): string | null {
  const [url, setUrl] = useState<string | null>(null)
  const { artwork } = entry
  useEffect(() => {
    let live = true
    looks ??= createArtworkLooks({ size: 96, storage: null })
    // The painting only: the picture beside it is fetched on its own.
    const painting: ArtworkEntry = { ...entry, image: undefined }
    void looks.look(sessionId, painting, { image: true }).then((look) => live && setUrl(look?.url ?? null))
    return () => {
      live = false
    }
    // Repainted when the artwork's look changes (a richer spec, a new version), not on every state change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionId, artwork.id, artwork.seed, JSON.stringify(artwork.spec)])
  return url
}

/**
 * One artwork's AI picture on the console: a calm progress while it is made (elapsed time, a soft
 * indeterminate bar, Cancel picture), then the picture beside the painting so the therapist approves what the
 * client will see; a failure, a cancel or the cost limit in plain words.
 */
export function ArtworkPicture(props: {
  entry: ArtworkEntry
  sessionId: string
  send: (c: TherapistCommand) => void
  disabled?: boolean
}) {
  const { entry, sessionId, send } = props
  const image = entry.image
  const url = usePictureUrl(sessionId, image?.state === 'ready' ? image.file : undefined)
  const painting = usePaintingUrl(sessionId, entry)
  if (!image) return null
  const words = entry.artwork.text
  const tone = pictureLine(image, entry.state, image.at).tone
  return (
    <div className={`ai-picture tone-${tone}`} data-image-state={image.state}>
      <div className="ai-thumbs">
        <figure>
          {painting ? (
            <img className="ai-thumb" src={painting} alt="" />
          ) : (
            <span
              className="ai-thumb loading"
              style={{ background: paletteGradient(entry.artwork.spec.palette) }}
              aria-hidden="true"
            />
          )}
          <figcaption>Painting</figcaption>
        </figure>
        {image.state === 'ready' ? (
          <figure>
            {url ? (
              <img className="ai-thumb" src={url} alt={`AI picture for “${words}”`} />
            ) : (
              <span className="ai-thumb loading" aria-label="Loading the AI picture" />
            )}
            <figcaption>AI picture</figcaption>
          </figure>
        ) : null}
      </div>
      <div className="ai-status">
        {image.state === 'painting' ? (
          <Progress image={image} entryState={entry.state} words={words} />
        ) : (
          <p className="ai-line" role="status">
            {pictureLine(image, entry.state, image.at).text}
          </p>
        )}
        {image.state === 'painting' ? (
          <button
            type="button"
            className="small"
            disabled={props.disabled}
            aria-label={`Cancel picture for “${words}”`}
            onClick={() => send({ type: 'cancel-image', artworkId: entry.artwork.id })}
          >
            Cancel picture
          </button>
        ) : null}
      </div>
    </div>
  )
}
