import { useState } from 'react'
import { describePrefs } from '../shared/prefs'
import { LANGUAGE_NAMES } from '../shared/i18n/language-names'
import { LANGUAGES, type SupportedLanguage } from '../shared/safety/language'
import type { ClientRecord } from './console-api'
import { Choice } from './controls-kit'
import { ClientRecordActions } from './record/ClientRecordActions'
import { TimelineDisclosure } from './timeline/TimelineDisclosure'

export type SudsScale = 10 | 100
const SCALES = ['10', '100'] as const
export const formatScale = (v: string) => `0–${v}`

/** The SUDS scale as a two-button choice (0–10 / 0–100); used on a client card and when adding a client. */
export function ScaleChoice(props: {
  value: SudsScale
  onChange: (scale: SudsScale) => void
  disabled?: boolean
  label?: string
}) {
  return (
    <Choice
      label={props.label ?? 'SUDS scale'}
      value={String(props.value) as (typeof SCALES)[number]}
      options={SCALES}
      format={formatScale}
      disabled={props.disabled}
      onChange={(v) => props.onChange(v === '100' ? 100 : 10)}
    />
  )
}

/**
 * One client on the home page: pseudonym, their SUDS scale (changeable at any time; a running session follows),
 * a read-only line of the comfort settings and volume kept with their record, and the start button.
 */
export function ClientCard(props: {
  client: ClientRecord
  busy: boolean
  onStart: (clientId: string) => void
  onSetScale?: (clientId: string, scale: SudsScale) => Promise<string | null>
  /** The language the client's headset speaks in their sessions. */
  onSetLanguage?: (clientId: string, language: SupportedLanguage) => Promise<string | null>
  onError: (message: string | null) => void
  onInsight?: (client: { id: string; alias: string }) => void
  /** Told after the client's record was erased, so the list can refresh. */
  onErased?: (clientId: string) => void
}) {
  const { client } = props
  const [saving, setSaving] = useState(false)
  const summary = describePrefs(client.prefs ?? {})
  async function setScale(scale: SudsScale) {
    if (!props.onSetScale) return
    setSaving(true)
    props.onError(await props.onSetScale(client.id, scale))
    setSaving(false)
  }
  async function setLanguage(language: SupportedLanguage) {
    if (!props.onSetLanguage) return
    setSaving(true)
    props.onError(await props.onSetLanguage(client.id, language))
    setSaving(false)
  }
  return (
    <li className="client-card" data-client={client.id}>
      <div className="client-main">
        <span className="alias">{client.alias}</span>
        <ScaleChoice
          value={client.sudsScale ?? 10}
          disabled={saving || !props.onSetScale}
          onChange={(s) => void setScale(s)}
        />
        <Choice
          label="Headset language"
          value={client.prefs?.language ?? 'en'}
          options={LANGUAGES}
          format={(l) => LANGUAGE_NAMES[l]}
          disabled={saving || !props.onSetLanguage}
          onChange={(l) => void setLanguage(l)}
        />
        <p className="comfort-summary">
          <span className="comfort-label">Comfort</span>
          {summary.length ? (
            <span className="comfort-values">
              {summary.map((part, i) => (
                // Each setting stays whole on its line; the list wraps between settings only.
                <span key={part} className="comfort-item">
                  {i > 0 ? ' · ' : ''}
                  {part}
                </span>
              ))}
            </span>
          ) : (
            <span className="comfort-values quiet">
              nothing saved yet — kept from the headset at the first session
            </span>
          )}
        </p>
      </div>
      {props.onInsight ? (
        <button type="button" onClick={() => props.onInsight?.({ id: client.id, alias: client.alias })}>
          Insight
        </button>
      ) : null}
      <button
        type="button"
        className="primary"
        disabled={props.busy}
        onClick={() => props.onStart(client.id)}
      >
        Start session with {client.alias}
      </button>
      <TimelineDisclosure clientId={client.id} alias={client.alias} />
      <ClientRecordActions clientId={client.id} alias={client.alias} onErased={props.onErased} />
    </li>
  )
}
