import type { Clock } from '../shared/clock'
/** Limits for one kind of request, per client address. */
export interface BucketLimit {
  /** Requests allowed per minute, refilled smoothly. Also the burst size. */
  perMinute: number
}

export interface RateLimitOptions {
  /** @default { perMinute: 30 } — a person types far fewer descriptions than this. */
  create?: BucketLimit
  /** @default { perMinute: 300 } — page loads, gallery refreshes, health checks. */
  read?: BucketLimit
  /** Remembered addresses; the oldest is forgotten first so a spoofed flood cannot exhaust memory. @default 10_000 */
  maxAddresses?: number
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export interface RateLimiter {
  take(address: string, kind: 'create' | 'read'): RateDecision
}

type Bucket = { tokens: number; updatedMs: number }

/**
 * A token bucket per (address, kind). In memory on purpose: one process serves a clinic, and a restart
 * forgiving everyone is harmless. One address running dry never affects another.
 */
export function createRateLimiter(options: RateLimitOptions = {}, now: Clock = Date.now): RateLimiter {
  const limits = {
    create: options.create?.perMinute ?? 30,
    read: options.read?.perMinute ?? 300,
  }
  const maxAddresses = options.maxAddresses ?? 10_000
  const buckets = new Map<string, Bucket>()

  return {
    take(address, kind) {
      const capacity = limits[kind]
      const perMs = capacity / 60_000
      const key = `${kind}:${address}`
      const t = now()
      let bucket = buckets.get(key)
      if (bucket) {
        buckets.delete(key) // re-inserted below: Map order doubles as least-recently-used order
        bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.updatedMs) * perMs)
        bucket.updatedMs = t
      } else {
        bucket = { tokens: capacity, updatedMs: t }
      }
      buckets.set(key, bucket)
      if (buckets.size > maxAddresses) {
        const oldest = buckets.keys().next().value
        if (oldest !== undefined) buckets.delete(oldest)
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1
        return { allowed: true }
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) }
    },
  }
}
