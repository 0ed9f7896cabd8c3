import type { SessionState } from '../session/state'

/**
 * Trends across a client's sessions, from their stored states: what the descriptions said (mood, motifs, places),
 * how many were held for the therapist, and the SUDS at the start and end. Descriptive numbers only.
 */

export type SessionTrend = {
  id: string
  startedAt: number
  /** Descriptions in the session (pending, shown, held and set aside alike: they are all the client's words). */
  descriptions: number
  /** Mean of the descriptions' valence (-1 unpleasant … 1 pleasant); null without descriptions. */
  valence: number | null
  /** Mean of the descriptions' arousal (-1 very calm … 1 very stirred); null without descriptions. */
  arousal: number | null
  /** Descriptions held for the therapist (trauma words), whether or not they were later shown. */
  held: number
  heldShare: number | null
  /** First and last SUDS rating, on the session's own scale; `end` is null with fewer than two ratings. */
  sudsStart: number | null
  sudsEnd: number | null
  sudsScale: 10 | 100
}

export type Recurring = {
  name: string
  /** In how many sessions it appears. */
  sessions: number
  /** How many descriptions mention it in all. */
  times: number
}

export type ClientTrends = {
  sessions: SessionTrend[]
  motifs: Recurring[]
  places: Recurring[]
  descriptions: number
  held: number
}

type TrendInput = Pick<SessionState, 'id' | 'startedAt' | 'artworks' | 'suds'>

const mean = (values: number[]): number | null =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : null

/** Was this description held for the therapist (it may have been shown since, after a look)? */
export const wasHeld = (entry: TrendInput['artworks'][number]): boolean =>
  entry.state === 'held' || entry.artwork.status === 'held' || entry.artwork.spec.safety.held

export function sessionTrend(state: TrendInput): SessionTrend {
  const entries = state.artworks
  const held = entries.filter(wasHeld).length
  const ratings = [...state.suds.ratings].sort((a, b) => a.at - b.at)
  return {
    id: state.id,
    startedAt: state.startedAt,
    descriptions: entries.length,
    valence: mean(entries.map((e) => e.artwork.spec.mood.valence)),
    arousal: mean(entries.map((e) => e.artwork.spec.mood.arousal)),
    held,
    heldShare: entries.length ? held / entries.length : null,
    sudsStart: ratings[0]?.value ?? null,
    sudsEnd: ratings.length >= 2 ? (ratings.at(-1)?.value ?? null) : null,
    sudsScale: state.suds.scale,
  }
}

/** Sessions in time order (oldest first) with the motifs and places that recur across them. */
export function clientTrends(states: readonly TrendInput[]): ClientTrends {
  const ordered = [...states].sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id))
  const sessions = ordered.map(sessionTrend)
  const motifs = new Map<string, Recurring>()
  const places = new Map<string, Recurring>()
  for (const state of ordered) {
    const seenMotifs = new Set<string>()
    const seenPlaces = new Set<string>()
    for (const entry of state.artworks) {
      const spec = entry.artwork.spec
      for (const motif of new Set(spec.motifs.map((m) => m.trim().toLowerCase()).filter(Boolean))) {
        count(motifs, motif, seenMotifs)
      }
      count(places, spec.biome, seenPlaces)
    }
  }
  return {
    sessions,
    motifs: ranked(motifs),
    places: ranked(places),
    descriptions: sessions.reduce((a, s) => a + s.descriptions, 0),
    held: sessions.reduce((a, s) => a + s.held, 0),
  }
}

function count(map: Map<string, Recurring>, name: string, seen: Set<string>): void {
  const r = map.get(name) ?? { name, sessions: 0, times: 0 }
  r.times++
  if (!seen.has(name)) {
    r.sessions++
    seen.add(name)
  }
  map.set(name, r)
}

const ranked = (map: Map<string, Recurring>): Recurring[] =>
  [...map.values()].sort(
    (a, b) => b.sessions - a.sessions || b.times - a.times || a.name.localeCompare(b.name),
  )

/** A SUDS value on a 0–10 footing, so sessions rated on different scales share one chart. */
export const suds10 = (value: number | null, scale: 10 | 100): number | null =>
  value === null ? null : scale === 100 ? value / 10 : value

/**
 * Least-squares slope of the last `window` points that are not null, per step, with how many were used.
 * Null when fewer than `min` points are there: too little to say anything.
 */
export function recentSlope(
  values: readonly (number | null)[],
  window = 4,
  min = 3,
): { slope: number; used: number } | null {
  const points = values
    .map((v, i) => [i, v] as const)
    .filter((p): p is readonly [number, number] => p[1] !== null && Number.isFinite(p[1]))
    .slice(-window)
  if (points.length < min) return null
  // Steps are sessions, not positions in the full list: a session without data does not stretch the line.
  const xs = points.map((_, i) => i)
  const ys = points.map((p) => p[1])
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const my = ys.reduce((a, b) => a + b, 0) / ys.length
  let num = 0
  let den = 0
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my)
    den += (xs[i]! - mx) ** 2
  }
  return { slope: den ? num / den : 0, used: points.length }
}
