import { useEffect, useState } from 'react'
import { REFINE_CHOICES, REFINE_CHOICE_LABELS, REFINE_WORDS_MAX_CHARS } from '../../shared/refine/choices'
import { currentVersionId, entryVersions, versionImage } from '../../shared/refine/session-versions'
import { canCompare, comparableVersions } from '../../shared/session/compare'
import type { ArtworkEntry, ArtworkImage, ArtworkVersion } from '../../shared/session/state'
import type { TherapistCommand } from '../console-store'
import { thumbnailOf } from './thumbnail'

type Send = (c: TherapistCommand) => void

function what(v: ArtworkVersion, i: number): string {
  if (i === 0 && !v.choice && !v.words) return 'The original'
  const parts = [v.choice ? REFINE_CHOICE_LABELS[v.choice] : '', v.words ? `“${v.words}”` : '']
  return parts.filter(Boolean).join(' + ')
}

function Thumb({ version }: { version: ArtworkVersion }) {
  const [url, setUrl] = useState<string | null>(null)
  // Painted after the first render, so opening the row never waits for the GPU.
  useEffect(() => {
    const id = window.setTimeout(() => setUrl(thumbnailOf(version.artwork)), 0)
    return () => window.clearTimeout(id)
  }, [version.artwork])
  return url ? (
    <img src={url} alt="" width={96} height={96} />
  ) : (
    <span className="thumb-blank" aria-hidden="true" />
  )
}

/** Each version's own AI picture in a few calm words (the hanging one's picture itself is in the AI panel). */
function PictureNote({ image }: { image: ArtworkImage | undefined }) {
  if (!image) return null
  const text =
    image.state === 'painting'
      ? 'AI picture on its way…'
      : image.state === 'ready'
        ? 'Has its AI picture'
        : 'Painting only'
  return (
    <span className={`picture-note ${image.state}`} data-image-state={image.state} title={image.notice}>
      {text}
    </span>
  )
}

/** An artwork's versions side by side, the quick choices, and a few words: the therapist's refinement tools. */
export function VersionsRow({
  entry,
  send,
  comparing = false,
}: {
  entry: ArtworkEntry
  send: Send
  /** The client has these versions side by side in the gallery now. */
  comparing?: boolean
}) {
  const [words, setWords] = useState('')
  const id = entry.artwork.id
  const versions = entryVersions(entry)
  const current = currentVersionId(entry)
  // The headset shows approved versions only, numbered in this order on their easels' cards.
  const numbers = new Map(comparableVersions(entry).map((v, k) => [v.id, k + 1]))
  return (
    <div className="refine" data-refine-for={id}>
      {canCompare(entry) ? (
        <div className="side-by-side">
          <button
            type="button"
            className="small"
            aria-pressed={comparing}
            onClick={() => send({ type: 'compare-versions', artworkId: comparing ? null : id })}
          >
            {comparing ? 'Put the versions away' : 'Show side by side on the headset'}
          </button>
          <span role="status">{comparing ? 'The client sees them on easels before the painting.' : ''}</span>
        </div>
      ) : null}
      <ol className="versions" aria-label="Versions">
        {versions.map((v, i) => (
          <li
            key={v.id}
            className={`version ${v.id === current ? 'current' : ''} ${v.state}`}
            data-version-id={v.id}
          >
            <Thumb version={v} />
            <span className="made">
              {numbers.has(v.id) ? <span className="number">{numbers.get(v.id)}. </span> : null}
              {what(v, i)}
            </span>
            <span className="by">
              {v.from === 'client' ? 'client' : 'you'}
              {v.state === 'pending' ? ' · waiting for you' : v.state === 'held' ? ' · held for safety' : ''}
            </span>
            <PictureNote image={versionImage(entry, v.id)} />
            {v.reasons.length ? <span className="reasons">{v.reasons.join('; ')}</span> : null}
            {v.id === current ? (
              <span className="on-wall">On the wall</span>
            ) : (
              <button
                type="button"
                className="small"
                onClick={() => send({ type: 'pick-version', artworkId: id, versionId: v.id })}
              >
                Keep this one
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="choices" role="group" aria-label="Quick changes">
        {REFINE_CHOICES.map((c) => (
          <button
            key={c}
            type="button"
            className="small"
            onClick={() => send({ type: 'refine', artworkId: id, choice: c })}
          >
            {REFINE_CHOICE_LABELS[c]}
          </button>
        ))}
      </div>
      <form
        className="refine-words"
        onSubmit={(e) => {
          e.preventDefault()
          const text = words.trim()
          if (!text) return
          send({ type: 'refine', artworkId: id, text })
          setWords('')
        }}
      >
        <label>
          Change it in words
          <input
            value={words}
            onChange={(e) => setWords(e.target.value)}
            maxLength={REFINE_WORDS_MAX_CHARS}
            placeholder="a little more sky, fewer trees"
          />
        </label>
        <button type="submit">Refine</button>
      </form>
    </div>
  )
}
