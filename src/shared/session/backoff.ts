/** Reconnect timing. @default base 500 ms, factor 2, max 15 s, jitter 0.3 (±30 %). */
export type BackoffOptions = { baseMs: number; factor: number; maxMs: number; jitter: number }

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, factor: 2, maxMs: 15_000, jitter: 0.3 }

/**
 * Delay before reconnect attempt `attempt` (0 = the first retry): exponential, capped, with jitter so a clinic's
 * headsets do not all knock on the server in the same millisecond after it restarts. `random` returns 0…1.
 */
export function backoffDelay(
  attempt: number,
  random: () => number,
  options: BackoffOptions = DEFAULT_BACKOFF,
): number {
  const n = Math.max(0, Math.floor(Number.isFinite(attempt) ? attempt : 0))
  // Cap the exponent too, so a very long outage never overflows to Infinity.
  const raw = Math.min(options.maxMs, options.baseMs * options.factor ** Math.min(n, 30))
  const r = Math.min(1, Math.max(0, random()))
  const spread = raw * options.jitter * (r * 2 - 1)
  return Math.round(Math.min(options.maxMs, Math.max(options.baseMs / 2, raw + spread)))
}
