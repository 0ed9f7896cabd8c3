import type { Clock } from '../../shared/clock'
/**
 * Attempts per key (every attempt counts, right or wrong) in a one-minute window; going over starts a
 * cooling-off during which every attempt is refused. For pairing codes: 10 a minute per address makes
 * guessing one of 148 million codes hopeless, while a person mistyping twice never notices.
 */
export interface AttemptLimiter {
  /** 0 when this attempt may go ahead (and counts it), else the seconds to wait. */
  attempt(key: string): number
}

export function createAttemptLimiter(
  options: { perMinute: number; coolOffMs: number; maxKeys?: number },
  now: Clock,
): AttemptLimiter {
  const maxKeys = options.maxKeys ?? 10_000
  const entries = new Map<string, { times: number[]; blockedUntil: number }>()
  return {
    attempt(key) {
      const t = now()
      let entry = entries.get(key)
      entries.delete(key)
      entry ??= { times: [], blockedUntil: 0 }
      entries.set(key, entry)
      if (entries.size > maxKeys) {
        const first = entries.keys().next().value
        if (first !== undefined) entries.delete(first)
      }
      if (entry.blockedUntil > t) return Math.ceil((entry.blockedUntil - t) / 1000)
      entry.times = entry.times.filter((x) => x > t - 60_000)
      if (entry.times.length >= options.perMinute) {
        entry.blockedUntil = t + options.coolOffMs
        entry.times = []
        return Math.ceil(options.coolOffMs / 1000)
      }
      entry.times.push(t)
      return 0
    },
  }
}
