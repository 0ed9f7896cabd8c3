import { useEffect, useState } from 'react'
import { REFINE_CHOICES, REFINE_CHOICE_LABELS, REFINE_WORDS_MAX_CHARS } from '../../shared/refine/choices'
import { currentVersionId, entryVersions } from '../../shared/refine/session-versions'
import type { ArtworkEntry, ArtworkVersion } from '../../shared/session/state'
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

/** An artwork's versions side by side, the quick choices, and a few words: the therapist's refinement tools. */
export function VersionsRow({ entry, send }: { entry: ArtworkEntry; send: Send }) {
  const [words, setWords] = useState('')
  const id = entry.artwork.id
  const versions = entryVersions(entry)
  const current = currentVersionId(entry)
  return (
    <div className="refine" data-refine-for={id}>
      <ol className="versions" aria-label="Versions">
        {versions.map((v, i) => (
          <li
            key={v.id}
            className={`version ${v.id === current ? 'current' : ''} ${v.state}`}
            data-version-id={v.id}
          >
            <Thumb version={v} />
            <span className="made">{what(v, i)}</span>
            <span className="by">
              {v.from === 'client' ? 'client' : 'you'}
              {v.state === 'pending' ? ' · waiting for you' : v.state === 'held' ? ' · held for safety' : ''}
            </span>
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
