import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { parseAiConfig } from '../../src/server/ai/config'
import { SUPERSEDED_NOTICE } from '../../src/server/ai/image-jobs'
import type { SessionAiInfo } from '../../src/shared/privacy/ai-contract'
import type { TimelineResponse } from '../../src/shared/record/timeline'
import { versionImage } from '../../src/shared/refine/session-versions'
import type { Command } from '../../src/shared/session/commands'
import { DEVICE_TOKEN_HEADER } from '../../src/shared/session/http'
import { findEntry } from '../../src/shared/session/reducer'
import { FAST } from '../support/ai-fixtures'
import { gradientPng, startMockOpenAI } from '../support/mock-openai'
import type { MockOpenAI } from '../support/mock-openai'
import { imageFiles, liveSession, startCloudWorld, waitFor } from './ai-images-helpers'
import type { World } from './ai-images-helpers'
import { makeTempDir } from './session-helpers'

// A refined version gets its own AI picture, and the headset's timeline may show the pictures of its
// client's earlier sessions — never another client's. Real openai SDK against the mock, real sockets.

let mock: MockOpenAI
let tmp: ReturnType<typeof makeTempDir>
let world: World | undefined

beforeAll(async () => {
  mock = await startMockOpenAI()
})
afterAll(async () => {
  await mock.close()
})
beforeEach(() => {
  mock.reset()
  mock.image = gradientPng()
  tmp = makeTempDir('stillroom-version-pictures-')
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

type Live = Awaited<ReturnType<typeof liveSession>>
type VersionCommand = Extract<Command, { type: 'artwork-version' }>
type ImageNews = Extract<Command, { type: 'artwork-image' }>

/** The therapist refines; resolves with the new version's id (as the console hears it). */
async function refine(l: Live, artworkId: string, how: { choice?: 'warmer' | 'calmer'; text?: string }) {
  const ack = await l.send({ type: 'refine', artworkId, ...how })
  expect(ack.seq, JSON.stringify(ack)).toBeGreaterThan(0)
  const added = await l.consoleWs.next(
    'applied',
    (m) => m.command.type === 'artwork-version' && m.command.artworkId === artworkId,
  )
  return (added.command as VersionCommand).version.id
}

/** The next picture news of one version the console hears. */
async function versionNews(l: Live, artworkId: string, versionId: string, state: ImageNews['state']) {
  const m = await l.consoleWs.next(
    'applied',
    (a) =>
      a.command.type === 'artwork-image' &&
      a.command.artworkId === artworkId &&
      a.command.versionId === versionId &&
      a.command.state === state,
    8000,
  )
  return m.command as ImageNews
}

const imagePrompts = () =>
  mock.requests
    .filter((r) => r.endpoint === 'images')
    .map((r) => (JSON.parse(r.body) as { prompt: string }).prompt)

describe('a refined version gets its own picture', () => {
  it('made from the version, named by the version id, landing on it; picking versions keeps them apart', async () => {
    const w = await start()
    const l = await liveSession(w, 'dana')
    const id = await l.describe('a quiet beach at sunset')
    expect((await l.image(id, 'ready')).file).toBe(`${id}.png`)

    const v = await refine(l, id, { text: 'a small lighthouse on the rocks' })
    await versionNews(l, id, v, 'painting')
    const ready = await versionNews(l, id, v, 'ready')
    expect(ready.file).toBe(`${v}.png`)
    // The headset hears it for that version (it hangs), without a notice.
    const heard = await l.headset.next(
      'applied',
      (m) => m.command.type === 'artwork-image' && m.command.versionId === v && m.command.state === 'ready',
    )
    expect(heard.command).toEqual({
      type: 'artwork-image',
      artworkId: id,
      versionId: v,
      state: 'ready',
      file: `${v}.png`,
    })
    // The prompt is the version's: its words are in it, and the text model was not asked again for the version.
    const prompts = imagePrompts()
    expect(prompts).toHaveLength(2)
    expect(prompts[0]).not.toContain('lighthouse')
    expect(prompts[1]).toContain('lighthouse')
    expect(mock.count('chat')).toBe(1)

    let entry = findEntry(await l.state(), id)!
    expect(entry.current).toBe(v)
    expect(entry.image).toMatchObject({ state: 'ready', file: `${v}.png` })
    expect(versionImage(entry, id)).toMatchObject({ state: 'ready', file: `${id}.png` })
    expect(imageFiles(tmp.dir).sort()).toEqual([`${l.clientId}/${id}.png`, `${l.clientId}/${v}.png`].sort())

    // Picking the original back shows its own picture; the version keeps its picture for later.
    await l.send({ type: 'pick-version', artworkId: id, versionId: id })
    entry = findEntry(await l.state(), id)!
    expect(entry.image?.file).toBe(`${id}.png`)
    expect(versionImage(entry, v)?.file).toBe(`${v}.png`)
    const headsetEntry = await l.headset.next(
      'applied',
      (m) => m.command.type === 'pick-version' && m.command.versionId === id,
    )
    expect(headsetEntry.command.type).toBe('pick-version')
    // Both pictures are the headset's to fetch (both versions are approved); both count against the caps.
    for (const file of [`${id}.png`, `${v}.png`])
      expect((await l.fetchImage(file, { device: l.deviceToken })).statusCode, file).toBe(200)
    const info = await w.server.app.inject({
      method: 'GET',
      url: `/api/sessions/${l.sessionId}/ai`,
      headers: { cookie: l.cookie },
    })
    expect(info.json<SessionAiInfo>().images.session.used).toBe(2)
  })

  it('a newer version supersedes the older one still on its way; cancel stops a version; no stray files', async () => {
    const w = await start({ STILLROOM_AI: 'images' }, { timeouts: { ...FAST.timeouts, imagesMs: 5000 } })
    const l = await liveSession(w, 'dana')
    const id = await l.describe('a quiet beach')
    await l.image(id, 'ready')

    mock.script('images', { kind: 'delay', ms: 1200 }, { kind: 'delay', ms: 1200 })
    const v1 = await refine(l, id, { choice: 'warmer' })
    await versionNews(l, id, v1, 'painting')
    await waitFor(() => mock.count('images') === 2, 5000, 'the first version request')
    const v2 = await refine(l, id, { choice: 'calmer' })
    const superseded = await versionNews(l, id, v1, 'cancelled')
    expect(superseded.notice).toBe(SUPERSEDED_NOTICE)
    expect((await versionNews(l, id, v2, 'ready')).file).toBe(`${v2}.png`)
    await new Promise((r) => setTimeout(r, 1300)) // past the first answer: it must not bring v1's picture back
    let entry = findEntry(await l.state(), id)!
    expect(versionImage(entry, v1)).toMatchObject({ state: 'cancelled', notice: SUPERSEDED_NOTICE })
    expect(entry.image?.file).toBe(`${v2}.png`)

    // The therapist cancels a version's picture mid-way: it is settled at once, the late answer is dropped.
    mock.script('images', { kind: 'delay', ms: 1200 })
    const v3 = await refine(l, id, { choice: 'warmer' })
    await versionNews(l, id, v3, 'painting')
    await waitFor(() => mock.count('images') === 4, 5000, 'the third version request')
    const cancelled = await l.send({ type: 'cancel-image', artworkId: id })
    expect(cancelled.seq).toBeGreaterThan(0)
    entry = findEntry(await l.state(), id)!
    expect(entry.image).toMatchObject({ state: 'cancelled', notice: /painting stays/ })
    await waitFor(
      async () => (await w.server.storage.ai!.countCalls({ capability: 'images' })) === 4,
      5000,
      'the call records',
    )
    await new Promise((r) => setTimeout(r, 300))
    expect(imageFiles(tmp.dir).sort()).toEqual([`${l.clientId}/${id}.png`, `${l.clientId}/${v2}.png`].sort())
  })

  it('the cost guard counts version pictures; held words in a version ask for none', async () => {
    const w = await start({ STILLROOM_AI: 'images' }, { imageCaps: { session: 2, day: 10 } })
    const l = await liveSession(w, 'dana')
    const id = await l.describe('a quiet beach')
    await l.image(id, 'ready')
    const v1 = await refine(l, id, { choice: 'warmer' })
    await versionNews(l, id, v1, 'ready')
    const v2 = await refine(l, id, { choice: 'calmer' })
    expect((await versionNews(l, id, v2, 'capped')).notice).toMatch(/session's 2 cloud pictures are used/)
    expect(mock.count('images')).toBe(2)
    // The headset never hears of a cap: for it the painting simply stays.
    expect(
      l.headset.messages.some(
        (m) => m.type === 'applied' && m.command.type === 'artwork-image' && m.command.state === 'capped',
      ),
    ).toBe(false)

    const held = await refine(l, id, { text: 'with a gun on the sand' })
    const entry = findEntry(await l.state(), id)!
    expect(entry.versions?.find((v) => v.id === held)?.state).toBe('held')
    expect(versionImage(entry, held)).toBeUndefined()
    expect(mock.count('images')).toBe(2)
  })
})

describe('the headset timeline shows pictures of its own client only', () => {
  it("an earlier session's picture: 200 for the same client's headset, 403 for another client's, 404 otherwise", async () => {
    const w = await start({ STILLROOM_AI: 'images' })
    const first = await liveSession(w, 'dana')
    const id = await first.describe('a quiet beach')
    await first.image(id, 'ready')
    // A version that does not hang in the end: the timeline shows what hung, so only that picture is served.
    const v = await refine(first, id, { choice: 'warmer' })
    await versionNews(first, id, v, 'ready')
    await first.send({ type: 'pick-version', artworkId: id, versionId: id })
    await first.send({ type: 'end' })

    const second = await liveSession(w, 'dana', {
      client: { cookie: first.cookie, clientId: first.clientId },
    })
    const device = second.deviceToken
    const old = (file: string, token = device) =>
      second.fetchImage(file, { device: token, session: first.sessionId })
    const res = await old(`${id}.png`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('image/png')
    expect(res.rawPayload.equals(mock.image)).toBe(true)
    // The timeline route names the same file for that session.
    const timeline = await w.server.app.inject({
      method: 'GET',
      url: '/api/session/timeline',
      headers: { [DEVICE_TOKEN_HEADER]: device },
    })
    const sessions = timeline.json<TimelineResponse>().timeline.sessions
    expect(sessions.find((s) => s.id === first.sessionId)?.artworks[0]?.image).toEqual({
      state: 'ready',
      file: `${id}.png`,
    })
    // Not on the timeline (a version that did not hang), not a picture, or a path: nothing.
    for (const bad of [`${v}.png`, 'nothere.png', '..%2F..%2Fstillroom.db', `${id}.svg`, '%00.png'])
      expect((await old(bad)).statusCode, bad).toBe(404)
    // The therapist's console mirror shows the same rooms: the ended session's picture is still theirs to see.
    expect((await first.fetchImage(`${id}.png`, { cookie: first.cookie })).statusCode).toBe(200)
    // The ended session's own headset has no access any more.
    expect((await old(`${id}.png`, first.deviceToken)).statusCode).toBe(403)

    // Another client of the SAME therapist, with a picture of its own: this headset may not see it.
    const client = await w.server.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: { cookie: first.cookie },
      payload: { alias: 'Another client' },
    })
    const otherClientId = client.json<{ client: { id: string } }>().client.id
    const consent = await w.server.app.inject({
      method: 'PUT',
      url: `/api/clients/${otherClientId}/ai-consent`,
      headers: { cookie: first.cookie },
      payload: { capabilities: ['images'] },
    })
    expect(consent.statusCode).toBe(200)
    await second.send({ type: 'end' })
    const other = await liveSession(w, 'dana', {
      client: { cookie: first.cookie, clientId: otherClientId },
    })
    const otherId = await other.describe('a meadow in the morning')
    await other.image(otherId, 'ready')
    // `other`'s headset asks for the first client's pictures, and a stranger session id: 403 alike.
    const asOther = (session: string, file: string) =>
      other.fetchImage(file, { device: other.deviceToken, session })
    expect((await asOther(first.sessionId, `${id}.png`)).statusCode).toBe(403)
    expect((await asOther('no-such-session', `${id}.png`)).statusCode).toBe(403)
    // A percent-escaped path never reaches the route: the gate refuses odd spellings before any handler runs.
    expect((await asOther('..%2F..', `${id}.png`)).statusCode).toBe(404)
    expect((await asOther(other.sessionId, `${otherId}.png`)).statusCode).toBe(200)

    // Another therapist's client: 403 too.
    const eve = await liveSession(w, 'eve')
    expect(
      (await eve.fetchImage(`${otherId}.png`, { device: eve.deviceToken, session: other.sessionId }))
        .statusCode,
    ).toBe(403)
  })
})
