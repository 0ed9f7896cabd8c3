import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { groupMarkers, type SudsSeries } from './suds-series'

const LINE = '#5e7a6a'
const EVENT = '#a08a6c'
const HEIGHT = 180

/** Dashed vertical lines with a short label for each session event (approval, safe place, exercise…). */
function eventMarkers(getEvents: () => SudsSeries['events']): uPlot.Plugin {
  return {
    hooks: {
      draw: (u) => {
        const { ctx } = u
        const { top, height } = u.bbox
        ctx.save()
        ctx.textAlign = 'left'
        ctx.textBaseline = 'top'
        ctx.strokeStyle = EVENT
        ctx.fillStyle = '#6b5f53'
        ctx.lineWidth = devicePixelRatio
        ctx.setLineDash([4 * devicePixelRatio, 4 * devicePixelRatio])
        ctx.font = `${12 * devicePixelRatio}px "Source Sans 3", sans-serif`
        const events = getEvents().map((e) => ({
          px: Math.round(u.valToPos(e.x, 'x', true)),
          label: e.label,
        }))
        for (const g of groupMarkers(events, 8 * devicePixelRatio, 80 * devicePixelRatio)) {
          ctx.beginPath()
          ctx.moveTo(g.px, top)
          ctx.lineTo(g.px, top + height)
          ctx.stroke()
          if (g.labelled) ctx.fillText(g.label, g.px + 3 * devicePixelRatio, top + 2 * devicePixelRatio)
        }
        ctx.restore()
      },
    },
  }
}

/** The live SUDS chart (uPlot). Ratings are points joined by a line; events are dashed markers. */
export function SudsChart({ series }: { series: SudsSeries }) {
  const host = useRef<HTMLDivElement>(null)
  const plot = useRef<uPlot | null>(null)
  const latest = useRef(series)
  latest.current = series
  const scale = series.scale

  useEffect(() => {
    const el = host.current
    if (!el) return
    const widthOf = () => Math.max(200, Math.floor(el.clientWidth))
    const opts: uPlot.Options = {
      width: widthOf(),
      height: HEIGHT,
      legend: { show: false },
      cursor: { drag: { x: false, y: false }, points: { size: 8 } },
      scales: {
        x: { time: false, range: () => [0, latest.current.maxX] },
        y: { range: [0, scale] },
      },
      axes: [
        {
          stroke: '#6b5f53',
          grid: { stroke: '#e6dccd' },
          ticks: { stroke: '#d8cbb9' },
          values: (_u, v) => v.map((m) => `${m}′`),
        },
        { stroke: '#6b5f53', grid: { stroke: '#e6dccd' }, ticks: { stroke: '#d8cbb9' }, size: 36 },
      ],
      series: [
        {},
        {
          label: 'SUDS',
          stroke: LINE,
          width: 2,
          points: { show: true, size: 9, fill: LINE, stroke: LINE },
        },
      ],
      plugins: [eventMarkers(() => latest.current.events)],
    }
    const u = new uPlot(opts, [latest.current.xs, latest.current.ys], el)
    el.dataset.points = String(latest.current.xs.length)
    plot.current = u
    // The chart fills its panel, whatever the window's width.
    const resize = new ResizeObserver(() => {
      if (u.width !== widthOf()) u.setSize({ width: widthOf(), height: HEIGHT })
    })
    resize.observe(el)
    return () => {
      resize.disconnect()
      u.destroy()
      plot.current = null
    }
  }, [scale])

  useEffect(() => {
    if (!plot.current) return
    plot.current.setData([series.xs, series.ys], true)
    // What was drawn, for people using the e2e test API: the chart's own data, not the state.
    if (host.current) host.current.dataset.points = String(plot.current.data[0]?.length ?? 0)
  }, [series, scale])

  return <div ref={host} className="suds-chart" aria-hidden="true" />
}
