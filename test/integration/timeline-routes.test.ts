import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TimelineResponse } from '../../src/shared/record/timeline'
import { msg } from '../../src/shared/session/protocol'
import {
  TestSocket,
  addTherapist,
  login,
  makeTempDir,
  pair,
  startSessionServer,
  startTherapySession,
} from './session-helpers'
import type { SessionServer } from './session-helpers'
import { DAY, seedSessions } from './timeline-seed'

let tmp: ReturnType<typeof makeTempDir>
let server: SessionServer
beforeEach(async () => {
  tmp = makeTempDir('stillroom-timeline-')
  server = await startSessionServer(tmp.dir)
})
afterEach(async () => {
  await server.close()
  tmp.cleanup()
})

const DEVICE = 'x-stillroom-device'
const NOW = Date.now()

/** A therapist's client with three earlier sessions (one with held, pending and discarded words) and a live one. */
async function withHistory(name = 'anna') {
  const t = await startTherapySession(server, name)
  const who = { clientId: t.clientId, clientAlias: 'Robin', therapistId: t.session.therapistId }
  // Stored out of order on purpose: the timeline sorts by when each session started.
  await seedSessions(server.storage.sessions!, who, [
    { id: 'past-2', startedAt: NOW - 7 * DAY, artworks: [{ text: 'a still lake' }, { text: 'soft snow' }] },
    {
      id: 'past-1',
      startedAt: NOW - 14 * DAY,
      artworks: [
        { text: 'warm sand' },
        { held: true, text: 'a fight with a knife' },
        { pending: true, text: 'waiting for you' },
        { discarded: true, text: 'thrown away' },
      ],
    },
    { id: 'past-3', startedAt: NOW - 2 * DAY, artworks: [{ text: 'a meadow' }] },
  ])
  return t
}

const consoleGet = (cookie: string | undefined, clientId: string) =>
  server.app.inject({
    method: 'GET',
    url: `/api/clients/${clientId}/timeline`,
    headers: cookie ? { cookie } : {},
  })
const headsetGet = (token: string | undefined) =>
  server.app.inject({
    method: 'GET',
    url: '/api/session/timeline',
    headers: token === undefined ? {} : { [DEVICE]: token },
  })

describe('GET /api/clients/:id/timeline', () => {
  it('gives the own therapist the approved artworks of every session, oldest first, nothing held', async () => {
    const t = await withHistory()
    const res = await consoleGet(t.cookie, t.clientId)
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    const body = res.json<TimelineResponse>()
    expect(body.clientId).toBe(t.clientId)
    const sessions = body.timeline.sessions
    expect(sessions.map((s) => s.id)).toEqual(['past-1', 'past-2', 'past-3', t.session.id])
    expect(sessions.map((s) => s.artworks.map((a) => a.text))).toEqual([
      ['warm sand'],
      ['a still lake', 'soft snow'],
      ['a meadow'],
      [],
    ])
    expect(sessions.slice(0, 3).every((s) => s.endedAt !== null)).toBe(true)
    expect(sessions[3]!.endedAt).toBeNull()
    expect(sessions.every((s) => /^[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}/.test(s.label))).toBe(true)
    for (const word of ['knife', 'fight', 'violence', 'waiting for you', 'thrown away'])
      expect(res.body).not.toContain(word)
  })

  it('is 401 without a login and 404 for an unknown or another therapist’s client', async () => {
    const t = await withHistory()
    expect((await consoleGet(undefined, t.clientId)).statusCode).toBe(401)
    expect((await consoleGet(t.cookie, 'no-such-client')).statusCode).toBe(404)
    expect((await consoleGet(t.cookie, '../etc/passwd')).statusCode).toBe(404)
    await addTherapist(server.storage, 'bea')
    const other = await login(server, 'bea')
    const res = await consoleGet(other, t.clientId)
    expect(res.statusCode).toBe(404)
    expect(res.body).not.toContain('warm sand')
  })

  it('keeps one client’s record apart from another’s', async () => {
    const t = await withHistory()
    const second = await server.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: { cookie: t.cookie },
      payload: { alias: 'Sky' },
    })
    const skyId = second.json<{ client: { id: string } }>().client.id
    const body = (await consoleGet(t.cookie, skyId)).json<TimelineResponse>()
    expect(body.timeline.sessions).toEqual([])
  })
})

describe('GET /api/session/timeline', () => {
  it('gives a paired headset its own client’s timeline, and nothing once the session has ended', async () => {
    const t = await withHistory()
    const { deviceToken } = await pair(server, t.code)
    const res = await headsetGet(deviceToken)
    expect(res.statusCode).toBe(200)
    const body = res.json<TimelineResponse>()
    expect(body.clientId).toBe(t.clientId)
    expect(body.timeline.sessions.map((s) => s.id)).toEqual(['past-1', 'past-2', 'past-3', t.session.id])
    expect(res.body).not.toContain('knife')
    expect(res.body).not.toContain('reasons":["')

    const socket = new TestSocket(server, { cookie: t.cookie })
    await socket.open()
    socket.send(msg.hello('therapist', { sessionId: t.session.id }))
    await socket.next('welcome')
    socket.send(msg.command('end-1', { type: 'end' }))
    await socket.next('ack')
    socket.close()
    expect((await headsetGet(deviceToken)).statusCode).toBe(403)
  })

  it('is 401 without a device token and 403 for an unknown one', async () => {
    await withHistory()
    expect((await headsetGet(undefined)).statusCode).toBe(401)
    expect((await headsetGet('not-a-real-token')).statusCode).toBe(403)
    expect((await headsetGet('x'.repeat(400))).statusCode).toBe(403)
  })
})
