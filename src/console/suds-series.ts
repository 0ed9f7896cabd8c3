import type { SessionState } from '../shared/session/state'

export type SudsSeries = {
  /** Minutes since the session started, one per rating, ascending. */
  xs: number[]
  ys: number[]
  /** Session events to mark on the chart, minutes since the start. */
  events: Array<{ x: number; kind: string; label: string }>
  scale: 10 | 100
  /** Right edge of the chart in minutes: at least 10, and past the newest point. */
  maxX: number
}

const toMin = (at: number, start: number) => Math.max(0, (at - start) / 60_000)

/** The chart's data from the session state; pure so it is tested without a canvas. */
export function sudsSeries(
  state: Pick<SessionState, 'suds' | 'events' | 'startedAt'>,
  nowMs?: number,
): SudsSeries {
  const start = state.startedAt
  const ratings = [...state.suds.ratings].sort((a, b) => a.at - b.at)
  const xs = ratings.map((r) => toMin(r.at, start))
  const ys = ratings.map((r) => r.value)
  const events = state.events.map((e) => ({ x: toMin(e.at, start), kind: e.kind, label: e.label }))
  const newest = Math.max(
    xs.at(-1) ?? 0,
    events.at(-1)?.x ?? 0,
    nowMs === undefined ? 0 : toMin(nowMs, start),
  )
  return { xs, ys, events, scale: state.suds.scale, maxX: Math.max(10, Math.ceil(newest + 1)) }
}

/** A marker as drawn: where, what it says, and how many events it stands for. */
export type MarkerGroup = { px: number; label: string; count: number }

/**
 * Events closer together than `minGapPx` on the chart become one marker ("artwork shown +2"): a burst of events in
 * the first minute would otherwise draw a thicket of dashed lines. Labels are shown only where there is room.
 */
export function groupMarkers(
  events: ReadonlyArray<{ px: number; label: string }>,
  minGapPx: number,
  labelGapPx: number,
): Array<MarkerGroup & { labelled: boolean }> {
  const groups: MarkerGroup[] = []
  for (const e of [...events].sort((a, b) => a.px - b.px)) {
    const last = groups.at(-1)
    if (last && e.px - last.px < minGapPx) last.count += 1
    else groups.push({ px: e.px, label: e.label, count: 1 })
  }
  let lastLabel = -Infinity
  return groups.map((g) => {
    const labelled = g.px - lastLabel > labelGapPx
    if (labelled) lastLabel = g.px
    return {
      ...g,
      label: g.count > 1 ? `${g.label.slice(0, 14)} +${g.count - 1}` : g.label.slice(0, 18),
      labelled,
    }
  })
}
