import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'

export type TrendSeries = {
  label: string
  colour: string
  values: Array<number | null>
  /** Which y scale (a second one is drawn on the right). @default 'y' */
  scale?: 'y' | 'y2'
  /** Draw as soft bars instead of a line. */
  bars?: boolean
  dash?: number[]
}

export type TrendChartProps = {
  /** One label per session along the bottom (dates). */
  labels: string[]
  series: TrendSeries[]
  y: { range: [number, number]; format?: (v: number) => string }
  y2?: { range: [number, number]; format?: (v: number) => string }
  /** Read by people and tests: what the chart shows, in words. */
  title: string
}

const HEIGHT = 210
const GRID = { stroke: '#e6dccd' }
const TICKS = { stroke: '#d8cbb9' }

/** A small chart of one value per session (uPlot); gaps where a session has no data. */
export function TrendChart(props: TrendChartProps) {
  const host = useRef<HTMLDivElement>(null)
  const latest = useRef(props)
  latest.current = props

  useEffect(() => {
    const el = host.current
    if (!el) return
    const p = latest.current
    const xs = p.labels.map((_, i) => i)
    const widthOf = () => Math.max(240, Math.floor(el.clientWidth))
    const bars = uPlot.paths.bars?.({ size: [0.5, 40] })
    const axes: uPlot.Axis[] = [
      {
        stroke: '#6b5f53',
        grid: GRID,
        ticks: TICKS,
        incrs: [1],
        values: (_u, v) => v.map((i) => latest.current.labels[i] ?? ''),
      },
      {
        stroke: '#6b5f53',
        grid: GRID,
        ticks: TICKS,
        size: 56,
        values: (_u, v) => v.map((n) => (p.y.format ? p.y.format(n) : String(n))),
      },
    ]
    if (p.y2) {
      const y2 = p.y2
      axes.push({
        scale: 'y2',
        side: 1,
        stroke: '#6b5f53',
        grid: { show: false },
        ticks: TICKS,
        size: 48,
        values: (_u, v) => v.map((n) => (y2.format ? y2.format(n) : String(n))),
      })
    }
    const u = new uPlot(
      {
        width: widthOf(),
        height: HEIGHT,
        legend: { show: false },
        cursor: { drag: { x: false, y: false }, points: { size: 8 } },
        scales: {
          x: { time: false, range: () => [-0.5, Math.max(0.5, xs.length - 0.5)] },
          y: { range: p.y.range },
          ...(p.y2 ? { y2: { range: p.y2.range } } : {}),
        },
        axes,
        series: [
          {},
          ...p.series.map((s): uPlot.Series => ({
            label: s.label,
            scale: s.scale ?? 'y',
            stroke: s.colour,
            width: 2,
            spanGaps: true,
            ...(s.dash ? { dash: s.dash } : {}),
            ...(s.bars && bars ? { paths: bars, fill: `${s.colour}66`, points: { show: false } } : {}),
            ...(s.bars ? {} : { points: { show: true, size: 8, fill: s.colour, stroke: s.colour } }),
          })),
        ],
      },
      [xs, ...p.series.map((s) => s.values)] as uPlot.AlignedData,
      el,
    )
    el.dataset.points = String(p.series.reduce((n, s) => n + s.values.filter((v) => v !== null).length, 0))
    const resize = new ResizeObserver(() => {
      if (u.width !== widthOf()) u.setSize({ width: widthOf(), height: HEIGHT })
    })
    resize.observe(el)
    return () => {
      resize.disconnect()
      u.destroy()
    }
    // The page rebuilds the chart when its data changes (a few times at most, as paintings are measured).
  }, [props.labels, props.series, props.y, props.y2])

  return (
    <figure className="trend-chart">
      <div ref={host} className="trend-plot" role="img" aria-label={props.title} />
      <figcaption className="trend-legend">
        {props.series.map((s) => (
          <span key={s.label}>
            <i style={{ background: s.colour }} aria-hidden="true" />
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  )
}
