// interpret_ms_p50: the offline interpretation, warm, over a varied set of descriptions.
import { interpret } from '../../src/shared/interpret'
import { ROWS } from '../unit/interpret-table'

export const benchInterpret = (rounds = 20) => {
  const texts = ROWS.map((r) => r[0])
  interpret(texts[0] ?? 'warm-up') // builds the NLP model once; start-up is not the steady state
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    for (const t of texts) {
      const start = performance.now()
      interpret(t)
      times.push(performance.now() - start)
    }
  }
  return { interpret_ms_p50: percentile(times, 0.5), interpret_ms_p95: percentile(times, 0.95) }
}

export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN
}

export const median = (values: readonly number[]) => percentile(values, 0.5)
