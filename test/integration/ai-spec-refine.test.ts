import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { parseAiConfig } from '../../src/server/ai/config'
import { findEntry } from '../../src/shared/session/reducer'
import { FAST, TEST_KEY } from '../support/ai-fixtures'
import { DEFAULT_REFINEMENT, gradientPng, startMockOpenAI } from '../support/mock-openai'
import type { MockOpenAI } from '../support/mock-openai'
import { liveSession, startWorld, waitFor } from './ai-images-helpers'
import type { World } from './ai-images-helpers'
import { makeTempDir } from './session-helpers'

// The interpretation upgrade in a live session, with the REAL openai SDK against the mock: the local spec
// hangs at once, the model's richer spec follows (the wall crossfades to it), the local safety result always stays,
// and the picture uses that same answer — one text call per description, none for held words or in local mode.

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
  tmp = makeTempDir('stillroom-refine-')
})
afterEach(async () => {
  await world?.close()
  world = undefined
  tmp.cleanup()
})

const start = async (env: Record<string, string>) => {
  const config = parseAiConfig(
    { STILLROOM_PRIVACY: 'cloud', OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: mock.baseURL, ...env },
    FAST,
  )
  world = await startWorld(tmp.dir, config)
  return world
}

describe('the AI model refines the SceneSpec', () => {
  it('after the local painting: the richer spec reaches the console and the headset, safety untouched', async () => {
    const w = await start({ STILLROOM_AI: 'text' })
    const l = await liveSession(w, 'rhea')
    const id = await l.describe('a quiet beach at sunset, the waves coming in slowly')
    const local = findEntry(await l.state(), id)!.artwork.spec
    const onConsole = await l.consoleWs.next('applied', (m) => m.command.type === 'artwork-spec', 8000)
    const onHeadset = await l.headset.next('applied', (m) => m.command.type === 'artwork-spec', 8000)
    expect(onConsole.command.type === 'artwork-spec' && onConsole.command.artworkId).toBe(id)
    expect(onHeadset.command.type === 'artwork-spec' && onHeadset.command.spec.motifs).toEqual(
      DEFAULT_REFINEMENT.motifs,
    )
    const after = findEntry(await l.state(), id)!.artwork
    expect(after.spec.motifs).toEqual(DEFAULT_REFINEMENT.motifs)
    expect(after.spec.timeOfDay).toBe('golden-hour')
    expect(after.spec.safety).toEqual(local.safety)
    expect(after.seed).toBe(findEntry(await l.state(), id)!.artwork.seed)
    expect(mock.count('chat')).toBe(1)
    expect(mock.count('images')).toBe(0) // pictures are not switched on: only the spec is richer
  })

  it('never clears a local hold, and held words never leave', async () => {
    const w = await start({ STILLROOM_AI: 'text,images' })
    const l = await liveSession(w, 'sami')
    const id = await l.describe('a soldier with a gun')
    expect(findEntry(await l.state(), id)!.state).toBe('held')
    // Give any background work a chance to (wrongly) happen, then check nothing left.
    await l.send({ type: 'set-brightness', value: 0.9 })
    expect(mock.count()).toBe(0)
    expect(findEntry(await l.state(), id)!.artwork.spec.safety.held).toBe(true)
  })

  it('a model answer cannot clear safety: the reducer keeps the local screen, whatever is sent', async () => {
    mock.chatContent = JSON.stringify({
      ...DEFAULT_REFINEMENT,
      safety: { held: false, reasons: [], mentioned: [] },
    })
    const w = await start({ STILLROOM_AI: 'text,images' })
    const l = await liveSession(w, 'tove', { approval: 'clinical' })
    const id = await l.describe('a calm lake in the mountains')
    await l.consoleWs.next('applied', (m) => m.command.type === 'artwork-spec', 8000)
    await l.image(id, 'ready')
    const entry = findEntry(await l.state(), id)!
    expect(entry.state).toBe('pending') // still waits for the therapist
    expect(entry.artwork.spec.motifs).toEqual(DEFAULT_REFINEMENT.motifs)
    // The picture was made from the same answer: one text call, one picture, and its prompt names the new detail.
    expect(mock.count('chat')).toBe(1)
    expect(mock.count('images')).toBe(1)
    const prompt = mock.requests.find((r) => r.endpoint === 'images')!.body
    expect(prompt).toContain('gulls far away')
  })

  it('local mode: no refinement and zero calls, even with a key and consent', async () => {
    const w = await start({ STILLROOM_PRIVACY: 'local', STILLROOM_AI: 'text,images' })
    const l = await liveSession(w, 'umar')
    const id = await l.describe('a meadow with tall grass')
    await l.send({ type: 'set-brightness', value: 0.9 })
    await waitFor(async () => findEntry(await l.state(), id) !== undefined)
    expect(mock.count()).toBe(0)
    expect(findEntry(await l.state(), id)!.artwork.spec.motifs).not.toEqual(DEFAULT_REFINEMENT.motifs)
  })
})
