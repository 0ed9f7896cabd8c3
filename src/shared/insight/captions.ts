import { recentSlope, suds10 } from './trends'
import type { ClientTrends, Recurring, SessionTrend } from './trends'

/**
 * Short, plain captions for the insight charts. They describe what the numbers did, never what they mean about
 * the person (docs/CLINICAL.md: Stillroom supports a therapist, it never diagnoses), and say so when there is too
 * little to go on.
 */

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
export const numberWord = (n: number): string => WORDS[n] ?? String(n)
const plural = (n: number, one: string, many = `${one}s`) => `${numberWord(n)} ${n === 1 ? one : many}`
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export const TOO_LITTLE_SESSIONS =
  'Too little to say yet: a trend needs at least three sessions with descriptions.'

/** Which way a series went over its last few sessions: up, down or about the same (within `steady`). */
export function direction(
  values: readonly (number | null)[],
  steady: number,
): { way: 'up' | 'down' | 'same'; sessions: number } | null {
  const fit = recentSlope(values)
  if (!fit) return null
  const change = fit.slope * (fit.used - 1)
  return { way: change > steady ? 'up' : change < -steady ? 'down' : 'same', sessions: fit.used }
}

/** "The descriptions have grown calmer and more pleasant over the last four sessions." */
export function moodCaption(sessions: readonly SessionTrend[]): string {
  const arousal = direction(
    sessions.map((s) => s.arousal),
    0.15,
  )
  const valence = direction(
    sessions.map((s) => s.valence),
    0.15,
  )
  if (!arousal || !valence) return TOO_LITTLE_SESSIONS
  const parts = [
    arousal.way === 'down' ? 'calmer' : arousal.way === 'up' ? 'more stirred' : null,
    valence.way === 'up' ? 'more pleasant' : valence.way === 'down' ? 'less pleasant' : null,
  ].filter((p): p is string => p !== null)
  const span = `over the last ${numberWord(arousal.sessions)} sessions`
  return parts.length
    ? `The descriptions have grown ${parts.join(' and ')} ${span}.`
    : `The mood of the descriptions has stayed about the same ${span}.`
}

/** Lightness and busyness of the paintings the client saw, session by session. */
export function pictureCaption(
  lightness: readonly (number | null)[],
  busyness: readonly (number | null)[],
): string {
  const light = direction(lightness, 0.05)
  const busy = direction(busyness, 0.02)
  if (!light || !busy) return 'Too little to say yet: a trend needs paintings from at least three sessions.'
  const parts = [
    light.way === 'up' ? 'lighter' : light.way === 'down' ? 'darker' : null,
    busy.way === 'up' ? 'busier' : busy.way === 'down' ? 'quieter' : null,
  ].filter((p): p is string => p !== null)
  const span = `over the last ${numberWord(light.sessions)} sessions`
  return parts.length
    ? `The paintings have grown ${parts.join(' and ')} ${span}.`
    : `The paintings have stayed about as light and as busy ${span}.`
}

/** SUDS at the start and end of each session. */
export function sudsCaption(sessions: readonly SessionTrend[]): string {
  const both = sessions.filter((s) => s.sudsStart !== null && s.sudsEnd !== null)
  if (!both.length) {
    return 'Too little to say yet: no session has both a first and a last SUDS rating.'
  }
  const change = both.map((s) =>
    Math.sign(suds10(s.sudsEnd, s.sudsScale)! - suds10(s.sudsStart, s.sudsScale)!),
  )
  if (both.length === 1) {
    const how =
      change[0]! < 0 ? 'lower than it began' : change[0]! > 0 ? 'higher than it began' : 'where it began'
    return `In the one session with a first and a last rating, SUDS ended ${how}.`
  }
  const parts = (
    [
      [-1, 'lower'],
      [1, 'higher'],
      [0, 'the same'],
    ] as const
  )
    .map(([sign, word]) => [word, change.filter((c) => c === sign).length] as const)
    .filter(([, n]) => n > 0)
    .map(
      ([word, n]) =>
        `${word} in ${n < both.length ? numberWord(n) : n === 2 ? 'both' : `all ${numberWord(n)}`}`,
    )
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]!
  return `Of ${numberWord(both.length)} sessions with a first and a last rating, SUDS ended ${list}.`
}

/** How many descriptions waited for the therapist because of their words. */
export function heldCaption(trends: Pick<ClientTrends, 'descriptions' | 'held' | 'sessions'>): string {
  const { descriptions, held } = trends
  if (!descriptions) return 'No descriptions yet.'
  if (!held) return `No description has been held for you (${plural(descriptions, 'description')} so far).`
  const share = Math.round((held / descriptions) * 100)
  const last = [...trends.sessions].reverse().find((s) => s.descriptions > 0)
  const lastText = !last
    ? ''
    : last.held
      ? `; ${numberWord(last.held)} in the latest session`
      : '; none in the latest session'
  return `${capital(numberWord(held))} of ${descriptions} descriptions (${share}%) ${held === 1 ? 'was' : 'were'} held for you${lastText}.`
}

/** Motifs or places that came back in more than one session, as a calm list's heading. */
export function recurringCaption(
  items: readonly Recurring[],
  what: 'motifs' | 'places',
  sessions: number,
): string {
  if (sessions < 2) return `Too little to say yet: recurring ${what} need at least two sessions.`
  const recurring = items.filter((i) => i.sessions >= 2)
  if (!recurring.length) return `No ${what} have come back across sessions so far.`
  const names = recurring.slice(0, 3).map((i) => i.name.replace(/-/g, ' '))
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!
  return `${capital(list)} ${names.length > 1 ? 'come' : 'comes'} back in several sessions.`
}
