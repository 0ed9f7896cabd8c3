import type { Clock } from '../../shared/clock'
import { createAttemptLimiter } from './attempt-limiter'

/**
 * The limits on `POST /api/pair`. Each address has its own small quota, but an attacker with many addresses
 * (a botnet, a large IPv6 block) has many quotas; so wrong codes also draw on one budget for the whole server.
 * When that budget is used up, every open code is voided and pairing pauses briefly: whatever was guessed so
 * far is worthless, and the therapists hand out new codes.
 */
export interface PairingGuard {
  /** null when this try may go ahead (it is counted for its address), else why not and for how long. */
  admit(address: string): PairingRefusal | null
  /**
   * A code that opened nothing. null while within the budget; the refusal to answer with when this miss used it
   * up and the pause has begun (the caller then voids every open code).
   */
  miss(): PairingRefusal | null
}

export type PairingRefusal = { reason: 'address' | 'paused'; waitSeconds: number; message: string }

export interface PairingGuardOptions {
  /** Tries per address per minute, right or wrong. */
  perAddressPerMinute: number
  /** A cooling-off for an address over its quota. */
  addressCoolOffMs: number
  /** Wrong codes per minute from all addresses together before every open code is voided. */
  missesPerMinute: number
  /** How long pairing stays closed after that. */
  pauseMs: number
}

export function createPairingGuard(options: PairingGuardOptions, now: Clock): PairingGuard {
  const perAddress = createAttemptLimiter(
    { perMinute: options.perAddressPerMinute, coolOffMs: options.addressCoolOffMs },
    now,
  )
  let misses: number[] = []
  let pausedUntil = 0
  const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000))
  const paused = (t: number): PairingRefusal => ({
    reason: 'paused',
    waitSeconds: Math.ceil((pausedUntil - t) / 1000),
    message:
      'Pairing is paused for a moment after many wrong codes. ' +
      `Please wait ${minutes(pausedUntil - t)} min, then ask your therapist for a new code.`,
  })

  return {
    admit(address) {
      const t = now()
      // The pause comes first, so tries during it do not use up anyone's own quota.
      if (pausedUntil > t) return paused(t)
      const wait = perAddress.attempt(address)
      if (wait <= 0) return null
      return {
        reason: 'address',
        waitSeconds: wait,
        message: `Too many tries. Please wait ${minutes(wait * 1000)} min, then ask your therapist for the code again.`,
      }
    },
    miss() {
      const t = now()
      misses = misses.filter((x) => x > t - 60_000)
      misses.push(t)
      if (misses.length <= options.missesPerMinute) return null
      misses = []
      pausedUntil = t + options.pauseMs
      return paused(t)
    },
  }
}
