import { describe, expect, it } from 'vitest'
import { createPictureChart, createSessionCharts } from '../../src/console/insight/insight-charts'
import { clientTrends } from '../../src/shared/insight/trends'
import { session } from './insight-fixtures'

const DAY = 86_400_000
const T0 = Date.UTC(2026, 9, 1, 9)
const trends = clientTrends([
  session('s1', T0, {
    words: [
      { text: 'a storm at sea', valence: -0.4, arousal: 0.6 },
      { text: 'a fight', held: true, valence: -0.8, arousal: 0.8 },
    ],
    suds: [
      [1, 7],
      [30, 5],
    ],
  }),
  session('s2', T0 + 7 * DAY, { words: [{ text: 'a lake', valence: 0.4, arousal: -0.2 }], scale: 100 }),
])
const labels = ['1 Oct', '8 Oct']

describe('insight chart factory', () => {
  it('builds the mood, SUDS and held charts from the trends, one value per session', () => {
    const charts = createSessionCharts(trends, labels)
    expect(charts.mood.labels).toBe(labels)
    expect(charts.mood.title).toBe('Valence and arousal by session')
    expect(charts.mood.series.map((s) => s.values)).toEqual([
      trends.sessions.map((t) => t.valence),
      trends.sessions.map((t) => t.arousal),
    ])
    expect(charts.mood.y.range).toEqual([-1, 1])
    expect(charts.mood.y.format?.(0.25)).toBe('0.3')
    expect(charts.suds.series.map((s) => s.values)).toEqual([
      [7, null],
      [5, null],
    ])
    expect(charts.held.series).toHaveLength(1)
    expect(charts.held.series[0]).toMatchObject({ bars: true, values: [0.5, 0] })
    expect(charts.held.y.format?.(0.5)).toBe('50%')
    expect(charts.mood.y2).toBeUndefined()
  })

  it('shares the axes between charts, so a chart is rebuilt only when its own data changes', () => {
    const a = createSessionCharts(trends, labels)
    const b = createSessionCharts(trends, labels)
    expect(a.mood.y).toBe(b.mood.y)
    expect(a.held.y).toBe(createPictureChart(null, labels).y)
  })

  it('draws the paintings’ chart as gaps until measured, then on two scales', () => {
    const empty = createPictureChart(null, labels)
    expect(empty.series.map((s) => s.values)).toEqual([
      [null, null],
      [null, null],
    ])
    const measured = createPictureChart(
      { lightness: [0.6, null], busyness: [0.1, null], measured: 3 },
      labels,
    )
    expect(measured.series.map((s) => s.values)).toEqual([
      [0.6, null],
      [0.1, null],
    ])
    expect(measured.series[1]?.scale).toBe('y2')
    expect(measured.y2?.range).toEqual([0, 0.3])
    expect(measured.y2?.format?.(0.12)).toBe('12%')
  })
})
