import { useEffect, useId, useRef, useState } from 'react'
import { useText } from '../i18n/text-context'
import { sudsChoices } from './suds'

export type SudsScaleProps = { scale: 10 | 100; onAnswer: (value: number) => void }

/**
 * "How distressed do you feel right now?" as a big scale (docs/CLINICAL.md: never a small slider). 0–10: eleven large
 * keys. 0–100: the same keys in tens, then −5/+5 to fine-tune. Choose, then confirm, so a stray click never answers.
 */
export function SudsScale({ scale, onAnswer }: SudsScaleProps) {
  const t = useText()
  const [value, setValue] = useState<number | null>(null)
  const id = useId()
  const dialog = useRef<HTMLDivElement>(null)
  useEffect(() => dialog.current?.focus(), [])
  const step = scale === 100 ? 5 : 1
  return (
    <div className="session-dock">
      <div
        ref={dialog}
        className="session-dialog suds"
        role="dialog"
        aria-labelledby={`${id}-q`}
        aria-describedby={`${id}-ends`}
        tabIndex={-1}
      >
        <h2 id={`${id}-q`}>{t('suds.question')}</h2>
        <p id={`${id}-ends`} className="session-soft suds-ends">
          <span>{t('suds.low')}</span>
          <span>{t('suds.high', { scale })}</span>
        </p>
        <div className="suds-keys" role="radiogroup" aria-label={t('suds.range', { scale })}>
          {sudsChoices(scale).map((v) => (
            <button
              key={v}
              type="button"
              role="radio"
              aria-checked={value === v}
              className={`suds-key${value === v ? ' chosen' : ''}`}
              onClick={() => setValue(v)}
            >
              {v}
            </button>
          ))}
        </div>
        {scale === 100 ? (
          <div className="suds-fine">
            <button
              type="button"
              onClick={() => setValue((v) => Math.max(0, (v ?? 50) - step))}
              aria-label={t('suds.less')}
            >
              −5
            </button>
            <output aria-live="polite">{value ?? '–'}</output>
            <button
              type="button"
              onClick={() => setValue((v) => Math.min(100, (v ?? 50) + step))}
              aria-label={t('suds.more')}
            >
              +5
            </button>
          </div>
        ) : null}
        <div className="session-actions">
          <button
            type="button"
            className="primary"
            aria-disabled={value === null}
            onClick={() => value !== null && onAnswer(value)}
          >
            {value === null ? t('suds.choose') : t('suds.send', { value })}
          </button>
        </div>
      </div>
    </div>
  )
}
