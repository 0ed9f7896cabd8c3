import { useState } from 'react'
import { REFINE_CHOICES } from '../../shared/refine/choices'
import { useText } from '../i18n/text-context'
import { useRefineView, type RefineTarget } from './refine-target'
import { choiceKey, refinable, shortTitle, versionItems } from './refine-model'
import './refine.css'

/**
 * The client's refine panel on a screen: choose a painting, a quick change, and (once there are versions) which one
 * stays on the wall. Every control is a real button, so it is all reachable with Tab and Enter.
 */
export function RefineOverlay({ target }: { target: RefineTarget }) {
  const t = useText()
  const entries = useRefineView(target, (v) => v.state?.artworks)
  const stage = useRefineView(target, (v) => v.stage)
  // Side by side is session state (the therapist sees it and may open it too), not this panel's own.
  const comparing = useRefineView(target, (v) => v.state?.compare?.artworkId ?? null)
  const [open, setOpen] = useState(false)
  const [index, setIndex] = useState<number | null>(null)
  const list = refinable(entries)
  if (stage !== 'live' || list.length === 0) return null
  const compared = comparing === null ? -1 : list.findIndex((e) => e.artwork.id === comparing)
  // Opened by the therapist too: while versions stand side by side, their list is always at hand.
  if (!open && compared < 0)
    return (
      <button type="button" className="refine-open" onClick={() => setOpen(true)}>
        {t('refine.open')}
      </button>
    )
  const i = compared >= 0 ? compared : Math.min(index ?? list.length - 1, list.length - 1)
  const entry = list[i]!
  const id = entry.artwork.id
  const versions = versionItems(entry, t)
  const showVersions = comparing === id
  const compare = (artworkId: string | null) =>
    target.sendVersionCommand({ type: 'compare-versions', artworkId })
  const close = () => {
    if (showVersions) compare(null)
    setOpen(false)
  }
  return (
    <section className="refine-panel" aria-label={t('refine.open')}>
      <div className="refine-head">
        <button
          type="button"
          aria-label={t('refine.previous')}
          disabled={i === 0 || showVersions}
          onClick={() => setIndex(i - 1)}
        >
          ‹
        </button>
        <p className="refine-title">{shortTitle(entry)}</p>
        <button
          type="button"
          aria-label={t('refine.next')}
          disabled={i === list.length - 1 || showVersions}
          onClick={() => setIndex(i + 1)}
        >
          ›
        </button>
      </div>
      {/* While the versions stand side by side the panel stays small, so it never hides the easels. */}
      <div className="refine-choices" role="group" aria-label={t('refine.choices')} hidden={showVersions}>
        {REFINE_CHOICES.map((c) => (
          <button
            key={c}
            type="button"
            onClick={() => target.sendVersionCommand({ type: 'refine', artworkId: id, choice: c })}
          >
            {t(choiceKey(c))}
          </button>
        ))}
      </div>
      {versions.length > 1 ? (
        <button
          type="button"
          className="refine-link"
          aria-expanded={showVersions}
          onClick={() => compare(showVersions ? null : id)}
        >
          {showVersions ? t('refine.hide') : t('refine.sideBySide', { n: versions.length })}
        </button>
      ) : null}
      {showVersions && versions.length > 1 ? (
        <ol className="refine-versions">
          {versions.map((v, k) => (
            <li key={v.id}>
              <span>
                <span className="refine-number">{k + 1}</span> {v.label}
              </span>
              {v.current ? (
                <span className="refine-here">{t('refine.onWall')}</span>
              ) : (
                <button
                  type="button"
                  onClick={() =>
                    target.sendVersionCommand({ type: 'pick-version', artworkId: id, versionId: v.id })
                  }
                >
                  {t('refine.keep')}
                </button>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      {showVersions ? <p className="refine-hint">{t('refine.hint')}</p> : null}
      <button type="button" className="refine-link" onClick={close}>
        {t('refine.close')}
      </button>
    </section>
  )
}
