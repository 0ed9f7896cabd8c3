import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { SESSION_SOCKET_PATH, msg } from '../../src/shared/session/protocol'
import type { ErrorCode } from '../../src/shared/session/protocol'
import { TestSocket, pair, seedTherapySession, createSessionFixture } from './session-helpers'

const env = createSessionFixture('stillroom-badws-')
const socket = env.socket

/** Anna's live session (console and headset) and Ben's paired one. */
async function twoSessions() {
  const a = await env.live('anna')
  const b = await seedTherapySession(env.server, 'ben')
  const tb = await pair(env.server, b.code)
  return { a, b, tb, aConsole: a.consoleWs, aHeadset: a.headset, aWelcome: a.cWelcome }
}

async function expectError(s: TestSocket, frame: unknown, code: ErrorCode) {
  s.send(frame)
  const error = await s.next('error')
  expect(error.code).toBe(code)
  expect(error.message.length).toBeGreaterThan(5)
  return error
}

describe('socket: who may connect', () => {
  it('refuses a foreign or missing Origin at the upgrade', async () => {
    await expect(new TestSocket(env.server, { origin: 'http://evil.example' }).open()).rejects.toThrow(/403/)
    const bare = new WebSocket(`ws://127.0.0.1:${env.server.port}${SESSION_SOCKET_PATH}`)
    await expect(
      new Promise((resolve, reject) => {
        bare.on('open', resolve)
        bare.on('unexpected-response', (_q, res) => reject(new Error(String(res.statusCode))))
        bare.on('error', reject)
      }),
    ).rejects.toThrow(/403/)
  })

  it('a console without a login is refused and closed', async () => {
    const { a } = await twoSessions()
    const s = await socket()
    await expectError(s, msg.hello('therapist', { sessionId: a.session.id }), 'forbidden')
    expect((await s.waitClosed()).code).toBe(1008)
  })

  it('a headset without, or with a guessed, device token is refused', async () => {
    const s1 = await socket()
    await expectError(s1, msg.hello('headset'), 'forbidden')
    const s2 = await socket()
    await expectError(s2, msg.hello('headset', { deviceToken: 'guessed-token' }), 'forbidden')
  })

  it("a therapist cannot join another therapist's session; a headset cannot claim another session", async () => {
    const { a, b, tb } = await twoSessions()
    const s = await socket({ cookie: b.cookie })
    await expectError(s, msg.hello('therapist', { sessionId: a.session.id }), 'not-found')
    const h = await socket()
    await expectError(
      h,
      msg.hello('headset', { deviceToken: tb.deviceToken, sessionId: a.session.id }),
      'forbidden',
    )
  })

  it('commands before hello are refused', async () => {
    const s = await socket()
    await expectError(s, msg.command('x', { type: 'pause' }), 'forbidden')
  })
})

describe('socket: bad frames', () => {
  it('each bad frame gets its code; the socket, the session and the other session carry on', async () => {
    const { b, aConsole, aHeadset, aWelcome } = await twoSessions()
    const bConsole = await socket({ cookie: b.cookie })
    bConsole.send(msg.hello('therapist', { sessionId: b.session.id }))
    await bConsole.next('welcome')

    await expectError(bConsole, '{"v":1,"type":', 'bad-frame')
    await expectError(bConsole, { v: 1, type: 'teleport' }, 'unknown-type')
    await expectError(bConsole, { v: 7, type: 'ping' }, 'bad-version')
    await expectError(
      bConsole,
      msg.command('big', { type: 'narrate', text: 'x'.repeat(70_000) }),
      'too-large',
    )
    bConsole.ws.send(Buffer.from([1, 2, 3]), { binary: true })
    expect((await bConsole.next('error')).code).toBe('bad-frame')
    const badCmd = await expectError(
      bConsole,
      msg.command('m1', { type: 'set-brightness', value: 50 } as never),
      'bad-command',
    )
    expect(badCmd.id).toBe('m1')
    await expectError(bConsole, msg.command('m2', { type: 'approve', artworkId: 'nope' }), 'not-found')
    await expectError(bConsole, msg.command('m3', { type: 'suds-answer', value: 3 }), 'forbidden')
    await expectError(bConsole, msg.command('m4', { type: 'headset-paired' }), 'forbidden')
    await expectError(
      bConsole,
      { v: 1, type: 'pose', t: 1, head: { p: [0, 0, 0], q: [0, 0, 0, 1] } },
      'forbidden',
    )
    await expectError(bConsole, msg.hello('therapist', { sessionId: 'other' }), 'forbidden')
    // Still usable after all that.
    bConsole.send(msg.command('ok', { type: 'set-view', view: 'landscape' }))
    await bConsole.next('ack', (m) => m.id === 'ok')

    await expectError(aHeadset, msg.command('h1', { type: 'set-scene', biome: 'snow' }), 'forbidden')
    await expectError(aHeadset, msg.command('h2', { type: 'end' }), 'forbidden')
    await expectError(aHeadset, msg.command('h3', { type: 'describe', text: '   ' }), 'bad-command')
    await expectError(
      aHeadset,
      msg.command('h4', { type: 'describe', text: 'bad \u0000 bytes' }),
      'bad-command',
    )

    // Session A never saw any of it.
    aConsole.send(msg.ping())
    await aConsole.next('pong')
    expect(aConsole.messages.filter((m) => m.type === 'applied')).toEqual([])
    const stored = (await env.server.storage.sessions!.getSession(aWelcome.state.id))!.state
    expect(stored).toEqual(aWelcome.state)
  })

  it('a frame over 1 MB closes the socket (1009); a flood of bad frames closes it (1008); others are untouched', async () => {
    const { aConsole, b } = await twoSessions()
    const s = await socket({ cookie: b.cookie })
    s.ws.send('x'.repeat(1_100_000))
    expect((await s.waitClosed()).code).toBe(1009)
    const flood = await socket()
    for (let i = 0; i < 150; i++) flood.send('nonsense')
    expect((await flood.waitClosed()).code).toBe(1008)
    aConsole.send(msg.command('still', { type: 'narrate', text: 'Still here.' }))
    await aConsole.next('ack', (m) => m.id === 'still')
  })

  it('commands beyond the per-socket rate are refused with rate-limited', async () => {
    const { aConsole } = await twoSessions()
    for (let i = 0; i < 60; i++) aConsole.send(msg.command(`r${i}`, { type: 'set-brightness', value: 1 }))
    const limited = await aConsole.next('error', (m) => m.code === 'rate-limited')
    expect(limited.id).toMatch(/^r\d+$/)
  })

  it('descriptions are limited like the solo API (bursts of 10, then 30 a minute)', async () => {
    const { aHeadset } = await twoSessions()
    for (let i = 0; i < 12; i++)
      aHeadset.send(msg.command(`d${i}`, { type: 'describe', text: `a lake ${i}` }))
    const limited = await aHeadset.next('error', (m) => m.code === 'rate-limited')
    expect(limited.id).toBe('d10')
    await aHeadset.next('ack', (m) => m.id === 'd9')
    expect(aHeadset.messages.filter((m) => m.type === 'ack')).toHaveLength(10)
  })

  it('refinements that bring words share that limit; quick choices alone do not', async () => {
    const { aHeadset } = await twoSessions()
    for (let i = 0; i < 12; i++)
      aHeadset.send(msg.command(`c${i}`, { type: 'refine', artworkId: 'none', choice: 'warmer' }))
    await aHeadset.next('error', (m) => m.id === 'c11')
    expect(aHeadset.messages.filter((m) => m.type === 'error' && m.code === 'rate-limited')).toEqual([])
    for (let i = 0; i < 12; i++)
      aHeadset.send(msg.command(`w${i}`, { type: 'refine', artworkId: 'none', text: `by a lake ${i}` }))
    const limited = await aHeadset.next('error', (m) => m.code === 'rate-limited')
    expect(limited.id).toBe('w10')
  })

  it('a socket that never says hello is closed', async () => {
    await env.restart({ session: { helloTimeoutMs: 100 } })
    const s = await socket()
    expect((await s.waitClosed()).code).toBe(1008)
  })
})
