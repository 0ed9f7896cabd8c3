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
