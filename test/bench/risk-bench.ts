// risk.screen_ms_p50: the offline risk screen on every risk phrasing and calm look-alike of the unit tables, warm.
// It runs on every word a client types or says, in the browser too, so it must stay far below a frame.
import { screenRisk } from '../../src/shared/safety/risk'
import { CALM_LOOK_ALIKES, RISK_PHRASINGS } from '../unit/safety/risk-phrasings'
import { percentile } from './interpret'

export const RISK_TARGETS: Record<string, { max: number; unit: string }> = {
  'risk.screen_ms_p50': { max: 2, unit: 'ms' },
}

export function benchRisk(rounds = 50): Record<string, number> {
  const texts = [...RISK_PHRASINGS.map((r) => r.text), ...CALM_LOOK_ALIKES]
  for (const t of texts) screenRisk(t) // warm-up: patterns compiled, JIT settled
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    for (const t of texts) {
      const start = performance.now()
      screenRisk(t)
      times.push(performance.now() - start)
    }
  }
  return { 'risk.screen_ms_p50': percentile(times, 0.5), 'risk.screen_ms_p95': percentile(times, 0.95) }
}
