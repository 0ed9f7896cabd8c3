import { afterEach, describe, expect, it } from 'vitest'
import { msg } from '../../src/shared/session/protocol'
import type { SessionState } from '../../src/shared/session/state'
import { seedClient } from './record-helpers'
import { createSessionFixture, seedTherapist } from './session-helpers'
import type { TestSocket } from './session-helpers'

// Erasure must reach the server's memory too: no copy of an erased session is served over HTTP or a socket,
// and no socket that watched one stays open.
const env = createSessionFixture('stillroom-erase-memory-', (dir) => ({ dataDir: dir }))
const closers: (() => void)[] = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

const WORDS = 'zephyrquill lagoon at dawn'

const erase = (clientId: string, cookie: string, alias: string) =>
  env.server.app.inject({
    method: 'DELETE',
    url: `/api/clients/${clientId}`,
    headers: { cookie },
    payload: { confirm: alias },
  })
const getSession = (sessionId: string, cookie: string) =>
  env.server.app.inject({ method: 'GET', url: `/api/sessions/${sessionId}`, headers: { cookie } })

/** A console that says hello to the session; resolves with the socket and its first answer. */
async function consoleHello(cookie: string, sessionId: string) {
  const ws = await env.socket({ cookie })
  ws.send(msg.hello('therapist', { sessionId }))
  const first = await Promise.race([ws.next('welcome'), ws.next('error')])
  return { ws, first }
}

/** Resolves once the socket has been closed by the server. */
async function closedByServer(ws: TestSocket) {
  return ws.waitClosed(3000)
}

describe('erasing a client clears the server memory', () => {
  it('an ended session is no longer served over HTTP or to a console hello, and its watching console is closed', async () => {
    const cookie = await seedTherapist(env.server, 'anna')
    const c = await seedClient(env.server, cookie, 'Wrenfeather', [WORDS], { end: true })
    closers.push(
      () => c.consoleWs.close(),
      () => c.headset.close(),
    )
    // The console reads the ended session back (its history view), which used to keep it in memory for good.
    const before = await getSession(c.sessionId, cookie)
    expect(before.statusCode).toBe(200)
    expect(before.body).toContain(WORDS)
    const watcher = await consoleHello(cookie, c.sessionId)
    expect(watcher.first.type).toBe('welcome')

    expect((await erase(c.clientId, cookie, 'Wrenfeather')).statusCode).toBe(200)

    const after = await getSession(c.sessionId, cookie)
    expect(after.statusCode).toBe(404)
    expect(after.body).not.toContain(WORDS)
    await closedByServer(watcher.ws)
    const late = await consoleHello(cookie, c.sessionId)
    expect(late.first).toMatchObject({ type: 'error', code: 'not-found' })
    expect(JSON.stringify(late.ws.messages)).not.toContain(WORDS)
  })

  it('a live session is ended and both its console and its headset are closed', async () => {
    const t = await env.live('anna')
    t.consoleWs.send(msg.command('d1', { type: 'describe', text: WORDS }))
    await t.consoleWs.next('ack', (m) => m.id === 'd1')

    expect((await erase(t.clientId, t.cookie, 'Client of anna')).statusCode).toBe(200)

    await t.consoleWs.next('ended')
    await t.headset.next('ended')
    await closedByServer(t.headset)
    await closedByServer(t.consoleWs)
    expect((await getSession(t.sessionId, t.cookie)).statusCode).toBe(404)
    const late = await consoleHello(t.cookie, t.sessionId)
    expect(late.first).toMatchObject({ type: 'error', code: 'not-found' })
    // The headset's token opens nothing any more.
    const headset = await env.socket()
    headset.send(msg.hello('headset', { deviceToken: t.deviceToken }))
    expect((await headset.next('error')).code).toBe('forbidden')
  })

  it('export → erase → import under another therapist on the same server: only the importing therapist has access', async () => {
    const anna = await seedTherapist(env.server, 'anna')
    const c = await seedClient(env.server, anna, 'Robin', [WORDS], { end: true })
    closers.push(
      () => c.consoleWs.close(),
      () => c.headset.close(),
    )
    const watcher = await consoleHello(anna, c.sessionId)
    expect(watcher.first.type).toBe('welcome')
    const exported = await env.server.app.inject({
      method: 'GET',
      url: `/api/clients/${c.clientId}/export`,
      headers: { cookie: anna },
    })
    expect(exported.statusCode).toBe(200)
    expect((await erase(c.clientId, anna, 'Robin')).statusCode).toBe(200)
    await closedByServer(watcher.ws)

    const bert = await seedTherapist(env.server, 'bert')
    const imported = await env.server.app.inject({
      method: 'POST',
      url: '/api/clients/import',
      headers: { cookie: bert, 'content-type': 'application/gzip' },
      payload: exported.rawPayload,
    })
    expect(imported.statusCode).toBe(201)

    const forBert = await getSession(c.sessionId, bert)
    expect(forBert.statusCode).toBe(200)
    expect(forBert.json<{ session: SessionState }>().session.artworks[0]?.artwork.text).toBe(WORDS)
    const forAnna = await getSession(c.sessionId, anna)
    expect(forAnna.statusCode).toBe(404)
    expect(forAnna.body).not.toContain(WORDS)
    const annaHello = await consoleHello(anna, c.sessionId)
    expect(annaHello.first).toMatchObject({ type: 'error', code: 'not-found' })

    // Bert's console works on the imported session; nothing of it reaches Anna's old socket.
    const bertHello = await consoleHello(bert, c.sessionId)
    expect(bertHello.first.type).toBe('welcome')
    const heard = watcher.ws.messages.length
    bertHello.ws.send(msg.command('n1', { type: 'note', text: 'a note after the import' }))
    await bertHello.ws.next('ack', (m) => m.id === 'n1')
    expect(watcher.ws.messages.length).toBe(heard)
    const list = await env.server.app.inject({
      method: 'GET',
      url: '/api/clients',
      headers: { cookie: anna },
    })
    expect(list.json<{ clients: unknown[] }>().clients).toEqual([])
  })
})
