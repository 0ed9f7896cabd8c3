import { describe, expect, it } from 'vitest'
import { base32Decode, totp } from '../../src/server/auth/totp'
import { PASSWORD, addTherapist, createSessionFixture } from './session-helpers'

const env = createSessionFixture('stillroom-login-race-')

const tryLogin = (name: string, password: string, remoteAddress: string, extra: object = {}) =>
  env.server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { name, password, ...extra },
    remoteAddress,
  })

/** How many answers of each kind a burst got: `bad_login` means the password hash ran for that request. */
function tally(bodies: { error?: string }[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const b of bodies) counts[b.error ?? 'ok'] = (counts[b.error ?? 'ok'] ?? 0) + 1
  return counts
}

const loginFailures = () =>
  env.server.storage.audit!.list({ action: 'login-failed', limit: 100 }).entries.map((e) => e.detail)

describe('sign-in limits hold under a concurrent burst', () => {
  it('30 wrong passwords at once for one account: at most 5 reach the hash, then even the right one waits', async () => {
    await addTherapist(env.server.storage, 'anna')
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => tryLogin('anna', `wrong password ${i}`, `10.3.0.${i}`)),
    )
    const counts = tally(burst.map((r) => r.json<{ error?: string }>()))
    expect(counts.bad_login ?? 0).toBeLessThanOrEqual(5)
    expect(counts.rate_limited).toBe(30 - (counts.bad_login ?? 0))
    const locked = await tryLogin('anna', PASSWORD, '10.3.1.1')
    expect(locked.statusCode).toBe(429)
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('30 wrong logins at once from one address: at most 20 reach the hash', async () => {
    await addTherapist(env.server.storage, 'anna')
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => tryLogin(`guess${i}`, 'wrong password', '10.4.4.4')),
    )
    const counts = tally(burst.map((r) => r.json<{ error?: string }>()))
    expect(counts.bad_login ?? 0).toBeLessThanOrEqual(20)
    expect((await tryLogin('anna', PASSWORD, '10.4.4.4')).statusCode).toBe(429)
    expect((await tryLogin('anna', PASSWORD, '10.4.4.5')).statusCode).toBe(200)
  })

  it('a right sign-in frees its slot: successful logins never lock an address or an account', async () => {
    await addTherapist(env.server.storage, 'anna')
    for (let i = 0; i < 25; i++) expect((await tryLogin('anna', PASSWORD, '10.5.5.5')).statusCode).toBe(200)
  })
})

describe('a TOTP code works once, even for concurrent requests', () => {
  it('four sign-ins at once with the same valid code: exactly one gets in', async () => {
    const { totpSecret } = await addTherapist(env.server.storage, 'tess', true)
    const code = totp(base32Decode(totpSecret!), Date.now())
    const burst = await Promise.all(
      Array.from({ length: 4 }, (_, i) => tryLogin('tess', PASSWORD, `10.6.0.${i}`, { totp: code })),
    )
    expect(burst.map((r) => r.statusCode).sort()).toEqual([200, 401, 401, 401])
    // An earlier step is refused too, not only the same one.
    const earlier = totp(base32Decode(totpSecret!), Date.now() - 30_000)
    expect((await tryLogin('tess', PASSWORD, '10.6.1.1', { totp: earlier })).statusCode).toBe(401)
  })
})

describe('a right password without the right code is a failed sign-in', () => {
  it('a missing or wrong code is audited and counted, so five of them lock the account', async () => {
    const { totpSecret, user } = await addTherapist(env.server.storage, 'tess', true)
    const missing = await tryLogin('tess', PASSWORD, '10.7.0.1')
    expect(missing.json()).toMatchObject({ error: 'totp_required' })
    const wrong = await tryLogin('tess', PASSWORD, '10.7.0.2', { totp: '000000' })
    expect(wrong.statusCode).toBe(401)
    expect(loginFailures()).toEqual(expect.arrayContaining(['totp missing', 'totp wrong']))
    const rows = env.server.storage.audit!.list({ action: 'login-failed' }).entries
    expect(rows.every((e) => e.actor === user.id)).toBe(true)
    for (let i = 0; i < 3; i++) await tryLogin('tess', PASSWORD, `10.7.1.${i}`)
    const code = totp(base32Decode(totpSecret!), Date.now())
    const locked = await tryLogin('tess', PASSWORD, '10.7.2.1', { totp: code })
    expect(locked.statusCode).toBe(429)
  })

  it('the code that finally works clears the count (the normal two-step sign-in never locks anyone)', async () => {
    const { totpSecret } = await addTherapist(env.server.storage, 'tess', true)
    const secret = base32Decode(totpSecret!)
    const t0 = Date.now()
    for (let i = 0; i < 3; i++) {
      // Each round needs a fresh step, so the clock moves on by one step per round.
      env.server.clock.ms = t0 + i * 30_000
      expect((await tryLogin('tess', PASSWORD, '10.8.0.1')).statusCode).toBe(401)
      const code = totp(secret, env.server.clock.ms)
      expect((await tryLogin('tess', PASSWORD, '10.8.0.1', { totp: code })).statusCode).toBe(200)
    }
  })
})
