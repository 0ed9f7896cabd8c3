// interpret_ms_p50: the offline interpretation, warm, over a varied set of descriptions; and the same for each
// language we read, over that language's own table (interpret_ms_p50.es …).
import { interpret, type SupportedLanguage } from '../../src/shared/interpret'
import { ROWS } from '../unit/interpret-table'
import { TABLE_DE } from '../unit/lang/de-table'
import { TABLE_ES } from '../unit/lang/es-table'
import { TABLE_FR } from '../unit/lang/fr-table'

function timeInterpret(texts: readonly string[], rounds: number, language?: SupportedLanguage): number[] {
  interpret(texts[0] ?? 'warm-up', { language }) // builds the model and the lexicon once: not the steady state
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    for (const t of texts) {
      const start = performance.now()
      interpret(t, { language })
      times.push(performance.now() - start)
    }
  }
  return times
}

export const benchInterpret = (rounds = 20) => {
  const times = timeInterpret(
    ROWS.map((r) => r[0]),
    rounds,
  )
  const out: Record<string, number> = {
    interpret_ms_p50: percentile(times, 0.5),
    interpret_ms_p95: percentile(times, 0.95),
  }
  const tables = { es: TABLE_ES, fr: TABLE_FR, de: TABLE_DE } as const
  for (const [lang, table] of Object.entries(tables) as [keyof typeof tables, (typeof tables)['es']][]) {
    const texts = [...table.rows.map((r) => r[0]), ...table.calm]
    out[`interpret_ms_p50.${lang}`] = percentile(timeInterpret(texts, rounds, lang), 0.5)
  }
  return out
}

export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN
}

export const median = (values: readonly number[]) => percentile(values, 0.5)
