import { suds10, type ClientTrends } from '../../shared/insight/trends'
import type { TrendChartProps, TrendSeries } from './TrendChart'

/** Per session: the mean lightness and busyness of the pictures the client saw (null: none shown). */
export type PictureTrend = {
  lightness: Array<number | null>
  busyness: Array<number | null>
  measured: number
}

type Axis = TrendChartProps['y']

// Module constants, so a chart is only rebuilt when its data changes (TrendChart compares its props).
const MOOD_Y: Axis = { range: [-1, 1], format: (v) => v.toFixed(1) }
const PERCENT_Y: Axis = { range: [0, 1], format: (v) => `${Math.round(v * 100)}%` }
const EDGES_Y: Axis = { range: [0, 0.3], format: (v) => `${Math.round(v * 100)}%` }
const SUDS_Y: Axis = { range: [0, 10] }

/** One chart of the insight page: its words, its axes and its lines over the sessions' dates. */
export function createTrendChart(
  labels: string[],
  title: string,
  y: Axis,
  series: TrendSeries[],
  y2?: Axis,
): TrendChartProps {
  return { labels, title, y, series, ...(y2 ? { y2 } : {}) }
}

/** The charts that follow from the session records alone: mood, SUDS and the share held. */
export function createSessionCharts(trends: ClientTrends, labels: string[]) {
  const s = trends.sessions
  return {
    mood: createTrendChart(labels, 'Valence and arousal by session', MOOD_Y, [
      { label: 'Pleasant (valence)', colour: '#c9894f', values: s.map((t) => t.valence) },
      { label: 'Stirred (arousal)', colour: '#3f6f8c', values: s.map((t) => t.arousal), dash: [6, 4] },
    ]),
    suds: createTrendChart(labels, 'SUDS at start and end by session', SUDS_Y, [
      {
        label: 'SUDS at the start',
        colour: '#8a7550',
        values: s.map((t) => suds10(t.sudsStart, t.sudsScale)),
      },
      { label: 'SUDS at the end', colour: '#5e7a6a', values: s.map((t) => suds10(t.sudsEnd, t.sudsScale)) },
    ]),
    held: createTrendChart(labels, 'Share of held descriptions by session', PERCENT_Y, [
      {
        label: 'Share of descriptions held',
        colour: '#a08a6c',
        values: s.map((t) => t.heldShare),
        bars: true,
      },
    ]),
  }
}

/** The paintings' chart, empty (gaps) until they are measured, filling in as they are. */
export function createPictureChart(pictures: PictureTrend | null, labels: string[]): TrendChartProps {
  const none = labels.map(() => null)
  return createTrendChart(
    labels,
    'Lightness and busyness of the paintings by session',
    PERCENT_Y,
    [
      { label: 'Lightness', colour: '#c9894f', values: pictures?.lightness ?? none },
      {
        label: 'Busyness (edges)',
        colour: '#5b4f45',
        values: pictures?.busyness ?? none,
        scale: 'y2',
        dash: [6, 4],
      },
    ],
    EDGES_Y,
  )
}
