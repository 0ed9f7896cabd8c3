import type { InjectOptions } from 'fastify'
import { describe, expect, it } from 'vitest'
import { base32Decode, totp } from '../../src/server/auth/totp'
import { hashToken } from '../../src/server/auth/tokens'
import {
  PASSWORD,
  addTherapist,
  seedTherapist,
  seedTherapySession,
  createSessionFixture,
} from './session-helpers'

const env = createSessionFixture('stillroom-auth-')

const post = (
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
  remoteAddress?: string,
) => {
  const options: InjectOptions = { method: 'POST', url, headers }
  if (payload !== undefined) options.payload = payload as InjectOptions['payload']
  if (remoteAddress) options.remoteAddress = remoteAddress
  return env.server.app.inject(options)
}
const tryLogin = (name: string, password: string, remoteAddress = '10.0.0.1', extra: object = {}) =>
  post('/api/auth/login', { name, password, ...extra }, {}, remoteAddress)

describe('login', () => {
  it('sets an httpOnly SameSite=Strict cookie; me and logout work', async () => {
    await addTherapist(env.server.storage, 'anna')
    const res = await tryLogin('anna', PASSWORD)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ user: { name: 'anna', role: 'therapist' } })
    const cookie = String(res.headers['set-cookie'])
    expect(cookie).toMatch(/^stillroom_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/)
    const jar = cookie.split(';')[0]!
    expect(
      (await env.server.app.inject({ url: '/api/auth/me', headers: { cookie: jar } })).json(),
    ).toMatchObject({ user: { name: 'anna' } })
    expect((await post('/api/auth/logout', undefined, { cookie: jar })).statusCode).toBe(200)
    const after = await env.server.app.inject({ url: '/api/auth/me', headers: { cookie: jar } })
    expect(after.statusCode).toBe(401)
    expect(after.json()).toMatchObject({ error: 'login_required' })
  })

  it('refuses a wrong password or unknown name with the same answer', async () => {
    await addTherapist(env.server.storage, 'anna')
    const wrong = await tryLogin('anna', 'not the password')
    const unknown = await tryLogin('nobody', 'not the password')
    expect(wrong.statusCode).toBe(401)
    expect(unknown.json()).toEqual(wrong.json())
    expect(wrong.headers['set-cookie']).toBeUndefined()
  })

  it('rate-limits failures per account (from any address)', async () => {
    await addTherapist(env.server.storage, 'anna')
    for (let i = 0; i < 5; i++)
      expect((await tryLogin('anna', 'wrong password', `10.0.1.${i}`)).statusCode).toBe(401)
    const locked = await tryLogin('anna', PASSWORD, '10.0.2.1')
    expect(locked.statusCode).toBe(429)
    expect(locked.json().message).toMatch(/wait/)
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('rate-limits failures per address (across accounts)', async () => {
    await addTherapist(env.server.storage, 'anna')
    for (let i = 0; i < 20; i++) await tryLogin(`guess${i}`, 'wrong password', '10.9.9.9')
    expect((await tryLogin('anna', PASSWORD, '10.9.9.9')).statusCode).toBe(429)
    expect((await tryLogin('anna', PASSWORD, '10.9.9.8')).statusCode).toBe(200)
  })

  it('TOTP: asks for the code, accepts the right one once, refuses a replay', async () => {
    const { totpSecret } = await addTherapist(env.server.storage, 'tess', true)
    const first = await tryLogin('tess', PASSWORD)
    expect(first.statusCode).toBe(401)
    expect(first.json()).toMatchObject({ error: 'totp_required' })
    const code = totp(base32Decode(totpSecret!), Date.now())
    expect(
      (await tryLogin('tess', PASSWORD, '10.0.0.1', { totp: '000000' === code ? '111111' : '000000' }))
        .statusCode,
    ).toBe(401)
    expect((await tryLogin('tess', PASSWORD, '10.0.0.1', { totp: code })).statusCode).toBe(200)
    expect((await tryLogin('tess', PASSWORD, '10.0.0.1', { totp: code })).statusCode).toBe(401)
  })

  it('bad bodies get 400, not a crash', async () => {
    for (const payload of [
      {},
      { name: 'a' },
      { name: '', password: 'x' },
      { name: 'a', password: 'b', totp: 'abc' },
      { name: 'a', password: 'b', x: 1 },
    ]) {
      const res = await post('/api/auth/login', payload)
      expect(res.statusCode).toBe(400)
      expect(res.json()).toMatchObject({ error: 'invalid_body' })
    }
  })
})

describe('routes need a login; sessions belong to their therapist', () => {
  it('answers 401 without a login on every session route, and solo /api/artworks still works', async () => {
    for (const [method, url] of [
      ['GET', '/api/clients'],
      ['POST', '/api/clients'],
      ['GET', '/api/sessions?active=1'],
      ['POST', '/api/sessions'],
      ['GET', '/api/sessions/abc'],
      ['POST', '/api/sessions/abc/pairing-code'],
    ] as const) {
      const res = await env.server.app.inject({ method, url, ...(method === 'POST' ? { payload: {} } : {}) })
      expect(res.statusCode, `${method} ${url}`).toBe(401)
    }
    const solo = await post('/api/artworks', { text: 'a quiet beach' })
    expect(solo.statusCode).toBe(201)
  })

  it("another therapist can neither see nor steer nor re-code someone else's session", async () => {
    const a = await seedTherapySession(env.server, 'anna')
    const ben = await seedTherapist(env.server, 'ben')
    expect(
      (await env.server.app.inject({ url: `/api/sessions/${a.session.id}`, headers: { cookie: ben } }))
        .statusCode,
    ).toBe(404)
    expect(
      (await post(`/api/sessions/${a.session.id}/pairing-code`, undefined, { cookie: ben })).statusCode,
    ).toBe(404)
    expect((await post('/api/sessions', { clientId: a.clientId }, { cookie: ben })).statusCode).toBe(404)
    expect((await env.server.app.inject({ url: '/api/clients', headers: { cookie: ben } })).json()).toEqual({
      clients: [],
    })
    const mine = await env.server.app.inject({ url: '/api/sessions?active=1', headers: { cookie: a.cookie } })
    expect(mine.json()).toMatchObject({
      sessions: [{ id: a.session.id, phase: 'waiting', headsetPaired: false }],
    })
  })

  it('client aliases are checked', async () => {
    const cookie = await seedTherapist(env.server, 'anna')
    for (const alias of ['', '   ', 'x'.repeat(61), 'tab\there']) {
      const res = await post('/api/clients', { alias }, { cookie })
      expect(res.statusCode, JSON.stringify(alias)).toBe(400)
    }
    const ok = await post('/api/clients', { alias: '  River  ', sudsScale: 100 }, { cookie })
    expect(ok.statusCode).toBe(201)
    expect(ok.json()).toMatchObject({ client: { alias: 'River', sudsScale: 100, hasSafePlace: false } })
  })
})

describe('pairing limits', () => {
  it('10 tries a minute per address, then a cooling-off even for the right code', async () => {
    const t = await seedTherapySession(env.server, 'anna')
    for (let i = 0; i < 10; i++) {
      const res = await post('/api/pair', { code: 'WWWWWW' }, {}, '10.1.1.1')
      expect(res.statusCode).toBe(404)
    }
    const blocked = await post('/api/pair', { code: t.code }, {}, '10.1.1.1')
    expect(blocked.statusCode).toBe(429)
    expect(blocked.json().message).toMatch(/wait/i)
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThanOrEqual(60)
    // Another device is not affected, and the code was not used up by the refused try.
    expect((await post('/api/pair', { code: t.code }, {}, '10.1.1.2')).statusCode).toBe(200)
  })

  it('malformed pair bodies are 400; forget revokes a device token', async () => {
    expect((await post('/api/pair', { code: 5 })).statusCode).toBe(400)
    expect((await post('/api/pair', { code: 'x'.repeat(40) })).statusCode).toBe(400)
    const t = await seedTherapySession(env.server, 'anna')
    const paired = (await post('/api/pair', { code: t.code })).json<{ deviceToken: string }>()
    expect(
      (await post('/api/device/forget', undefined, { 'x-stillroom-device': paired.deviceToken })).statusCode,
    ).toBe(200)
    expect(await env.server.storage.sessions!.getDeviceSession(hashToken(paired.deviceToken))).toBeUndefined()
    const list = await env.server.app.inject({ url: '/api/sessions?active=1', headers: { cookie: t.cookie } })
    expect(list.json()).toMatchObject({ sessions: [{ phase: 'active', headsetPaired: true }] })
  })
})
