// redact_ms_p50: the privacy guard on every text of the redaction table, warm. (provider.first_art_ms and
// provider.ai_art_ms are measured with the headset, in the browser bench.)
import { redact } from '../../src/shared/privacy/redact'
import { REDACT_CASES } from '../unit/redact-table'
import { percentile } from './interpret'

export async function benchRedact(rounds = 50): Promise<Record<string, number>> {
  const texts = REDACT_CASES.map((c) => c.text)
  for (const t of texts) redact(t) // warm-up: regexes compiled, JIT settled
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    for (const t of texts) {
      const start = performance.now()
      redact(t)
      times.push(performance.now() - start)
    }
  }
  return { redact_ms_p50: percentile(times, 0.5), redact_ms_p95: percentile(times, 0.95) }
}
