import { describe, expect, it } from 'vitest'
import { hashToken } from '../../src/server/auth/tokens'
import { LOGIN_TTL_MS } from '../../src/server/auth/accounts'
import { msg } from '../../src/shared/session/protocol'
import { createSessionFixture, login } from './session-helpers'
import type { TestSocket } from './session-helpers'

const env = createSessionFixture('stillroom-socket-revoke-')

const post = (url: string, headers: Record<string, string>) =>
  env.server.app.inject({ method: 'POST', url, headers })

/** True when the socket still answers (a closed one cannot). */
async function answers(s: TestSocket): Promise<boolean> {
  if (s.closed) return false
  s.send(msg.ping())
  return s
    .next('pong', () => true, 1000)
    .then(
      () => true,
      () => false,
    )
}

async function expectShut(s: TestSocket) {
  const closed = await s.waitClosed()
  expect(closed.code).toBe(1008)
  // An error without an id tells the client not to reconnect with the same credentials.
  expect(s.messages.some((m) => m.type === 'error' && m.code === 'forbidden' && m.id === undefined)).toBe(
    true,
  )
}

describe('signing out closes the sockets of that login', () => {
  it("logout closes this login's console sockets, not another login's nor the headset", async () => {
    const l = await env.live('anna')
    const second = await env.socket({ cookie: l.cookie })
    second.send(msg.hello('therapist', { sessionId: l.sessionId }))
    await second.next('welcome')
    const otherLogin = await login(env.server, 'anna')
    const elsewhere = await env.socket({ cookie: otherLogin })
    elsewhere.send(msg.hello('therapist', { sessionId: l.sessionId }))
    await elsewhere.next('welcome')

    expect((await post('/api/auth/logout', { cookie: l.cookie })).statusCode).toBe(200)
    await expectShut(l.consoleWs)
    await expectShut(second)
    expect(await answers(elsewhere)).toBe(true)
    expect(await answers(l.headset)).toBe(true)
  })

  it('an expired login cannot steer: the command is refused and the socket closed', async () => {
    const l = await env.live('anna')
    env.server.clock.ms = Date.now() + LOGIN_TTL_MS + 60_000
    l.consoleWs.send(msg.command('c1', { type: 'set-brightness', value: 0.3 }))
    await expectShut(l.consoleWs)
    expect(l.consoleWs.messages.some((m) => m.type === 'ack')).toBe(false)
    expect(await answers(l.headset)).toBe(true)
    expect(l.headset.messages.some((m) => m.type === 'applied')).toBe(false)
  })

  it('an expired login gets no fresh state from a resync hello', async () => {
    const l = await env.live('anna')
    env.server.clock.ms = Date.now() + LOGIN_TTL_MS + 60_000
    l.consoleWs.send(msg.hello('therapist', { sessionId: l.sessionId }))
    await expectShut(l.consoleWs)
    expect(l.consoleWs.messages.filter((m) => m.type === 'welcome')).toHaveLength(1)
  })

  it('a periodic check closes idle sockets whose login expired or whose headset token was revoked', async () => {
    await env.restart({ session: { authRecheckMs: 100 } })
    const a = await env.live('anna')
    const b = await env.live('ben')
    await env.server.storage.sessions!.revokeDeviceToken(hashToken(b.deviceToken), Date.now())
    await expectShut(b.headset)
    expect(await answers(a.consoleWs)).toBe(true)
    env.server.clock.ms = Date.now() + LOGIN_TTL_MS + 60_000
    await expectShut(a.consoleWs)
  })
})

describe('forgetting a headset closes its socket', () => {
  it("forget closes that headset's socket at once; another session's headset stays", async () => {
    const a = await env.live('anna')
    const b = await env.live('ben')
    const res = await post('/api/device/forget', { 'x-stillroom-device': a.deviceToken })
    expect(res.statusCode).toBe(200)
    await expectShut(a.headset)
    await a.consoleWs.next('presence', (m) => !m.headset)
    expect(await answers(b.headset)).toBe(true)
    expect(await answers(a.consoleWs)).toBe(true)
  })
})
