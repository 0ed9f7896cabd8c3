import { describe, expect, it } from 'vitest'
import { DEFAULT_COMFORT } from '../../src/shared/comfort'
import type { ClientDetail, DevicePrefsResponse } from '../../src/shared/prefs/schema'
import { msg } from '../../src/shared/session/protocol'
import {
  TestSocket,
  login,
  pair,
  postSession,
  seedTherapist,
  seedTherapySession,
  createSessionFixture,
} from './session-helpers'

const env = createSessionFixture('stillroom-prefs-')

const DEVICE = 'x-stillroom-device'
const seatedComfort = { ...DEFAULT_COMFORT, posture: 'seated' as const, brightness: 0.8 }
const volumes = { master: 0.5, muted: false, layers: { waves: 0.3 } }

async function paired(name = 'anna') {
  const t = await seedTherapySession(env.server, name)
  const p = await pair(env.server, t.code)
  return { ...t, token: p.deviceToken }
}
const put = (token: string | undefined, payload: unknown) =>
  env.server.app.inject({
    method: 'PUT',
    url: '/api/device/prefs',
    headers: token ? { [DEVICE]: token } : {},
    payload: payload as object,
  })
const get = (token: string) =>
  env.server.app.inject({ method: 'GET', url: '/api/device/prefs', headers: { [DEVICE]: token } })

/** The therapist ends the session over the socket, as the console does. */
async function endSession(s: { cookie: string; session: { id: string } }) {
  const t = new TestSocket(env.server, { cookie: s.cookie })
  await t.open()
  t.send(msg.hello('therapist', { sessionId: s.session.id }))
  await t.next('welcome')
  t.send(msg.command('end-1', { type: 'end' }))
  await t.next('ack')
  t.close()
}

describe('prefs with the client record', () => {
  it('the headset stores comfort, then volumes; each PUT keeps the other field', async () => {
    const s = await paired()
    expect((await get(s.token)).json<DevicePrefsResponse>()).toEqual({ prefs: {}, sudsScale: 10 })
    expect((await put(s.token, { comfort: seatedComfort })).statusCode).toBe(200)
    const second = await put(s.token, { volumes })
    expect(second.statusCode).toBe(200)
    expect(second.json<DevicePrefsResponse>().prefs).toEqual({ comfort: seatedComfort, volumes })
    const third = await put(s.token, { comfort: { ...seatedComfort, locomotion: 'smooth' } })
    expect(third.json<DevicePrefsResponse>().prefs.volumes).toEqual(volumes)
    const read = (await get(s.token)).json<DevicePrefsResponse>()
    expect(read.prefs.comfort?.locomotion).toBe('smooth')
    expect(read.prefs.volumes).toEqual(volumes)
  })

  it('refuses bad bodies with 400 and a clear message, changing nothing', async () => {
    const s = await paired()
    await put(s.token, { comfort: seatedComfort })
    const bad: unknown[] = [
      {},
      { comfort: { ...seatedComfort, brightness: 9 } },
      { comfort: { ...seatedComfort, extra: 1 } },
      { comfort: { posture: 'seated' } },
      { volumes: { ...volumes, master: -1 } },
      { volumes: { ...volumes, layers: { 'Not A Layer': 1 } } },
      { volumes, other: true },
      [1, 2],
      { comfort: 'seated' },
      { volumes: null },
    ]
    for (const body of bad) {
      const res = await put(s.token, body)
      expect(res.statusCode, JSON.stringify(body)).toBe(400)
      expect(res.json<{ error: string; message: string }>().message.length).toBeGreaterThan(5)
    }
    const notJson = await env.server.app.inject({
      method: 'PUT',
      url: '/api/device/prefs',
      headers: { [DEVICE]: s.token, 'content-type': 'application/json' },
      payload: '{"comfort":',
    })
    expect(notJson.statusCode).toBe(400)
    expect((await get(s.token)).json<DevicePrefsResponse>().prefs).toEqual({ comfort: seatedComfort })
  })

  it('caps the size: a body over 8 KB is refused with 413', async () => {
    const s = await paired()
    const res = await put(s.token, { comfort: seatedComfort, pad: 'x'.repeat(9000) })
    expect(res.statusCode).toBe(413)
    expect(res.json<{ error: string }>().error).toBe('prefs_too_large')
    expect((await get(s.token)).json<DevicePrefsResponse>().prefs).toEqual({})
  })

  it('needs a live device token: none → 401, unknown → 403; after the end reads → 403, a last save still lands', async () => {
    const s = await paired()
    expect((await put(undefined, { volumes })).statusCode).toBe(401)
    expect((await get('not-a-token')).statusCode).toBe(403)
    await endSession(s)
    expect((await get(s.token)).statusCode).toBe(403)
    // The headset flushes a change made just before the end; it reaches the record (PREFS_SAVE_GRACE_MS).
    expect((await put(s.token, { comfort: seatedComfort })).statusCode).toBe(200)
    const saved = await env.server.app.inject({
      method: 'GET',
      url: `/api/clients/${s.clientId}`,
      headers: { cookie: s.cookie },
    })
    expect(saved.json<{ client: ClientDetail }>().client.prefs.comfort).toEqual(seatedComfort)
  })

  it('a headset that was forgotten before the end gets no grace after it', async () => {
    const s = await paired()
    const forget = await env.server.app.inject({
      method: 'POST',
      url: '/api/device/forget',
      headers: { [DEVICE]: s.token },
    })
    expect(forget.statusCode).toBe(200)
    expect((await put(s.token, { volumes })).statusCode).toBe(403)
    await endSession(s)
    expect((await put(s.token, { volumes })).statusCode).toBe(403)
  })

  it('volumes from the headset become the session sound; the next session starts with them', async () => {
    const s = await paired()
    const t = new TestSocket(env.server, { cookie: s.cookie })
    await t.open()
    t.send(msg.hello('therapist', { sessionId: s.session.id }))
    await t.next('welcome')
    await put(s.token, { volumes })
    const applied = await t.next('applied', (m) => m.command.type === 'set-sound')
    expect(applied.command).toMatchObject({ type: 'set-sound', master: 0.5 })
    // The same volumes again change nothing in the session (no echo loop with the headset).
    const before = t.messages.length
    await put(s.token, { volumes })
    await new Promise((r) => setTimeout(r, 100))
    expect(t.messages.slice(before).filter((m) => m.type === 'applied')).toHaveLength(0)
    t.close()
    const next = await postSession(env.server, s.cookie, s.clientId)
    expect(next.session.sound).toEqual(volumes)
  })

  it('the console reads prefs and changes the scale; the running session follows; others get 404', async () => {
    const s = await paired()
    await put(s.token, { comfort: seatedComfort })
    const read = await env.server.app.inject({
      url: `/api/clients/${s.clientId}`,
      headers: { cookie: s.cookie },
    })
    expect(read.json<{ client: ClientDetail }>().client).toMatchObject({
      id: s.clientId,
      sudsScale: 10,
      prefs: { comfort: seatedComfort },
    })
    const list = await env.server.app.inject({ url: '/api/clients', headers: { cookie: s.cookie } })
    expect(list.json<{ clients: ClientDetail[] }>().clients[0]?.prefs.comfort?.posture).toBe('seated')

    const t = new TestSocket(env.server, { cookie: s.cookie })
    await t.open()
    t.send(msg.hello('therapist', { sessionId: s.session.id }))
    await t.next('welcome')
    const patch = await env.server.app.inject({
      method: 'PATCH',
      url: `/api/clients/${s.clientId}`,
      headers: { cookie: s.cookie },
      payload: { sudsScale: 100 },
    })
    expect(patch.statusCode).toBe(200)
    expect(patch.json<{ client: ClientDetail }>().client.sudsScale).toBe(100)
    const applied = await t.next('applied', (m) => m.command.type === 'set-suds-scale')
    expect(applied.command).toEqual({ type: 'set-suds-scale', scale: 100 })
    const session = await env.server.app.inject({
      url: `/api/sessions/${s.session.id}`,
      headers: { cookie: s.cookie },
    })
    expect(session.json<{ session: { suds: { scale: number } } }>().session.suds.scale).toBe(100)
    expect((await get(s.token)).json<DevicePrefsResponse>().sudsScale).toBe(100)
    t.close()

    for (const payload of [{}, { sudsScale: 50 }, { alias: '' }, { alias: 'x', extra: 1 }]) {
      const res = await env.server.app.inject({
        method: 'PATCH',
        url: `/api/clients/${s.clientId}`,
        headers: { cookie: s.cookie },
        payload,
      })
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
    }

    const ben = await seedTherapist(env.server, 'ben')
    for (const method of ['GET', 'PATCH'] as const) {
      const res = await env.server.app.inject({
        method,
        url: `/api/clients/${s.clientId}`,
        headers: { cookie: ben },
        ...(method === 'PATCH' ? { payload: { sudsScale: 10 } } : {}),
      })
      expect(res.statusCode).toBe(404)
    }
    const noLogin = await env.server.app.inject({ url: `/api/clients/${s.clientId}` })
    expect(noLogin.statusCode).toBe(401)
    const after = await env.server.app.inject({
      url: `/api/clients/${s.clientId}`,
      headers: { cookie: s.cookie },
    })
    expect(after.json<{ client: ClientDetail }>().client.sudsScale).toBe(100)
  })

  it('the console sets the client language: the running session and its headset follow, the next one starts in it', async () => {
    const s = await paired()
    const headset = new TestSocket(env.server)
    await headset.open()
    headset.send(msg.hello('headset', { deviceToken: s.token }))
    await headset.next('welcome')
    const patch = await env.server.app.inject({
      method: 'PATCH',
      url: `/api/clients/${s.clientId}`,
      headers: { cookie: s.cookie },
      payload: { language: 'es' },
    })
    expect(patch.statusCode).toBe(200)
    expect(patch.json<{ client: ClientDetail }>().client.prefs.language).toBe('es')
    const seen = await headset.next('applied', (m) => m.command.type === 'set-language')
    expect(seen.command).toEqual({ type: 'set-language', language: 'es' })
    expect((await get(s.token)).json<DevicePrefsResponse>().prefs.language).toBe('es')
    // A headset may not change the language over its socket.
    headset.send(msg.command('lang-1', { type: 'set-language', language: 'de' }))
    const refused = await headset.next('error', (m) => 'id' in m && m.id === 'lang-1')
    expect(refused).toMatchObject({ code: 'forbidden' })
    headset.close()

    await endSession(s)
    const next = await postSession(env.server, s.cookie, s.clientId)
    expect(next.session.language).toBe('es')
    // Comfort saved later keeps the language.
    const p2 = await pair(env.server, next.code)
    await put(p2.deviceToken, { comfort: seatedComfort })
    expect((await get(p2.deviceToken)).json<DevicePrefsResponse>().prefs.language).toBe('es')

    for (const payload of [
      { language: 'it' },
      { language: 'ES' },
      { language: ['es'] },
      { language: null },
    ]) {
      const res = await env.server.app.inject({
        method: 'PATCH',
        url: `/api/clients/${s.clientId}`,
        headers: { cookie: s.cookie },
        payload,
      })
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
    }
    // The headset cannot set it through its prefs either.
    expect((await put(p2.deviceToken, { language: 'de' })).statusCode).toBe(400)
    const ben = await seedTherapist(env.server, 'ben')
    const other = await env.server.app.inject({
      method: 'PATCH',
      url: `/api/clients/${s.clientId}`,
      headers: { cookie: ben },
      payload: { language: 'de' },
    })
    expect(other.statusCode).toBe(404)
    const read = await env.server.app.inject({
      url: `/api/clients/${s.clientId}`,
      headers: { cookie: s.cookie },
    })
    expect(read.json<{ client: ClientDetail }>().client.prefs.language).toBe('es')
  })

  it('a scale switched inside a session is kept with the record', async () => {
    const s = await paired()
    const t = new TestSocket(env.server, { cookie: s.cookie })
    await t.open()
    t.send(msg.hello('therapist', { sessionId: s.session.id }))
    await t.next('welcome')
    t.send(msg.command('scale-1', { type: 'set-suds-scale', scale: 100 }))
    await t.next('ack')
    t.close()
    const read = await env.server.app.inject({
      url: `/api/clients/${s.clientId}`,
      headers: { cookie: s.cookie },
    })
    expect(read.json<{ client: ClientDetail }>().client.sudsScale).toBe(100)
  })

  it('prefs survive a restart of the server', async () => {
    const s = await paired()
    await put(s.token, { comfort: seatedComfort, volumes })
    await env.restart()
    const read = await env.server.app.inject({
      url: `/api/clients/${s.clientId}`,
      headers: { cookie: await login(env.server, 'anna') },
    })
    expect(read.json<{ client: ClientDetail }>().client.prefs).toEqual({ comfort: seatedComfort, volumes })
    expect((await get(s.token)).json<DevicePrefsResponse>().prefs.comfort).toEqual(seatedComfort)
  })
})
