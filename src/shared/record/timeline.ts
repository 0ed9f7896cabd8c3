import type { SceneSpec } from '../spec'
import type { SessionState } from '../session/state'
import { endedAt } from '../session/queries'

/**
 * The narrative timeline: a client's approved artworks across their sessions, in time order. Built from the
 * session states the server keeps (each session row holds its whole state), so it never needs its own table.
 * Pure and zod-free (type imports only): the headset's lazily loaded timeline view reads it too.
 */

/** Newest sessions kept; older ones are left out (and `truncated` says so). */
export const TIMELINE_MAX_SESSIONS = 30
/** Newest artworks kept across all kept sessions; the oldest go first. */
export const TIMELINE_MAX_ARTWORKS = 400

export type TimelineArtwork = {
  id: string
  /** The client's own words. */
  text: string
  /** ISO-8601 creation time. */
  createdAt: string
  /** With a neutral safety block: a timeline never carries safety reasons. */
  spec: SceneSpec
  seed: number
  /** Present only when the AI picture is ready; fetched through `GET /api/sessions/:sessionId/images/:file`. */
  image?: { state: 'ready'; file: string }
}

export type TimelineSession = {
  id: string
  /** Server time (ms). */
  startedAt: number
  /** Server time (ms) of the `end` command, or null while the session is still open. */
  endedAt: number | null
  /** Short date for signs and strips, e.g. "Tue 3 Nov" (the year is added when it is not the newest session's). */
  label: string
  artworks: TimelineArtwork[]
}

export type Timeline = {
  sessions: TimelineSession[]
  /** True when older sessions or artworks were left out by the caps. */
  truncated: boolean
}

/** `GET /api/clients/:id/timeline` (console) and `GET /api/session/timeline` (headset). */
export type TimelineResponse = { clientId: string; timeline: Timeline }

export type TimelineOptions = {
  maxSessions?: number
  maxArtworks?: number
  /** IANA zone for the labels. @default the runtime's own zone (the clinic's server or the browser) */
  timeZone?: string
}

const NEUTRAL_SAFETY: SceneSpec['safety'] = { held: false, reasons: [], mentioned: [] }

function timeOf(iso: string): number {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? 0 : t
}

/** "Tue 3 Nov", or "Tue 3 Nov 2025" when the year differs from `currentYear`. */
export function sessionLabel(startedAt: number, currentYear: number | null, timeZone?: string): string {
  const date = new Date(startedAt)
  if (Number.isNaN(date.getTime())) return ''
  const zone = timeZone ? { timeZone } : {}
  const parts = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...zone,
  }).formatToParts(date)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  const year = Number(get('year'))
  const base = `${get('weekday')} ${get('day')} ${get('month')}`
  return currentYear !== null && year !== currentYear ? `${base} ${year}` : base
}

/**
 * Labels for several sessions: `sessionLabel`, and where two fall on the same day, each of those also gets its start
 * time ("Tue 3 Nov 09:30", "Tue 3 Nov 14:05"), so a therapist can tell a morning and an afternoon session apart.
 */
export function sessionLabels(
  startedAts: readonly number[],
  currentYear: number | null,
  timeZone?: string,
): string[] {
  const labels = startedAts.map((t) => sessionLabel(t, currentYear, timeZone))
  const count = new Map<string, number>()
  for (const label of labels) count.set(label, (count.get(label) ?? 0) + 1)
  const clock = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  })
  return labels.map((label, i) =>
    label && (count.get(label) ?? 0) > 1 ? `${label} ${clock.format(new Date(startedAts[i]!))}` : label,
  )
}

function yearOf(ms: number, timeZone?: string): number {
  const zone = timeZone ? { timeZone } : {}
  return Number(new Intl.DateTimeFormat('en-GB', { year: 'numeric', ...zone }).format(new Date(ms)))
}

/** Approved artworks only (never pending, held or discarded), oldest first, without safety reasons. */
function approvedArtworks(state: SessionState): TimelineArtwork[] {
  const approved = state.artworks
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.state === 'approved' && entry.artwork.status === 'shown')
  approved.sort(
    (a, b) => timeOf(a.entry.artwork.createdAt) - timeOf(b.entry.artwork.createdAt) || a.index - b.index,
  )
  return approved.map(({ entry }) => {
    const a = entry.artwork
    const image = entry.image
    return {
      id: a.id,
      text: a.text,
      createdAt: a.createdAt,
      spec: { ...a.spec, safety: NEUTRAL_SAFETY },
      seed: a.seed,
      ...(image?.state === 'ready' && image.file
        ? { image: { state: 'ready' as const, file: image.file } }
        : {}),
    }
  })
}

/**
 * The timeline of one client from their session states (any order, other clients' states are ignored): sessions
 * oldest first, capped to the newest `maxSessions` and the newest `maxArtworks` artworks.
 */
export function buildTimeline(
  clientId: string,
  states: readonly SessionState[],
  options: TimelineOptions = {},
): Timeline {
  const maxSessions = Math.max(0, options.maxSessions ?? TIMELINE_MAX_SESSIONS)
  const maxArtworks = Math.max(0, options.maxArtworks ?? TIMELINE_MAX_ARTWORKS)
  const own = states
    .filter((s) => s.clientId === clientId)
    .sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  let truncated = own.length > maxSessions
  const kept = own.slice(Math.max(0, own.length - maxSessions))
  const newestYear = kept.length ? yearOf(kept.at(-1)!.startedAt, options.timeZone) : null
  const labels = sessionLabels(
    kept.map((s) => s.startedAt),
    newestYear,
    options.timeZone,
  )
  const sessions: TimelineSession[] = kept.map((s, i) => ({
    id: s.id,
    startedAt: s.startedAt,
    endedAt: endedAt(s),
    label: labels[i] ?? '',
    artworks: approvedArtworks(s),
  }))
  // Drop the oldest artworks first: the recent record matters most in the room.
  let budget = maxArtworks
  for (let i = sessions.length - 1; i >= 0; i--) {
    const s = sessions[i]!
    if (s.artworks.length > budget) {
      s.artworks = s.artworks.slice(s.artworks.length - budget)
      truncated = true
    }
    budget -= s.artworks.length
  }
  return { sessions, truncated }
}

/** Total artworks in a timeline. */
export function timelineArtworkCount(timeline: Timeline): number {
  return timeline.sessions.reduce((n, s) => n + s.artworks.length, 0)
}

/**
 * A light shape check for a timeline arriving over the network (the browser bundles stay zod-free): null when it
 * cannot be trusted, so the caller shows a calm fallback instead of crashing.
 */
export function readTimelineResponse(value: unknown): TimelineResponse | null {
  const v = value as Partial<TimelineResponse> | null
  if (!v || typeof v !== 'object' || typeof v.clientId !== 'string') return null
  const t = v.timeline as Partial<Timeline> | undefined
  if (!t || !Array.isArray(t.sessions)) return null
  for (const s of t.sessions as Partial<TimelineSession>[]) {
    if (!s || typeof s.id !== 'string' || typeof s.startedAt !== 'number' || !Array.isArray(s.artworks))
      return null
    if (typeof s.label !== 'string') return null
    for (const a of s.artworks as Partial<TimelineArtwork>[])
      if (
        !a ||
        typeof a.id !== 'string' ||
        typeof a.text !== 'string' ||
        typeof a.seed !== 'number' ||
        !a.spec ||
        typeof a.spec !== 'object'
      )
        return null
  }
  return { clientId: v.clientId, timeline: { sessions: t.sessions, truncated: t.truncated === true } }
}
