import type { Clock } from '../../shared/clock'
/**
 * Counts failures (wrong passwords, wrong pairing codes) per key in a sliding window. After `max`
 * failures the key cools off until the oldest failure leaves the window. In memory: one process serves a
 * clinic, and forgetting on restart is harmless.
 *
 * Slow checks (a password hash) count the attempt as a failure before they start and `release` it when it
 * turns out right; counting afterwards would let a burst of requests all pass the check while none is counted.
 */
export interface FailureLimiter {
  /** Seconds to wait, or 0 when another attempt is allowed now. */
  blockedFor(key: string): number
  fail(key: string): void
  /** Takes back the newest failure (an attempt counted in advance that succeeded). */
  release(key: string): void
  reset(key: string): void
}

export function createFailureLimiter(
  options: { max: number; windowMs: number; maxKeys?: number },
  now: Clock,
): FailureLimiter {
  const maxKeys = options.maxKeys ?? 10_000
  const failures = new Map<string, number[]>()
  const live = (key: string): number[] => {
    const list = failures.get(key)
    if (!list) return []
    const cutoff = now() - options.windowMs
    while (list.length > 0 && (list[0] ?? 0) <= cutoff) list.shift()
    if (list.length === 0) failures.delete(key)
    return list
  }
  return {
    blockedFor(key) {
      const list = live(key)
      if (list.length < options.max) return 0
      const oldest = list[list.length - options.max] ?? now()
      return Math.max(1, Math.ceil((oldest + options.windowMs - now()) / 1000))
    },
    fail(key) {
      const list = live(key)
      list.push(now())
      // Keep only what can matter, and forget the least recent keys first under a flood.
      if (list.length > options.max) list.splice(0, list.length - options.max)
      failures.delete(key)
      failures.set(key, list)
      if (failures.size > maxKeys) {
        const first = failures.keys().next().value
        if (first !== undefined) failures.delete(first)
      }
    },
    release(key) {
      const list = live(key)
      list.pop()
      if (list.length === 0) failures.delete(key)
    },
    reset(key) {
      failures.delete(key)
    },
  }
}
