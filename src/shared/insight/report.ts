import { EXERCISE_TITLES } from '../exercises/timeline'
import type { ArtworkEntry, SessionNote, SessionState } from '../session/state'
import { wasHeld } from './trends'

/**
 * The printable session report's content, from one session state: pure, so what prints is unit-tested. The client
 * is named by their pseudonym only; safety reasons stay out (the report may leave the room on paper).
 */
export type ReportModel = {
  alias: string
  startedAt: number
  /** When the session ended (its `end` event), or null while it runs. */
  endedAt: number | null
  /** Whole minutes from start to end (or to the last thing that happened, for a session still running). */
  minutes: number
  artworks: ReportArtwork[]
  exercises: Array<{ at: number; name: string }>
  /** Going to the safe place, saving it, pausing and resuming: the moments a therapist steadied the session. */
  moments: Array<{ at: number; what: string }>
  suds: { scale: 10 | 100; points: Array<{ minute: number; value: number }> }
  notes: SessionNote[]
  /** Nothing happened: no words, no exercises, no ratings, no notes. The report says so plainly. */
  empty: boolean
}

export type ReportArtwork = {
  entry: ArtworkEntry
  text: string
  /** The client saw it on the wall. */
  shown: boolean
  /** Its words were held for the therapist (shown since, or not). */
  held: boolean
  title: string
}

const EXERCISE_PREFIX = 'exercise: '

/** The session events the report lists as moments (kind:label as the reducer writes them), in plain words. */
const MOMENTS: Readonly<Record<string, string>> = {
  'safe-place:safe place': 'Went to the safe place',
  'safe-place:safe place saved': 'Saved this place as the safe place',
  'pause:paused': 'Paused',
  'resume:resumed': 'Resumed',
}

export function reportModel(state: SessionState): ReportModel {
  const endedAt =
    state.phase === 'ended' ? (state.events.findLast((e) => e.kind === 'end')?.at ?? null) : null
  const lastActivity = Math.max(
    state.startedAt,
    ...state.events.map((e) => e.at),
    ...state.suds.ratings.map((r) => r.at),
    ...(state.notes ?? []).map((n) => n.at),
  )
  const until = endedAt ?? lastActivity
  const artworks = state.artworks
    .filter((e) => e.state !== 'discarded')
    .map((entry) => ({
      entry,
      text: entry.artwork.text,
      shown: entry.state === 'approved',
      held: wasHeld(entry),
      title: entry.artwork.spec.title,
    }))
  const exercises = state.events
    .filter((e) => e.kind === 'exercise' && e.label.startsWith(EXERCISE_PREFIX))
    .map((e) => ({ at: e.at, name: exerciseName(e.label.slice(EXERCISE_PREFIX.length)) }))
  const moments = state.events.flatMap((e) => {
    const what = MOMENTS[`${e.kind}:${e.label}`]
    return what ? [{ at: e.at, what }] : []
  })
  const points = [...state.suds.ratings]
    .sort((a, b) => a.at - b.at)
    .map((r) => ({ minute: Math.max(0, (r.at - state.startedAt) / 60_000), value: r.value }))
  const notes = state.notes ?? []
  return {
    alias: state.clientAlias,
    startedAt: state.startedAt,
    endedAt,
    minutes: Math.max(0, Math.round((until - state.startedAt) / 60_000)),
    artworks,
    exercises,
    moments,
    suds: { scale: state.suds.scale, points },
    notes,
    empty: !artworks.length && !exercises.length && !moments.length && !points.length && !notes.length,
  }
}

export function exerciseName(id: string): string {
  return (EXERCISE_TITLES as Record<string, string>)[id] ?? id.replace(/-/g, ' ')
}

/** "1 h 05 min", "12 min", "under a minute". */
export function formatLength(minutes: number): string {
  if (minutes < 1) return 'under a minute'
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
}

export type SudsSvg = {
  width: number
  height: number
  /** The plot area inside the axes. */
  plot: { x: number; y: number; w: number; h: number }
  /** Polyline points "x,y x,y …" of the ratings in time order ('' without ratings). */
  line: string
  dots: Array<{ x: number; y: number; value: number }>
  yTicks: Array<{ y: number; label: string }>
  xTicks: Array<{ x: number; label: string }>
}

/**
 * Geometry of the report's SUDS chart, drawn as SVG so it prints sharp at any zoom. Minutes along, the
 * session's scale up (0 at the bottom), at least ten minutes wide.
 */
export function sudsSvg(
  suds: ReportModel['suds'],
  minutes: number,
  size: { width: number; height: number } = { width: 640, height: 220 },
): SudsSvg {
  const plot = { x: 44, y: 12, w: size.width - 44 - 16, h: size.height - 12 - 32 }
  const maxX = Math.max(10, Math.ceil(minutes), Math.ceil(suds.points.at(-1)?.minute ?? 0))
  const sx = (m: number) => round(plot.x + (m / maxX) * plot.w)
  const sy = (v: number) => round(plot.y + plot.h - (Math.min(v, suds.scale) / suds.scale) * plot.h)
  const dots = suds.points.map((p) => ({ x: sx(p.minute), y: sy(p.value), value: p.value }))
  const step = suds.scale / 5
  const yTicks = Array.from({ length: 6 }, (_, i) => ({ y: sy(i * step), label: String(i * step) }))
  const xStep = niceStep(maxX)
  const xTicks: SudsSvg['xTicks'] = []
  for (let m = 0; m <= maxX + 1e-9; m += xStep) xTicks.push({ x: sx(m), label: `${m} min` })
  return {
    ...size,
    plot,
    line: dots.map((d) => `${d.x},${d.y}`).join(' '),
    dots,
    yTicks,
    xTicks,
  }
}

const round = (v: number) => Math.round(v * 10) / 10

function niceStep(span: number): number {
  for (const step of [1, 2, 5, 10, 15, 20, 30, 60]) if (span / step <= 8) return step
  return Math.ceil(span / 8 / 60) * 60
}
