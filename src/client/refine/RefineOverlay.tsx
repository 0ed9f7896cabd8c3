import { useState } from 'react'
import { REFINE_CHOICES, REFINE_CHOICE_LABELS } from '../../shared/refine/choices'
import type { HeadsetSession } from '../session/session-client'
import { useSessionView } from '../session/use-session-view'
import { refinable, shortTitle, versionItems } from './refine-model'
import './refine.css'

/**
 * The client's refine panel on a screen: choose a painting, a quick change, and (once there are versions) which one
 * stays on the wall. Every control is a real button, so it is all reachable with Tab and Enter.
 */
export function RefineOverlay({ session }: { session: HeadsetSession }) {
  const entries = useSessionView(session, (v) => v.state?.artworks)
  const stage = useSessionView(session, (v) => v.stage)
  const [open, setOpen] = useState(false)
  const [showVersions, setShowVersions] = useState(false)
  const [index, setIndex] = useState<number | null>(null)
  const list = refinable(entries)
  if (stage !== 'live' || list.length === 0) return null
  if (!open)
    return (
      <button type="button" className="refine-open" onClick={() => setOpen(true)}>
        Change a painting
      </button>
    )
  const i = Math.min(index ?? list.length - 1, list.length - 1)
  const entry = list[i]!
  const id = entry.artwork.id
  const versions = versionItems(entry)
  return (
    <section className="refine-panel" aria-label="Change a painting">
      <div className="refine-head">
        <button
          type="button"
          aria-label="Previous painting"
          disabled={i === 0}
          onClick={() => setIndex(i - 1)}
        >
          ‹
        </button>
        <p className="refine-title">{shortTitle(entry)}</p>
        <button
          type="button"
          aria-label="Next painting"
          disabled={i === list.length - 1}
          onClick={() => setIndex(i + 1)}
        >
          ›
        </button>
      </div>
      <div className="refine-choices" role="group" aria-label="Quick changes">
        {REFINE_CHOICES.map((c) => (
          <button
            key={c}
            type="button"
            onClick={() => session.sendVersionCommand({ type: 'refine', artworkId: id, choice: c })}
          >
            {REFINE_CHOICE_LABELS[c]}
          </button>
        ))}
      </div>
      {versions.length > 1 ? (
        <button
          type="button"
          className="refine-link"
          aria-expanded={showVersions}
          onClick={() => setShowVersions(!showVersions)}
        >
          {showVersions ? 'Hide versions' : `Show versions (${versions.length})`}
        </button>
      ) : null}
      {showVersions && versions.length > 1 ? (
        <ol className="refine-versions">
          {versions.map((v) => (
            <li key={v.id}>
              <span>{v.label}</span>
              {v.current ? (
                <span className="refine-here">On the wall</span>
              ) : (
                <button
                  type="button"
                  onClick={() =>
                    session.sendVersionCommand({ type: 'pick-version', artworkId: id, versionId: v.id })
                  }
                >
                  Keep this one
                </button>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      <button type="button" className="refine-link" onClick={() => setOpen(false)}>
        Close
      </button>
    </section>
  )
}
