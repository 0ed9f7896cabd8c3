import { describe, expect, it } from 'vitest'
import type { TimelineResponse } from '../../src/shared/record/timeline'
import { msg } from '../../src/shared/session/protocol'
import { pair, postClient, seedTherapist, seedTherapySession, createSessionFixture } from './session-helpers'
import { DAY, seedSessions } from './timeline-seed'

const env = createSessionFixture('stillroom-timeline-')

const DEVICE = 'x-stillroom-device'
const NOW = Date.now()

/** A therapist's client with three earlier sessions (one with held, pending and discarded words) and a live one. */
async function withHistory(name = 'anna') {
  const t = await seedTherapySession(env.server, name)
  const who = { clientId: t.clientId, clientAlias: 'Robin', therapistId: t.session.therapistId }
  // Stored out of order on purpose: the timeline sorts by when each session started.
  await seedSessions(env.server.storage.sessions!, who, [
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
  env.server.app.inject({
    method: 'GET',
    url: `/api/clients/${clientId}/timeline`,
    headers: cookie ? { cookie } : {},
  })
const headsetGet = (token: string | undefined) =>
  env.server.app.inject({
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
    const other = await seedTherapist(env.server, 'bea')
    const res = await consoleGet(other, t.clientId)
    expect(res.statusCode).toBe(404)
    expect(res.body).not.toContain('warm sand')
  })

  it('keeps one client’s record apart from another’s', async () => {
    const t = await withHistory()
    const skyId = await postClient(env.server, t.cookie, 'Sky')
    const body = (await consoleGet(t.cookie, skyId)).json<TimelineResponse>()
    expect(body.timeline.sessions).toEqual([])
  })
})

describe('GET /api/session/timeline', () => {
  it('gives a paired headset its own client’s timeline, and nothing once the session has ended', async () => {
    const t = await withHistory()
    const { deviceToken } = await pair(env.server, t.code)
    const res = await headsetGet(deviceToken)
    expect(res.statusCode).toBe(200)
    const body = res.json<TimelineResponse>()
    expect(body.clientId).toBe(t.clientId)
    expect(body.timeline.sessions.map((s) => s.id)).toEqual(['past-1', 'past-2', 'past-3', t.session.id])
    expect(res.body).not.toContain('knife')
    expect(res.body).not.toContain('reasons":["')

    const socket = await env.socket({ cookie: t.cookie })
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
