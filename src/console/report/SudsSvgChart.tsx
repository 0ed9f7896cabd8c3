import { sudsSvg, type ReportModel } from '../../shared/insight/report'

/** The session's SUDS ratings as SVG: vector lines print sharp on paper and in a PDF at any zoom. */
export function SudsSvgChart({ suds, minutes }: { suds: ReportModel['suds']; minutes: number }) {
  const g = sudsSvg(suds, minutes)
  const { plot } = g
  return (
    <svg
      className="report-suds"
      viewBox={`0 0 ${g.width} ${g.height}`}
      width="100%"
      role="img"
      aria-label={`SUDS ratings over the session, on a 0–${suds.scale} scale`}
      data-points={g.dots.length}
    >
      <rect x={plot.x} y={plot.y} width={plot.w} height={plot.h} fill="#fbf8f2" stroke="#cdbfa9" />
      {g.yTicks.map((t) => (
        <g key={`y${t.label}`}>
          <line x1={plot.x} x2={plot.x + plot.w} y1={t.y} y2={t.y} stroke="#e6dccd" strokeWidth={1} />
          <text x={plot.x - 8} y={t.y + 4} textAnchor="end" className="tick">
            {t.label}
          </text>
        </g>
      ))}
      {g.xTicks.map((t) => (
        <text key={`x${t.label}`} x={t.x} y={plot.y + plot.h + 20} textAnchor="middle" className="tick">
          {t.label}
        </text>
      ))}
      {g.dots.length > 1 ? (
        <polyline points={g.line} fill="none" stroke="#4e6b5b" strokeWidth={2.5} strokeLinejoin="round" />
      ) : null}
      {g.dots.map((d, i) => (
        <g key={i}>
          <circle cx={d.x} cy={d.y} r={5} fill="#4e6b5b" />
          <text x={d.x} y={d.y - 10} textAnchor="middle" className="value">
            {d.value}
          </text>
        </g>
      ))}
      {g.dots.length === 0 ? (
        <text x={plot.x + plot.w / 2} y={plot.y + plot.h / 2} textAnchor="middle" className="tick">
          No SUDS ratings in this session
        </text>
      ) : null}
    </svg>
  )
}
