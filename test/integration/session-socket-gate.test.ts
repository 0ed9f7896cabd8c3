// The session socket against a probe: the LAN key on the upgrade, a cap of open sockets per address, small frames
// and a deadline for a socket that has not said hello, and a limit on hellos (each is answered with the whole state).
import net from 'node:net'
import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { DEFAULT_SOCKET_LIMITS } from '../../src/server/relay/socket-server'
import { SESSION_SOCKET_PATH, msg } from '../../src/shared/session/protocol'
import { PASSWORD, addTherapist, createSessionFixture } from './session-helpers'
import type { SessionServer, TestSocket } from './session-helpers'

const KEY = 'socket-key_0123456789abcdef'

/** The HTTP status the upgrade is answered with: 101 when a socket was opened (and is closed again at once). */
function upgradeStatus(
  server: SessionServer,
  opts: { query?: string; headers?: Record<string, string>; origin?: string } = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}${SESSION_SOCKET_PATH}${opts.query ?? ''}`, {
      origin: opts.origin ?? server.origin,
      headers: opts.headers ?? {},
    })
    ws.once('open', () => {
      ws.close()
      resolve(101)
    })
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0)
      res.resume()
      ws.terminate()
    })
    ws.once('error', (err) => reject(err))
  })
}

/** The server sees a closed connection a moment after the client does: try the upgrade until it opens. */
async function upgradeOnceFree(server: SessionServer): Promise<number> {
  let status = 0
  for (let i = 0; i < 50 && status !== 101; i++) {
    status = await upgradeStatus(server)
    if (status !== 101) await new Promise((r) => setTimeout(r, 20))
  }
  return status
}

describe('the LAN access key on the upgrade', () => {
  const env = createSessionFixture('stillroom-socket-key-', { accessKey: KEY })
  const sockets = () => env.server.app.server.listenerCount('upgrade')

  it('refuses the upgrade with 401 without the key, or with a wrong one, before any socket exists', async () => {
    expect(sockets()).toBeGreaterThan(0)
    expect(await upgradeStatus(env.server)).toBe(401)
    expect(await upgradeStatus(env.server, { query: '?key=wrong' })).toBe(401)
    expect(await upgradeStatus(env.server, { query: `?key=${KEY.slice(0, 10)}` })).toBe(401)
    expect(await upgradeStatus(env.server, { headers: { 'x-stillroom-key': `${KEY}x` } })).toBe(401)
    // Two keys are ambiguous: refused, as on the HTTP routes.
    expect(await upgradeStatus(env.server, { query: `?key=${KEY}&key=wrong` })).toBe(401)
  })

  it('opens with the key in ?key= or in x-stillroom-key, and the socket then works', async () => {
    expect(await upgradeStatus(env.server, { query: `?key=${KEY}` })).toBe(101)
    expect(await upgradeStatus(env.server, { headers: { 'x-stillroom-key': KEY } })).toBe(101)

    // A therapist's whole way in, every step with the key.
    await addTherapist(env.server.storage, 'anna')
    const headers = { 'x-stillroom-key': KEY }
    const login = await env.server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers,
      payload: { name: 'anna', password: PASSWORD },
    })
    expect(login.statusCode).toBe(200)
    const cookie = String(login.headers['set-cookie']).split(';')[0]!
    const client = await env.server.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: { ...headers, cookie },
      payload: { alias: 'A' },
    })
    const clientId = client.json<{ client: { id: string } }>().client.id
    const started = await env.server.app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { ...headers, cookie },
      payload: { clientId },
    })
    const sessionId = started.json<{ session: { id: string } }>().session.id
    const c = await env.socket({ cookie, query: `?key=${encodeURIComponent(KEY)}` })
    c.send(msg.hello('therapist', { sessionId }))
    expect((await c.next('welcome')).state.id).toBe(sessionId)
    c.send(msg.command('c1', { type: 'set-brightness', value: 0.7 }))
    expect((await c.next('ack')).id).toBe('c1')
  })
})

describe('a server without an access key', () => {
  const env = createSessionFixture('stillroom-socket-nokey-')

  it('opens the socket without one, as before', async () => {
    expect(await upgradeStatus(env.server)).toBe(101)
  })
})

describe('open sockets per address', () => {
  const env = createSessionFixture('stillroom-socket-cap-', {
    session: { socketLimits: { socketsPerAddress: 3 } },
  })

  it('refuses the next upgrade from a full address with 429, and takes one again once a socket closed', async () => {
    const held = [await env.socket(), await env.socket(), await env.socket()]
    expect(await upgradeStatus(env.server)).toBe(429)
    // Still refused while the three are open, however often it is tried.
    for (let i = 0; i < 20; i++) expect(await upgradeStatus(env.server)).toBe(429)
    held[0]!.close()
    await held[0]!.waitClosed()
    expect(await upgradeOnceFree(env.server)).toBe(101)
    // A connection dropped without a closing handshake gives its slot back as well.
    let cut: TestSocket | undefined
    for (let i = 0; i < 50 && !cut; i++) {
      cut = await env.socket().catch(() => undefined)
      if (!cut) await new Promise((r) => setTimeout(r, 20))
    }
    if (!cut) throw new Error('the freed slot was not given back')
    expect(await upgradeStatus(env.server)).toBe(429)
    cut.ws.terminate()
    expect(await upgradeOnceFree(env.server)).toBe(101)
  })
})

describe('the default per-address cap', () => {
  const env = createSessionFixture('stillroom-socket-cap-default-')

  it(`lets a clinic behind one address hold ${DEFAULT_SOCKET_LIMITS.socketsPerAddress} sockets, not one more`, async () => {
    const live = await env.live('anna')
    const n = DEFAULT_SOCKET_LIMITS.socketsPerAddress
    expect(n).toBeGreaterThanOrEqual(20)
    // Two are open already (the console and the headset); the rest are further headsets and consoles.
    const more: TestSocket[] = []
    for (let i = 2; i < n; i++) more.push(await env.socket())
    expect(await upgradeStatus(env.server)).toBe(429)
    // The session that was there keeps working.
    live.consoleWs.send(msg.command('c1', { type: 'set-brightness', value: 0.6 }))
    expect((await live.consoleWs.next('ack')).id).toBe('c1')
    expect((await live.headset.next('applied')).command).toEqual({ type: 'set-brightness', value: 0.6 })
  })
})

describe('before hello', () => {
  const env = createSessionFixture('stillroom-socket-prehello-', { session: { helloTimeoutMs: 300 } })

  it('a frame over 4 KB before hello closes the socket (1009); a small bad one is only answered', async () => {
    const s = await env.socket()
    s.send('x'.repeat(1000))
    expect((await s.next('error')).code).toBe('bad-frame')
    s.send(JSON.stringify({ v: 1, type: 'ping', pad: 'x'.repeat(5000) }))
    expect((await s.next('error')).code).toBe('too-large')
    expect((await s.waitClosed()).code).toBe(1009)
  })

  it('after hello, frames up to 64 KB are read as before', async () => {
    const live = await env.live('anna')
    live.consoleWs.send(msg.command('c1', { type: 'narrate', text: 'Breathe in slowly. '.repeat(20) }))
    expect((await live.consoleWs.next('ack')).id).toBe('c1')
    live.consoleWs.send(JSON.stringify({ v: 1, type: 'ping', pad: 'x'.repeat(20_000) }))
    expect((await live.consoleWs.next('error')).code).toBe('bad-frame')
    live.consoleWs.send(msg.ping())
    await live.consoleWs.next('pong')
    expect(live.consoleWs.closed).toBeUndefined()
  })

  it('a socket that says nothing is closed when its time for hello is up (1008)', async () => {
    const s = await env.socket()
    const closed = await s.waitClosed(3000)
    expect(closed).toEqual({ code: 1008, reason: 'no hello' })
  })
})

describe('hello floods', () => {
  const env = createSessionFixture('stillroom-socket-hellos-')

  it('answers only a few hellos in a row with the whole state; the rest are rate-limited', async () => {
    const live = await env.live('anna')
    for (let i = 0; i < 20; i++) {
      // One at a time (each answered before the next), so none is refused only for overlapping the last.
      const before = live.headset.messages.length
      live.headset.send(msg.hello('headset', { deviceToken: live.deviceToken }))
      for (let t = 0; t < 200 && live.headset.messages.length === before; t++) {
        await new Promise((r) => setTimeout(r, 5))
      }
    }
    const welcomes = live.headset.messages.filter((m) => m.type === 'welcome').length
    const limited = live.headset.messages.filter((m) => m.type === 'error' && m.code === 'rate-limited')
    // The first hello of the fixture and a burst of resyncs, no more.
    expect(welcomes).toBeLessThanOrEqual(1 + 5)
    expect(limited.length).toBeGreaterThan(0)
    // The socket still works for what the headset really does.
    live.headset.send(msg.command('h1', { type: 'suds-answer', value: 3 }))
    expect((await live.headset.next('ack')).id).toBe('h1')
  })
})

describe('the Host and the spelling of the upgrade', () => {
  const env = createSessionFixture('stillroom-socket-host-')

  it('refuses a name the server does not answer to (DNS rebinding) with 421, and takes the loopback names', async () => {
    const port = env.server.port
    for (const host of ['rebind.example', `rebind.example:${port}`, `evil.localhost.example:${port}`]) {
      expect(await upgradeStatus(env.server, { headers: { host } })).toBe(421)
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `LOCALHOST.:${port}`]) {
      expect(await upgradeStatus(env.server, { headers: { host }, origin: `http://${host}` })).toBe(101)
    }
  })

  it('opens only at the one spelling of its path; others get 404 or 400 and no socket', async () => {
    const spellings = [
      '/api/session/%73ocket',
      '/api//session/socket',
      '/api/session/./socket',
      '/API/session/socket',
      '/api/session/socket/',
      '/api/session/socket;x',
    ]
    for (const path of spellings) {
      expect(await rawUpgradeStatus(env.server.port, path), path).toBe(404)
    }
    expect(
      await rawUpgradeStatus(env.server.port, `http://127.0.0.1:${env.server.port}/api/session/socket`),
    ).toBe(404)
    expect(await rawUpgradeStatus(env.server.port, '/api/session/socket')).toBe(101)
    expect(env.server.app.server.listenerCount('upgrade')).toBe(1)
  })
})

describe('bad frames are counted per address', () => {
  const env = createSessionFixture('stillroom-socket-bad-', {
    session: { socketLimits: { badFramesPer10s: 5 } },
  })

  it('a prober cut off for bad frames finds its budget still spent when it reconnects, or opens another socket', async () => {
    const first = await env.socket()
    const second = await env.socket()
    // Spread over two sockets: one budget for the address, so the sixth bad frame closes whichever sent it.
    for (let i = 0; i < 3; i++) first.send('not json')
    for (let i = 0; i < 3; i++) second.send('not json')
    expect((await second.waitClosed()).code).toBe(1008)
    expect(first.closed).toBeUndefined()
    expect(await upgradeStatus(env.server)).toBe(429)
    first.close()
  })
})

describe('sockets that have not said hello, from everyone together', () => {
  const env = createSessionFixture('stillroom-socket-strangers-', {
    session: { socketLimits: { strangers: 3, socketsPerAddress: 10 } },
  })

  it('are capped (503), and a socket that said hello no longer counts', async () => {
    const live = await env.live('anna') // console and headset: both said hello
    const silent = [await env.socket(), await env.socket(), await env.socket()]
    expect(await upgradeStatus(env.server)).toBe(503)
    silent[0]!.close()
    await silent[0]!.waitClosed()
    expect(await upgradeOnceFree(env.server)).toBe(101)
    // The live session was never a stranger and keeps working.
    live.consoleWs.send(msg.command('c1', { type: 'set-brightness', value: 0.5 }))
    expect((await live.consoleWs.next('ack')).id).toBe('c1')
  })
})

/** An upgrade request written by hand, so the target goes out exactly as spelled (clients normalise it). */
function rawUpgradeStatus(port: number, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(
        [
          `GET ${target} HTTP/1.1`,
          `Host: 127.0.0.1:${port}`,
          `Origin: http://127.0.0.1:${port}`,
          'Connection: Upgrade',
          'Upgrade: websocket',
          'Sec-WebSocket-Version: 13',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          '',
          '',
        ].join('\r\n'),
      )
    })
    let head = ''
    socket.on('data', (chunk) => {
      head += chunk.toString('latin1')
      const status = /^HTTP\/1\.1 (\d{3})/.exec(head)
      if (status) {
        resolve(Number(status[1]))
        socket.destroy()
      }
    })
    socket.on('error', reject)
  })
}
