import { describe, expect, it } from 'vitest'
import { createFailureLimiter } from '../../src/server/auth/failure-limiter'
import { createPairingGuard } from '../../src/server/auth/pairing-guard'

describe('failure limiter: counting in advance', () => {
  it('release takes back the newest failure only', () => {
    let t = 0
    const lim = createFailureLimiter({ max: 2, windowMs: 60_000 }, () => t)
    lim.fail('k')
    t += 1000
    lim.fail('k')
    expect(lim.blockedFor('k')).toBe(59)
    lim.release('k')
    expect(lim.blockedFor('k')).toBe(0)
    lim.fail('k')
    expect(lim.blockedFor('k')).toBeGreaterThan(0)
    lim.release('nobody')
    expect(lim.blockedFor('nobody')).toBe(0)
  })
})

describe('pairing guard', () => {
  const options = { perAddressPerMinute: 10, addressCoolOffMs: 300_000, missesPerMinute: 3, pauseMs: 120_000 }

  it('the miss over the clinic-wide budget pauses every address, then pairing opens again', () => {
    let t = 0
    const guard = createPairingGuard(options, () => t)
    for (let i = 0; i < 3; i++) {
      expect(guard.admit(`a${i}`)).toBeNull()
      expect(guard.miss()).toBeNull()
    }
    expect(guard.admit('a3')).toBeNull()
    expect(guard.miss()).toMatchObject({ reason: 'paused', waitSeconds: 120 })
    t = 60_000
    expect(guard.admit('fresh')).toMatchObject({ reason: 'paused', waitSeconds: 60 })
    expect(guard.admit('fresh')?.message).toMatch(/paused.*wait 1 min.*new code/)
    t = 120_001
    expect(guard.admit('fresh')).toBeNull()
    // The budget starts over after a pause.
    expect(guard.miss()).toBeNull()
  })

  it('misses older than a minute no longer count', () => {
    let t = 0
    const guard = createPairingGuard(options, () => t)
    for (let i = 0; i < 3; i++) expect(guard.miss()).toBeNull()
    t = 60_001
    for (let i = 0; i < 3; i++) expect(guard.miss()).toBeNull()
    expect(guard.miss()).not.toBeNull()
  })

  it('keeps the per-address quota, and tries during a pause do not use it up', () => {
    let t = 0
    const guard = createPairingGuard({ ...options, missesPerMinute: 1 }, () => t)
    guard.miss()
    guard.miss()
    for (let i = 0; i < 20; i++) expect(guard.admit('a')?.reason).toBe('paused')
    t = 120_001
    for (let i = 0; i < 10; i++) expect(guard.admit('a')).toBeNull()
    expect(guard.admit('a')).toMatchObject({ reason: 'address', waitSeconds: 300 })
    expect(guard.admit('b')).toBeNull()
  })
})
