/** A small token bucket for one connection: `perSecond` refill, `burst` capacity. */
export class TokenBucket {
  private tokens: number
  private updated: number

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number,
  ) {
    this.tokens = burst
    this.updated = now()
  }

  take(): boolean {
    const t = this.now()
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.updated) / 1000) * this.perSecond)
    this.updated = t
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
