import type { Clock } from '../../shared/clock'
/** A small token bucket for one connection or one address: `perSecond` refill, `burst` capacity. */
export class TokenBucket {
  private tokens: number
  private updated: number

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: Clock,
  ) {
    this.tokens = burst
    this.updated = now()
  }

  take(): boolean {
    if (this.spent()) return false
    this.tokens -= 1
    return true
  }

  /** True while not even one token is left (refills first, takes nothing). */
  spent(): boolean {
    const t = this.now()
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.updated) / 1000) * this.perSecond)
    this.updated = t
    return this.tokens < 1
  }
}

/**
 * One bucket per key (a headset, a device), `perMinute` a minute with the same burst, so one busy key never slows
 * another. At most `maxKeys` are remembered; the oldest is forgotten first (it comes back with a full bucket).
 */
export function createKeyedBuckets(perMinute: number, now: Clock, maxKeys = 1000): (key: string) => boolean {
  const buckets = new Map<string, TokenBucket>()
  return (key) => {
    let bucket = buckets.get(key)
    if (!bucket) {
      bucket = new TokenBucket(perMinute / 60, perMinute, now)
      buckets.set(key, bucket)
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string)
    }
    return bucket.take()
  }
}
