import fs from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { parseAiConfig } from '../../src/server/ai/config'
import { RESTART_NOTICE } from '../../src/server/ai/image-jobs'
import type { SessionAiInfo } from '../../src/shared/privacy/ai-contract'
import { msg } from '../../src/shared/session/protocol'
import { findEntry } from '../../src/shared/session/reducer'
import { FAST, TEST_KEY } from '../support/ai-fixtures'
import { gradientPng, startMockOpenAI } from '../support/mock-openai'
import type { MockFault, MockOpenAI } from '../support/mock-openai'
import { imageFiles, liveSession, startCloudWorld, startWorld, waitFor } from './ai-images-helpers'
import type { World } from './ai-images-helpers'
import { addTherapist, login, makeTempDir } from './session-helpers'

// AI pictures in live sessions, with the REAL openai SDK against the mock and real sockets.

let mock: MockOpenAI
let tmp: ReturnType<typeof makeTempDir>
let world: World | undefined
const PICTURE = gradientPng()

beforeAll(async () => {
  mock = await startMockOpenAI()
})
afterAll(async () => {
  await mock.close()
})
beforeEach(() => {
  mock.reset()
  mock.image = PICTURE
  tmp = makeTempDir('stillroom-images-')
})
afterEach(async () => {
  await world?.close()
  world = undefined
  tmp.cleanup()
})

const start = async (
  env: Record<string, string> = {},
  overrides: Parameters<typeof parseAiConfig>[1] = {},
) => {
  world = await startCloudWorld(tmp.dir, mock.baseURL, env, overrides)
  return world
}

describe('a description becomes an AI picture', () => {
  it('painting → ready; the file is stored privately and served only to the session', async () => {
    const w = await start()
    const l = await liveSession(w, 'dana')
    const id = await l.describe('a quiet beach at sunset')
    // The headset sees the painting first, then hears of the picture's progress.
    const shown = await l.headset.next('applied', (m) => m.command.type === 'artwork-show')
    expect(shown.command.type === 'artwork-show' && shown.command.artwork.id).toBe(id)
    await l.image(id, 'painting')
    const ready = await l.image(id, 'ready')
    expect(ready.file).toBe(`${id}.png`)
    const heard = await l.headset.next(
      'applied',
      (m) => m.command.type === 'artwork-image' && m.command.state === 'ready',
    )
    expect(heard.command).toEqual({ type: 'artwork-image', artworkId: id, state: 'ready', file: `${id}.png` })
    // Moderation ran on the words, the text model refined the prompt, one picture was asked for.
    expect([mock.count('moderations'), mock.count('chat'), mock.count('images')]).toEqual([1, 1, 1])

    const file = path.join(tmp.dir, 'images', l.clientId, `${id}.png`)
    expect(fs.readFileSync(file).equals(PICTURE)).toBe(true)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700)
    expect(fs.statSync(path.join(tmp.dir, 'images')).mode & 0o777).toBe(0o700)
    expect(imageFiles(tmp.dir)).toHaveLength(1) // no temp file left behind

    for (const as of [{ device: l.deviceToken }, { cookie: l.cookie }]) {
      const res = await l.fetchImage(`${id}.png`, as)
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-type']).toBe('image/png')
      expect(res.headers['cache-control']).toBe('private, no-store')
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(res.rawPayload.equals(PICTURE)).toBe(true)
    }
    expect((await l.fetchImage(`${id}.png`)).statusCode).toBe(401)
    expect((await l.fetchImage(`${id}.png`, { device: 'not-a-real-token' })).statusCode).toBe(403)
    await addTherapist(w.server.storage, 'eve')
    const other = await login(w.server, 'eve')
    expect((await l.fetchImage(`${id}.png`, { cookie: other })).statusCode).toBe(404)
    for (const bad of [
      '..%2F..%2Fstillroom.db',
      '..%2Fstillroom.db',
      `${id}.svg`,
      'nothere.png',
      `${id}.PNG`,
      '%00.png',
    ])
      expect((await l.fetchImage(bad, { cookie: l.cookie })).statusCode, bad).toBe(404)

    // The console's AI panel: allowed, the caps used, outcomes and the redacted text sent — never the key.
    const info = await w.server.app.inject({
      method: 'GET',
      url: `/api/sessions/${l.sessionId}/ai`,
      headers: { cookie: l.cookie },
    })
    expect(info.statusCode).toBe(200)
    const body = info.json<SessionAiInfo>()
    expect(body.allowed).toMatchObject({ images: true, text: true, moderation: true, speech: false })
    expect(body.images.session).toEqual({ used: 1, cap: 20 })
    expect(body.images.day).toEqual({ used: 1, cap: 100 })
    expect(body.notices.map((n) => [n.capability, n.outcome]).sort()).toEqual([
      ['images', 'ok'],
      ['moderation', 'ok'],
      ['text', 'ok'],
    ])
    expect(body.sentTexts.some((t) => t.capability === 'images' && t.text.includes('quiet beach'))).toBe(true)
    expect(info.body).not.toContain(TEST_KEY)
    const foreign = await w.server.app.inject({
      method: 'GET',
      url: `/api/sessions/${l.sessionId}/ai`,
      headers: { cookie: other },
    })
    expect(foreign.statusCode).toBe(404)

    // The end of the session is the end of the headset's access to its pictures.
    await l.send({ type: 'end' })
    expect((await l.fetchImage(`${id}.png`, { device: l.deviceToken })).statusCode).toBe(403)
  })

  it('cancel: the painting stays, the late answer is dropped and no file is kept; safe place stays instant', async () => {
    const w = await start({}, { timeouts: { ...FAST.timeouts, imagesMs: 5000 } })
    const l = await liveSession(w, 'dana')
    mock.script('images', { kind: 'delay', ms: 1500 })
    const id = await l.describe('a quiet beach at sunset')
    await l.image(id, 'painting')
    await waitFor(() => mock.count('images') === 1, 5000, 'the image request')
    // The picture is on its way; the session's queue is not waiting for it.
    const ack = await l.send({ type: 'safe-place-go' })
    expect(ack.seq).toBeGreaterThan(0)
    await l.send({ type: 'cancel-image', artworkId: id })
    expect(findEntry(await l.state(), id)?.image).toMatchObject({
      state: 'cancelled',
      notice: /painting stays/,
    })
    await waitFor(
      async () => (await w.server.storage.ai!.countCalls({ capability: 'images' })) === 1,
      5000,
      'the call record',
    )
    await new Promise((r) => setTimeout(r, 1600)) // past the mock's answer
    const entry = findEntry(await l.state(), id)
    expect(entry?.state).toBe('approved')
    expect(entry?.image?.state).toBe('cancelled')
    expect(imageFiles(tmp.dir)).toEqual([])
    const calls = await w.server.storage.ai!.listCalls({ sessionId: l.sessionId })
    expect(calls.find((c) => c.capability === 'images')?.outcome).toBe('cancelled')
  })
})

describe('faults: the painting stays and the console gets a plain notice', () => {
  const faults: [string, MockFault[], RegExp][] = [
    ['5xx', [1, 2, 3].map(() => ({ kind: 'status', status: 503 }) as MockFault), /problem on its side/],
    ['429', [1, 2, 3].map(() => ({ kind: 'status', status: 429 }) as MockFault), /busy/],
    ['wrong key', [{ kind: 'status', status: 401 }], /did not accept the key/],
    ['malformed', [{ kind: 'malformed' }], /could not use/],
    ['no image', [{ kind: 'wrong-shape' }], /could not use/],
    ['timeout', [{ kind: 'delay', ms: 2500 }], /took too long/],
  ]
  it('every fault → failed with its notice; nothing of it reaches the headset', async () => {
    const w = await start({ STILLROOM_AI: 'images' })
    const l = await liveSession(w, 'dana')
    for (const [name, script, notice] of faults) {
      mock.script('images', ...script)
      const id = await l.describe(`a quiet beach number ${name}`)
      const failed = await l.image(id, 'failed')
      expect(failed.notice, name).toMatch(notice)
      expect(failed.notice, name).not.toContain(TEST_KEY)
      const heard = await l.headset.next(
        'applied',
        (m) =>
          m.command.type === 'artwork-image' && m.command.artworkId === id && m.command.state === 'failed',
      )
      expect(JSON.stringify(heard), name).not.toContain('notice')
      const entry = findEntry(await l.state(), id)
      expect(entry?.state, name).toBe('approved')
    }
    expect(imageFiles(tmp.dir)).toEqual([])
  })

  it('an unreachable provider → failed with a plain notice', async () => {
    const w = await start({ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', STILLROOM_AI: 'images' })
    const l = await liveSession(w, 'dana')
    const id = await l.describe('a quiet beach')
    expect((await l.image(id, 'failed')).notice).toMatch(/could not be reached/)
  })
})

describe('when no picture is asked for', () => {
  it('the cost guard: over the session cap, then over the day cap → capped with a plain notice', async () => {
    const w = await start({ STILLROOM_AI: 'images' }, { imageCaps: { session: 2, day: 3 } })
    const a = await liveSession(w, 'dana')
    for (const words of ['a beach', 'a calm beach']) await a.image(await a.describe(words), 'ready')
    const third = await a.image(await a.describe('a third beach'), 'capped')
    expect(third.notice).toBe("This session's 2 cloud pictures are used; new paintings stay procedural.")
    const b = await liveSession(w, 'ben')
    await b.image(await b.describe('a beach again'), 'ready')
    const dayCapped = await b.image(await b.describe('one more beach'), 'capped')
    expect(dayCapped.notice).toBe("Today's 3 cloud pictures are used; new paintings stay procedural.")
    expect(mock.count('images')).toBe(3)
  })

  it('local mode (even with a key) and a client without consent: no image state, zero calls', async () => {
    const local = parseAiConfig(
      { STILLROOM_PRIVACY: 'local', OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: mock.baseURL },
      FAST,
    )
    world = await startWorld(tmp.dir, local)
    const l = await liveSession(world, 'dana')
    const id = await l.describe('a quiet beach')
    await l.send({ type: 'set-brightness', value: 0.9 })
    expect(findEntry(await l.state(), id)?.image).toBeUndefined()
    await world.close()
    world = undefined

    const w = await start()
    const n = await liveSession(w, 'ben', { consent: false })
    const id2 = await n.describe('a quiet beach')
    await n.send({ type: 'set-brightness', value: 0.9 })
    expect(findEntry(await n.state(), id2)?.image).toBeUndefined()
    expect(n.consoleWs.messages.some((m) => m.type === 'applied' && m.command.type === 'artwork-image')).toBe(
      false,
    )
    expect(mock.count()).toBe(0)
  })

  it('held words: no moderation call, no picture', async () => {
    const w = await start()
    const l = await liveSession(w, 'dana')
    const id = await l.describe('a soldier with a gun')
    await l.send({ type: 'set-brightness', value: 0.9 })
    const entry = findEntry(await l.state(), id)
    expect(entry?.state).toBe('held')
    expect(entry?.image).toBeUndefined()
    expect(mock.count()).toBe(0)
  })
})

describe('moderation in addition to the local screen', () => {
  it('flagged words are held for the therapist with the reason; no picture is asked for', async () => {
    const w = await start()
    const l = await liveSession(w, 'dana')
    const id = await l.describe('a beach with rude people')
    const entry = findEntry(await l.state(), id)
    expect(entry?.state).toBe('held')
    expect(entry?.reasons).toContain('moderation: harassment')
    expect(entry?.image).toBeUndefined()
    expect(mock.count('images')).toBe(0)
    expect(l.headset.messages.some((m) => m.type === 'applied' && m.command.type === 'artwork-show')).toBe(
      false,
    )
  })

  it('violence from moderation is added to the risk screen: raised, never painted, no picture', async () => {
    const w = await start()
    const l = await liveSession(w, 'dana')
    // The local risk screen does not raise these words; moderation's violence category does.
    l.headset.send(msg.command('r1', { type: 'describe', text: 'a beach where nobody gets hurt' }))
    const raised = await l.consoleWs.next('applied', (m) => m.command.type === 'risk-raise', 8000)
    if (raised.command.type !== 'risk-raise') throw new Error('unreachable')
    expect(raised.command.risk).toMatchObject({
      words: 'a beach where nobody gets hurt',
      categories: ['harm-to-others'],
      reasons: ['moderation: violence'],
      from: 'client',
    })
    const heard = await l.headset.next('applied', (m) => m.command.type === 'risk-raise')
    if (heard.command.type !== 'risk-raise') throw new Error('unreachable')
    expect(heard.command.risk).toMatchObject({ words: '', reasons: [], categories: [] })
    const state = await l.state()
    expect(state.artworks).toEqual([])
    expect(state.risks).toHaveLength(1)
    expect([mock.count('moderations'), mock.count('chat'), mock.count('images')]).toEqual([1, 0, 0])
  })

  it('words the local risk screen raises never leave the machine, not even for moderation', async () => {
    const w = await start()
    const l = await liveSession(w, 'dana')
    l.headset.send(msg.command('r2', { type: 'describe', text: 'I want to kill myself' }))
    await l.consoleWs.next('applied', (m) => m.command.type === 'risk-raise', 8000)
    expect(mock.count()).toBe(0)
  })

  it('moderation down or slow: the local result stands and the console has the notice', async () => {
    const w = await start({}, { moderationDeadlineMs: 300 })
    const l = await liveSession(w, 'dana')
    mock.script('moderations', { kind: 'delay', ms: 3000 })
    const slow = await l.describe('a quiet beach at dawn')
    await l.image(slow, 'ready')
    mock.script(
      'moderations',
      { kind: 'status', status: 500 },
      { kind: 'status', status: 500 },
      { kind: 'status', status: 500 },
    )
    const down = await l.describe('a quiet beach at dusk')
    await l.image(down, 'ready')
    const info = await w.server.app.inject({
      method: 'GET',
      url: `/api/sessions/${l.sessionId}/ai`,
      headers: { cookie: l.cookie },
    })
    const notices = info.json<SessionAiInfo>().notices.filter((n) => n.capability === 'moderation')
    expect(notices.map((n) => n.outcome).sort()).toEqual(['server', 'timeout'])
    for (const n of notices) expect(n.notice).toMatch(/took too long|problem on its side/)
  })
})

describe('clinical mode, discard and restart', () => {
  it('the picture is made while pending; the headset learns of it on approval', async () => {
    const w = await start()
    const l = await liveSession(w, 'dana', { approval: 'clinical' })
    const id = await l.describe('a quiet beach')
    const ready = await l.image(id, 'ready')
    expect((await l.fetchImage(ready.file!, { device: l.deviceToken })).statusCode).toBe(404)
    expect(l.headset.messages.some((m) => m.type === 'applied' && m.command.type === 'artwork-image')).toBe(
      false,
    )
    await l.send({ type: 'approve', artworkId: id })
    const shown = await l.headset.next('applied', (m) => m.command.type === 'artwork-show')
    expect(shown.command.type === 'artwork-show' && shown.command.image).toMatchObject({
      state: 'ready',
      file: `${id}.png`,
    })
    expect((await l.fetchImage(ready.file!, { device: l.deviceToken })).statusCode).toBe(200)
  })

  it('discarding pending words while their picture is made cancels it', async () => {
    const w = await start({}, { timeouts: { ...FAST.timeouts, imagesMs: 5000 } })
    const l = await liveSession(w, 'dana', { approval: 'clinical' })
    mock.script('images', { kind: 'delay', ms: 1500 })
    const id = await l.describe('a quiet beach')
    await waitFor(() => mock.count('images') === 1, 5000, 'the image request')
    await l.send({ type: 'discard', artworkId: id })
    expect((await l.image(id, 'cancelled')).notice).toMatch(/no picture/)
    await waitFor(
      async () => (await w.server.storage.ai!.countCalls({ capability: 'images' })) === 1,
      5000,
      'the call record',
    )
    expect(imageFiles(tmp.dir)).toEqual([])
  })

  it('a restart mid-picture: after it, the picture is failed ("interrupted") and the painting stays', async () => {
    const w = await start({}, { timeouts: { ...FAST.timeouts, imagesMs: 10_000 } })
    const l = await liveSession(w, 'dana')
    mock.script('images', { kind: 'delay', ms: 8000 })
    const id = await l.describe('a quiet beach')
    await waitFor(() => mock.count('images') === 1, 5000, 'the image request')
    await w.close()
    world = undefined
    const stored = (await (async () => {
      const again = await start()
      return again.server.storage.sessions!.getSession(l.sessionId)
    })())!.state
    expect(findEntry(stored, id)?.image).toMatchObject({ state: 'failed', notice: RESTART_NOTICE })
    expect(findEntry(stored, id)?.state).toBe('approved')
    expect(imageFiles(tmp.dir)).toEqual([])
  })
})
