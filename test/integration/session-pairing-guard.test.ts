import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createPairingCode } from '../../src/shared/session/pairing'
import { msg } from '../../src/shared/session/protocol'
import { createSessionFixture, pair, seedTherapySession } from './session-helpers'

/** Codes the server will hand out next (a test fills it); random ones once it is empty. */
const nextCodes: string[] = []
const env = createSessionFixture('stillroom-pairing-guard-', () => ({
  session: { pairingCode: () => nextCodes.shift() ?? createPairingCode((n) => crypto.randomInt(n)) },
}))

const tryPair = (code: string, remoteAddress: string) =>
  env.server.app.inject({ method: 'POST', url: '/api/pair', payload: { code }, remoteAddress })

const newCode = async (cookie: string, sessionId: string) => {
  const res = await env.server.app.inject({
    method: 'POST',
    url: `/api/sessions/${sessionId}/pairing-code`,
    headers: { cookie },
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<{ pairingCode: { code: string } }>().pairingCode.code
}

describe('a clinic-wide budget of wrong pairing codes', () => {
  it('more than 30 misses a minute, from any addresses, void every open code and pause pairing', async () => {
    nextCodes.length = 0
    const anna = await seedTherapySession(env.server, 'anna')
    const ben = await seedTherapySession(env.server, 'ben')
    const consoleOf = async (t: typeof anna) => {
      const c = await env.socket({ cookie: t.cookie })
      c.send(msg.hello('therapist', { sessionId: t.session.id }))
      await c.next('welcome')
      return c
    }
    const annaConsole = await consoleOf(anna)
    const benConsole = await consoleOf(ben)
    // Each guesser stays well inside its own quota of 10 a minute.
    for (let i = 0; i < 30; i++) expect((await tryPair('WWWWWW', `10.2.0.${i}`)).statusCode).toBe(404)
    const last = await tryPair('WWWWWW', '10.2.1.1')
    expect(last.statusCode).toBe(429)
    const paused = await tryPair(anna.code, '10.2.1.2')
    expect(paused.statusCode).toBe(429)
    expect(paused.json().message).toMatch(/paused.*new code/i)
    expect(Number(paused.headers['retry-after'])).toBeGreaterThan(0)
    // Both consoles are told at once, so neither goes on showing a code that no longer works.
    for (const c of [annaConsole, benConsole]) {
      const voided = await c.next('pairing-voided')
      expect(voided.until).toBeGreaterThan(Date.now() + 60_000)
      expect(voided.until).toBeLessThanOrEqual(Date.now() + 2 * 60_000 + 1000)
    }
    // The console can still ask for a new code at once; it works when the pause is over.
    const fresh = await newCode(anna.cookie, anna.session.id)
    env.server.clock.ms = Date.now() + 3 * 60_000
    // The codes given out before were voided, though they had not expired yet.
    expect((await tryPair(anna.code, '10.2.2.1')).statusCode).toBe(404)
    expect((await tryPair(ben.code, '10.2.2.2')).statusCode).toBe(404)
    expect((await tryPair(fresh, '10.2.2.3')).statusCode).toBe(200)
  })

  it('a person mistyping now and then never gets near it', async () => {
    nextCodes.length = 0
    const anna = await seedTherapySession(env.server, 'anna')
    for (let minute = 0; minute < 5; minute++) {
      env.server.clock.ms = Date.now() + minute * 61_000
      for (let i = 0; i < 20; i++) await tryPair('WWWWWW', `10.3.${minute}.${i}`)
    }
    expect((await tryPair(anna.code, '10.3.9.9')).statusCode).toBe(200)
  })
})

describe('pairing code collisions', () => {
  it("a new code equal to another session's live code is drawn again instead of replacing it", async () => {
    nextCodes.splice(0, nextCodes.length, 'AAAAAA', 'AAAAAA', 'CCCCCC')
    const anna = await seedTherapySession(env.server, 'anna')
    const ben = await seedTherapySession(env.server, 'ben')
    expect(anna.code).toBe('AAAAAA')
    expect(ben.code).toBe('CCCCCC')
    expect((await pair(env.server, 'AAAAAA')).sessionId).toBe(anna.session.id)
    expect((await pair(env.server, 'CCCCCC')).sessionId).toBe(ben.session.id)
  })

  it('a used code or one of the same session may come round again', async () => {
    nextCodes.splice(0, nextCodes.length, 'AAAAAA', 'AAAAAA', 'AAAAAA')
    const anna = await seedTherapySession(env.server, 'anna')
    expect(await newCode(anna.cookie, anna.session.id)).toBe('AAAAAA')
    await pair(env.server, 'AAAAAA')
    const ben = await seedTherapySession(env.server, 'ben')
    expect(ben.code).toBe('AAAAAA')
    expect((await pair(env.server, 'AAAAAA')).sessionId).toBe(ben.session.id)
  })

  it('gives up with 503 rather than loop when every draw collides', async () => {
    nextCodes.splice(0, nextCodes.length, 'AAAAAA', ...Array<string>(20).fill('AAAAAA'))
    const anna = await seedTherapySession(env.server, 'anna')
    expect(anna.code).toBe('AAAAAA')
    const res = await env.server.app.inject({
      method: 'POST',
      url: `/api/sessions/${anna.session.id}/pairing-code`,
      headers: { cookie: anna.cookie },
    })
    // Its own live code does not count as a collision: replacing it is what a new code means.
    expect(res.statusCode).toBe(200)
    const ben = await seedTherapySession(env.server, 'ben').catch((err: Error) => err)
    expect(String(ben)).toMatch(/503/)
    expect((await pair(env.server, 'AAAAAA')).sessionId).toBe(anna.session.id)
  })
})
