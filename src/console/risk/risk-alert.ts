import { RISK_CATEGORIES, RISK_CATEGORY_LABELS, type RiskCategory } from '../../shared/safety/risk-categories'
import { unacknowledgedRisks, type RiskEvent } from '../../shared/session/risk'
import type { SessionState } from '../../shared/session/state'
import { clockTime } from '../../shared/ui/dates'

/**
 * What the console's risk alert shows, from the session state alone: pure, so a reload, a second console and the
 * report all agree with what the alert said. Words are raised to a person here, never judged.
 */
export type RiskAlert = {
  sessionId: string
  alias: string
  /** Events still waiting for the therapist, newest first. */
  waiting: RiskEvent[]
  /** The session has ended: the banner stays, the sound does not. */
  ended: boolean
}

export function riskAlert(state: SessionState | null): RiskAlert | null {
  if (!state) return null
  const waiting = unacknowledgedRisks(state.risks).sort((a, b) => b.at - a.at)
  if (!waiting.length) return null
  return { sessionId: state.id, alias: aliasOf(state.clientAlias), waiting, ended: state.phase === 'ended' }
}

/** Sound plays while something waits in a running session. */
export const alertSounds = (alert: RiskAlert | null): boolean => alert !== null && !alert.ended

/** The tab's title while an alert waits: readable in a row of tabs, with the client's pseudonym. */
export function riskTitle(alias: string): string {
  return `● Check in with ${aliasOf(alias)} — Stillroom`
}

const aliasOf = (alias: string) => alias.trim() || 'your client'

/** One thing the screen recognised, in plain words: the category, and the words as typed when known. */
export type Recognised = { label: string; words: string[] }

/**
 * The event's categories with the words behind each ("self-harm: 'hurt myself'" reasons), and any other reason
 * (moderation, an unreadable text) as a line of its own.
 */
export function recognised(event: Pick<RiskEvent, 'categories' | 'reasons'>): {
  categories: Recognised[]
  other: string[]
} {
  const words = new Map<RiskCategory, string[]>()
  const other: string[] = []
  for (const reason of event.reasons) {
    const r = readReason(reason)
    if (r) words.set(r.category, [...(words.get(r.category) ?? []), r.words])
    else other.push(reason)
  }
  const seen = RISK_CATEGORIES.filter((c) => event.categories.includes(c) || words.has(c))
  return {
    categories: seen.map((c) => ({
      label: RISK_CATEGORY_LABELS[c],
      words: [...new Set(words.get(c) ?? [])],
    })),
    other,
  }
}

const MARKS: Record<string, string> = { negated: 'said as not so', hypothetical: 'as a what-if' }

/** "self-harm: 'cutting myself' (negated)" → the category and "“cutting myself” (said as not so)". */
export function readReason(reason: string): { category: RiskCategory; words: string } | null {
  const m = /^([a-z-]+): '(.*)'(?: \((negated|hypothetical)\))?$/s.exec(reason)
  if (!m || !(RISK_CATEGORIES as readonly string[]).includes(m[1]!)) return null
  const mark = m[3] ? ` (${MARKS[m[3]]})` : ''
  return { category: m[1] as RiskCategory, words: `“${m[2]}”${mark}` }
}

/** Who wrote the words, as the therapist needs to hear it. */
export function fromText(event: Pick<RiskEvent, 'from' | 'source'>): string {
  const who = event.from === 'therapist' ? 'Typed by you, for the client' : 'From the client'
  const what =
    event.source === 'edit'
      ? 'new words for a waiting artwork'
      : event.source === 'refine'
        ? 'a change to a painting'
        : 'new words'
  return `${who} · ${what}`
}

/** Where an event stands, for the list in the session view and the report. */
export type RiskStage = 'waiting' | 'acknowledged' | 'checked'

export function riskStage(event: Pick<RiskEvent, 'acknowledgedAt' | 'check'>): RiskStage {
  return event.check ? 'checked' : event.acknowledgedAt !== null ? 'acknowledged' : 'waiting'
}

export function stageText(event: Pick<RiskEvent, 'acknowledgedAt' | 'check'>): string {
  if (event.check) return `Check recorded ${clockTime(event.check.at)}`
  if (event.acknowledgedAt !== null)
    return `Acknowledged ${clockTime(event.acknowledgedAt)}, check not recorded yet`
  return 'Waiting for you'
}
