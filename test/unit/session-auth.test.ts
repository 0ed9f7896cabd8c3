import { describe, expect, it } from 'vitest'
import { createAttemptLimiter } from '../../src/server/auth/attempt-limiter'
import { createFailureLimiter } from '../../src/server/auth/failure-limiter'
import { checkPasswordStrength, hashPassword, verifyPassword } from '../../src/server/auth/password'
import { base32Decode, base32Encode, hotp, totp, verifyTotp } from '../../src/server/auth/totp'
import type { TotpAlgorithm } from '../../src/server/auth/totp'
import { clearedCookie, hashToken, loginCookie, readCookie } from '../../src/server/auth/tokens'

const FAST = { N: 1024, r: 8, p: 1 }

describe('TOTP (RFC 6238 appendix B) and HOTP (RFC 4226 appendix D)', () => {
  const secrets: Record<TotpAlgorithm, Buffer> = {
    sha1: Buffer.from('12345678901234567890'),
    sha256: Buffer.from('12345678901234567890123456789012'),
    sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
  }
  const vectors: [number, string, string, string][] = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ]
  it.each(vectors)('T=%i gives the RFC codes for SHA-1, SHA-256 and SHA-512', (t, sha1, sha256, sha512) => {
    expect(totp(secrets.sha1, t * 1000, { digits: 8, algorithm: 'sha1' })).toBe(sha1)
    expect(totp(secrets.sha256, t * 1000, { digits: 8, algorithm: 'sha256' })).toBe(sha256)
    expect(totp(secrets.sha512, t * 1000, { digits: 8, algorithm: 'sha512' })).toBe(sha512)
  })

  it('HOTP counters 0–9 give the RFC 4226 values', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ]
    expect(expected.map((_, i) => hotp(secrets.sha1, i))).toEqual(expected)
  })

  it('accepts the neighbouring step for clock drift, refuses further ones and replays', () => {
    const now = 1_700_000_000_000
    const code = totp(secrets.sha1, now - 30_000)
    const step = verifyTotp(secrets.sha1, code, now)
    expect(step).toBe(Math.floor(now / 30_000) - 1)
    expect(verifyTotp(secrets.sha1, totp(secrets.sha1, now - 90_000), now)).toBeNull()
    expect(verifyTotp(secrets.sha1, code, now, { afterStep: step })).toBeNull()
    expect(verifyTotp(secrets.sha1, 'abcdef', now)).toBeNull()
    expect(verifyTotp(secrets.sha1, '1234567', now)).toBeNull()
  })

  it('base32 round-trips and matches RFC 4648', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI')
    expect(base32Decode('MZXW6YTBOI======').toString()).toBe('foobar')
    expect(base32Decode('mzxw 6ytb oi').toString()).toBe('foobar')
    expect(() => base32Decode('MZ1W')).toThrow(/base32/)
  })
})

describe('passwords', () => {
  it('hashes with scrypt and a salt, verifies the right password only', async () => {
    const a = await hashPassword('a long passphrase', FAST)
    const b = await hashPassword('a long passphrase', FAST)
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]{43}$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword('a long passphrase', a)).toBe(true)
    expect(await verifyPassword('a long passphrasE', a)).toBe(false)
    expect(await verifyPassword('', a)).toBe(false)
  })

  it('the default cost is memory-hard (N ≥ 2^15)', async () => {
    const hash = await hashPassword('another passphrase')
    expect(Number(hash.split('$')[1])).toBeGreaterThanOrEqual(2 ** 15)
  })

  it('never matches (or throws on) a damaged stored hash', async () => {
    for (const stored of [
      '',
      'scrypt$',
      'bcrypt$1$2$3$4$5',
      'scrypt$99999999$8$1$AA$AA',
      'scrypt$1024$8$1$AA$short',
    ]) {
      expect(await verifyPassword('x', stored)).toBe(false)
    }
  })

  it('asks for at least 10 characters', () => {
    expect(checkPasswordStrength('short')).toMatch(/10/)
    expect(checkPasswordStrength('long enough pw')).toBeNull()
  })
})

describe('cookies and tokens', () => {
  it('writes an httpOnly SameSite=Strict cookie, Secure only on https', () => {
    expect(loginCookie('s', 'tok', 60, false)).toBe('s=tok; Path=/; HttpOnly; SameSite=Strict; Max-Age=60')
    expect(loginCookie('s', 'tok', 60, true)).toMatch(/; Secure$/)
    expect(clearedCookie('s', false)).toContain('Max-Age=0')
  })
  it('reads one cookie among many and ignores absurd values', () => {
    expect(readCookie('a=1; stillroom_session=abc; b=2', 'stillroom_session')).toBe('abc')
    expect(readCookie('a=1', 'stillroom_session')).toBeUndefined()
    expect(readCookie(undefined, 'x')).toBeUndefined()
    expect(readCookie(`x=${'a'.repeat(300)}`, 'x')).toBeUndefined()
  })
  it('hashes tokens (the database never holds a usable one)', () => {
    expect(hashToken('abc')).not.toContain('abc')
    expect(hashToken('abc')).toBe(hashToken('abc'))
  })
})

describe('limiters', () => {
  it('failure limiter: blocks after max failures until the oldest leaves the window', () => {
    let t = 0
    const lim = createFailureLimiter({ max: 3, windowMs: 60_000 }, () => t)
    for (let i = 0; i < 3; i++) {
      expect(lim.blockedFor('k')).toBe(0)
      lim.fail('k')
      t += 1000
    }
    expect(lim.blockedFor('k')).toBe(57)
    expect(lim.blockedFor('other')).toBe(0)
    t = 60_001
    expect(lim.blockedFor('k')).toBe(0)
    lim.fail('k')
    lim.reset('k')
    expect(lim.blockedFor('k')).toBe(0)
  })

  it('attempt limiter: 10 a minute, the 11th starts a cooling-off', () => {
    let t = 0
    const lim = createAttemptLimiter({ perMinute: 10, coolOffMs: 300_000 }, () => t)
    for (let i = 0; i < 10; i++) expect(lim.attempt('a')).toBe(0)
    expect(lim.attempt('a')).toBe(300)
    expect(lim.attempt('b')).toBe(0)
    t = 120_000 // past the minute, still cooling off
    expect(lim.attempt('a')).toBe(180)
    t = 300_001
    expect(lim.attempt('a')).toBe(0)
  })
})
