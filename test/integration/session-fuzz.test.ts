import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededRandom } from '../support/seeded-random'
import { SessionStateSchema } from '../../src/shared/session/state'
import { msg } from '../../src/shared/session/protocol'
import { TestSocket, makeTempDir, pair, startSessionServer, startTherapySession } from './session-helpers'
import type { SessionServer } from './session-helpers'

const FRAMES = 10_000
const BATCH = 100

let tmp: ReturnType<typeof makeTempDir>
let server: SessionServer
beforeAll(async () => {
  tmp = makeTempDir('stillroom-fuzz-')
  // Limits raised so every frame reaches the parser and the reducer instead of the rate limiter.
  server = await startSessionServer(tmp.dir, {
    session: {
      socketLimits: {
        framesPerSecond: 1e6,
        commandsPerSecond: 1e6,
        badFramesPer10s: 1e6,
        describesPerMinute: 1e6,
      },
    },
  })
})
afterAll(async () => {
  await server.close()
  tmp.cleanup()
})

describe('fuzz', () => {
  it(`survives ${FRAMES} mutated and random frames; a well-behaved session still works`, async () => {
    const good = await startTherapySession(server, 'anna')
    const goodPair = await pair(server, good.code)
    const fuzzy = await startTherapySession(server, 'mallory')
    const fuzzyPair = await pair(server, fuzzy.code)
    const goodState = () => server.storage.sessions!.getSession(good.session.id).then((r) => r!.state)
    const before = await goodState()

    const r = seededRandom(20251129)
    const otherIds = [good.session.id, goodPair.deviceToken, 'a'.repeat(64), '../../etc/passwd', '']
    const valid = (): Record<string, unknown> => {
      const commands: Record<string, unknown>[] = [
        { type: 'set-scene', biome: 'forest', timeOfDay: 'dusk' },
        { type: 'set-view', view: 'landscape' },
        { type: 'set-brightness', value: 0.8 },
        { type: 'set-sound', master: 0.5, layers: { waves: 0.3 } },
        { type: 'describe', text: 'a quiet lake' },
        { type: 'approve', artworkId: 'abc' },
        { type: 'move', artworkId: 'abc', slot: 3 },
        { type: 'exercise-start', id: 'breath', options: { n: 4 }, timeScale: 1 },
        { type: 'narrate', text: 'Breathe' },
        { type: 'suds-request' },
        { type: 'suds-answer', value: 4 },
        { type: 'safe-place-save', cueWord: 'lake' },
        { type: 'safe-place-go' },
        { type: 'pause' },
        { type: 'resume' },
      ]
      return r.pick([
        () => ({ v: 1, type: 'command', id: `f${r.int(1e6)}`, command: r.pick(commands) }),
        () => ({
          v: 1,
          type: 'pose',
          t: r.next() * 1e6,
          head: { p: [0, 1.6, 0], q: [0, 0, 0, 1] },
          gaze: { dir: [0, 0, -1] },
        }),
        () => ({
          v: 1,
          type: 'hello',
          role: r.pick(['therapist', 'headset']),
          sessionId: fuzzy.session.id,
          deviceToken: fuzzyPair.deviceToken,
        }),
        () => ({ v: 1, type: 'ping' }),
      ])()
    }
    const junk = (): unknown =>
      r.pick<() => unknown>([
        () => r.int(1000) - 500,
        () => r.next() * 1e308 * 10, // Infinity → null in JSON
        () => 'x'.repeat(r.int(3) === 0 ? 70_000 : 5000),
        () => r.pick(otherIds),
        () => null,
        () => [],
        () => ({ nested: { deep: [1, 2, { type: 'end' }] } }),
        () => true,
        () => '\u0000\ud800',
      ])()
    /** Replaces, deletes or adds one field somewhere in the message. */
    const mutate = (message: Record<string, unknown>) => {
      const targets: Record<string, unknown>[] = [message]
      for (const v of Object.values(message))
        if (v && typeof v === 'object' && !Array.isArray(v)) targets.push(v as Record<string, unknown>)
      const target = r.pick(targets)
      const keys = Object.keys(target)
      const action = r.int(10)
      if (action === 0) delete target[r.pick(keys)]
      else if (action === 1) target[`extra${r.int(9)}`] = junk()
      else target[r.pick(keys)] = junk()
      return message
    }
    const randomBytes = () => Buffer.from(Array.from({ length: 1 + r.int(300) }, () => r.int(256)))

    const all: TestSocket[] = []
    const open = async (role: 'therapist' | 'headset') => {
      const s = new TestSocket(server, role === 'therapist' ? { cookie: fuzzy.cookie } : {})
      all.push(s)
      await s.open()
      s.send(
        msg.hello(
          role,
          role === 'therapist' ? { sessionId: fuzzy.session.id } : { deviceToken: fuzzyPair.deviceToken },
        ),
      )
      return s
    }
    const fuzzers = { therapist: await open('therapist'), headset: await open('headset') }
    let sent = 0
    let reopened = 0
    const ready = async (role: 'therapist' | 'headset') => {
      // The server cuts a socket that sends invalid UTF-8 (1007): open a new one, as a real client would.
      if (fuzzers[role].ws.readyState !== fuzzers[role].ws.OPEN) {
        fuzzers[role] = await open(role)
        reopened++
      }
      return fuzzers[role]
    }
    while (sent < FRAMES) {
      for (let i = 0; i < BATCH; i++, sent++) {
        const s = await ready(r.next() < 0.5 ? 'therapist' : 'headset')
        const kind = r.next()
        if (kind < 0.8) s.send(JSON.stringify(mutate(valid())))
        else if (kind < 0.88) s.ws.send(randomBytes(), { binary: true })
        else if (kind < 0.98) s.send(randomBytes().toString('latin1'))
        else s.ws.send(randomBytes(), { binary: false }) // a text frame that is usually invalid UTF-8
      }
      // Keep pace with the server before the next batch.
      for (const role of ['therapist', 'headset'] as const) {
        const s = await ready(role)
        s.send(msg.ping())
        await Promise.race([s.next('pong', () => true, 10_000), s.waitClosed(10_000)]).catch(() => undefined)
      }
    }
    for (const s of Object.values(fuzzers)) s.close()
    expect(sent).toBeGreaterThanOrEqual(FRAMES)
    const errors = all.flatMap((s) => s.messages).filter((m) => m.type === 'error')
    const codes = new Set(errors.map((m) => (m.type === 'error' ? m.code : '')))
    // Most frames were wrong, and each got a clear answer (sockets cut for invalid UTF-8 lose a few).
    expect(errors.length).toBeGreaterThan(FRAMES * 0.5)
    for (const code of [
      'bad-frame',
      'bad-command',
      'bad-version',
      'unknown-type',
      'too-large',
      'forbidden',
    ]) {
      expect(codes, code).toContain(code)
    }

    // Nothing the fuzzer sent touched the good session.
    expect(await goodState()).toEqual(before)
    // The fuzzed session's stored state is still a valid state.
    const fuzzedState = (await server.storage.sessions!.getSession(fuzzy.session.id))!.state
    expect(SessionStateSchema.safeParse(fuzzedState).success).toBe(true)
    expect(fuzzedState.seq).toBeGreaterThan(0)

    // The well-behaved session works end to end.
    const c = new TestSocket(server, { cookie: good.cookie })
    await c.open()
    c.send(msg.hello('therapist', { sessionId: good.session.id }))
    await c.next('welcome')
    const h = new TestSocket(server)
    await h.open()
    h.send(msg.hello('headset', { deviceToken: goodPair.deviceToken }))
    await h.next('welcome')
    c.send(msg.command('ok', { type: 'set-scene', biome: 'snow' }))
    expect((await h.next('applied')).command).toEqual({ type: 'set-scene', biome: 'snow' })
    c.close()
    h.close()
    console.log(
      `fuzz: ${sent} frames, ${reopened} sockets reopened, fuzzed session at seq ${fuzzedState.seq}`,
    )
  }, 120_000)
})
