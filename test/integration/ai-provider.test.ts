import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { AiProvider } from '../../src/server/ai/provider'
import type { Storage } from '../../src/server/storage'
import { AI_CAPABILITIES } from '../../src/shared/privacy/ai-contract'
import type { AiCapability, AiFailureReason } from '../../src/shared/privacy/ai-contract'
import { aiConfig, aiStorage, callFor, consentTo, createAiProvider, specFor } from '../support/ai-fixtures'
import { DEFAULT_REFINEMENT, FAKE_MP3, TINY_PNG, startMockOpenAI } from '../support/mock-openai'
import type { MockEndpoint, MockFault, MockOpenAI } from '../support/mock-openai'
import { makeTempDir } from './helpers'

// The real openai SDK against a local mock: every call path, success and each fault.

const ENDPOINT: Record<AiCapability, MockEndpoint> = {
  images: 'images',
  text: 'chat',
  moderation: 'moderations',
  speech: 'speech',
  transcription: 'transcriptions',
}

let mock: MockOpenAI
let storage: Storage
let clientId: string
let ai: AiProvider

beforeAll(async () => {
  mock = await startMockOpenAI()
})
afterAll(async () => {
  await mock.close()
})
beforeEach(async () => {
  mock.reset()
  ;({ storage, clientId } = await aiStorage())
  await consentTo(storage, clientId)
  ai = createAiProvider({ config: aiConfig(mock.baseURL), store: storage.ai! })
})
afterEach(async () => {
  await storage.close()
})

describe('success on every path', () => {
  it('images: a base64 picture comes back as bytes', async () => {
    const r = await ai.generateImage({ clientId }, { words: 'a quiet beach', spec: specFor('a quiet beach') })
    expect(r.ok && r.value.mime).toBe('image/png')
    expect(r.ok && r.value.data.equals(TINY_PNG)).toBe(true)
    const sent = JSON.parse(mock.requests[0]!.body) as {
      model: string
      prompt: string
      response_format?: string
    }
    expect(sent.model).toBe('gpt-image-1')
    expect(sent.response_format).toBeUndefined()
    expect(sent.prompt).toMatch(/No text/)
  })

  it('text: structured output refines the spec, and the local hold stays', async () => {
    const held = specFor('a quiet beach', true)
    const r = await ai.refineSpec({ clientId }, { words: 'a quiet beach', spec: held })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.title).toBe(DEFAULT_REFINEMENT.title)
    expect(r.value.motifs).toEqual(DEFAULT_REFINEMENT.motifs)
    expect(r.value.safety).toEqual(held.safety)
    const sent = JSON.parse(mock.requests[0]!.body) as {
      response_format: { type: string; json_schema: { strict: boolean } }
    }
    expect(sent.response_format.type).toBe('json_schema')
    expect(sent.response_format.json_schema.strict).toBe(true)
  })

  it('text: an answer outside the schema is a bad response, not a crash', async () => {
    mock.chatContent = JSON.stringify({ ...DEFAULT_REFINEMENT, palette: ['red'] })
    const r = await ai.refineSpec({ clientId }, { words: 'x', spec: specFor('x') })
    expect(r).toMatchObject({ ok: false, reason: 'bad_response' })
  })

  it('moderation: flags and categories', async () => {
    const calm = await ai.moderate({ clientId }, 'a calm lake')
    const hurt = await ai.moderate({ clientId }, 'I want to hurt')
    expect(calm).toEqual({ ok: true, value: { flagged: false, categories: [] } })
    expect(hurt).toEqual({ ok: true, value: { flagged: true, categories: ['violence'] } })
  })

  it('speech: mp3 bytes, then the same text and voice come from the cache without a call', async () => {
    // The cache lives in the data folder, per client.
    const tmp = makeTempDir('stillroom-speech-cache-')
    ai = createAiProvider({ config: aiConfig(mock.baseURL), store: storage.ai!, dataDir: tmp.dir })
    const first = await ai.speak({ clientId }, 'Breathe in slowly.')
    const second = await ai.speak({ clientId }, 'Breathe in slowly.')
    tmp.cleanup()
    expect(first.ok && first.value.audio.equals(FAKE_MP3)).toBe(true)
    expect(first.ok && first.value.cached).toBe(false)
    expect(second.ok && second.value.cached).toBe(true)
    expect(mock.count('speech')).toBe(1)
    expect(JSON.parse(mock.requests[0]!.body)).toMatchObject({
      voice: 'sage',
      instructions: expect.stringMatching(/slowly/),
    })
  })

  it('speech: a line in the client’s language is asked for in it and cached apart from English', async () => {
    const tmp = makeTempDir('stillroom-speech-cache-')
    ai = createAiProvider({ config: aiConfig(mock.baseURL), store: storage.ai!, dataDir: tmp.dir })
    const en = await ai.speak({ clientId }, 'Hold.')
    const es = await ai.speak({ clientId }, 'Hold.', 'es')
    const again = await ai.speak({ clientId }, 'Hold.', 'es')
    tmp.cleanup()
    expect([en.ok && en.value.cached, es.ok && es.value.cached, again.ok && again.value.cached]).toEqual([
      false,
      false,
      true,
    ])
    expect(mock.count('speech')).toBe(2)
    expect(JSON.parse(mock.requests[1]!.body)).toMatchObject({
      instructions: expect.stringMatching(/Spanish/),
    })
  })

  it('transcription: multipart audio in, text out', async () => {
    const r = await callFor(ai, 'transcription', clientId)
    expect(r).toEqual({ ok: true, value: { text: 'a quiet beach at sunset' } })
    expect(mock.requests[0]!.body).toContain('fake webm audio bytes')
  })

  it('records each call in the audit log by ids, sizes and hash, and the sent text with the client', async () => {
    await callFor(ai, 'moderation', clientId, 'the pier at dawn')
    const [call] = await storage.ai!.listCalls({ clientId })
    expect(call).toMatchObject({
      capability: 'moderation',
      outcome: 'ok',
      sessionId: 'session-1',
      attempts: 1,
    })
    expect(call!.providerHost).toBe(new URL(mock.baseURL).host)
    expect(call!.textSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(call!.requestBytes).toBe(Buffer.byteLength('the pier at dawn'))
    expect(JSON.stringify(call)).not.toContain('pier')
    expect((await storage.ai!.listSentTexts(clientId))[0]).toMatchObject({
      capability: 'moderation',
      text: 'the pier at dawn',
    })
  })
})

const FAULTS: { name: string; faults: MockFault[]; reason: AiFailureReason | 'ok'; requests: number }[] = [
  {
    name: 'a delay past the deadline',
    faults: [{ kind: 'delay', ms: 3000 }],
    reason: 'timeout',
    requests: 1,
  },
  { name: '429 then ok', faults: [{ kind: 'status', status: 429 }], reason: 'ok', requests: 2 },
  {
    name: '429 every time',
    faults: Array(3).fill({ kind: 'status', status: 429, retryAfterMs: 1 }),
    reason: 'rate_limited',
    requests: 3,
  },
  { name: '500 then ok', faults: [{ kind: 'status', status: 500 }], reason: 'ok', requests: 2 },
  {
    name: '500s every time',
    faults: Array(3).fill({ kind: 'status', status: 503 }),
    reason: 'server',
    requests: 3,
  },
  { name: 'malformed JSON', faults: [{ kind: 'malformed' }], reason: 'bad_response', requests: 1 },
  { name: 'an empty body', faults: [{ kind: 'empty' }], reason: 'bad_response', requests: 1 },
  { name: 'the wrong shape', faults: [{ kind: 'wrong-shape' }], reason: 'bad_response', requests: 1 },
  { name: 'a slow trickle', faults: [{ kind: 'trickle', intervalMs: 150 }], reason: 'timeout', requests: 1 },
  { name: 'a wrong key (401)', faults: [{ kind: 'status', status: 401 }], reason: 'auth', requests: 1 },
  {
    name: '404 not supported',
    faults: [{ kind: 'status', status: 404 }],
    reason: 'unsupported',
    requests: 1,
  },
  {
    name: '400 "not supported"',
    faults: [{ kind: 'status', status: 400, message: 'This endpoint is not supported by this server' }],
    reason: 'unsupported',
    requests: 1,
  },
]

describe.each(AI_CAPABILITIES.map((c) => [c]))('faults: %s', (cap) => {
  it.each(FAULTS.map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    mock.script(ENDPOINT[cap], ...f.faults)
    const started = Date.now()
    const r = await callFor(ai, cap, clientId)
    expect(Date.now() - started).toBeLessThan(2500)
    if (f.reason === 'ok') expect(r.ok).toBe(true)
    else {
      expect(r).toMatchObject({ ok: false, reason: f.reason })
      if (!r.ok) {
        expect(r.notice.length).toBeLessThan(120)
        expect(r.notice).not.toMatch(/\d{3}|Error|sk-/)
      }
    }
    expect(mock.count(ENDPOINT[cap])).toBe(f.requests)
    const [call] = await storage.ai!.listCalls({ clientId })
    expect(call?.outcome).toBe(f.reason)
    expect(call?.attempts).toBe(f.requests)
    if (f.reason === 'unsupported') {
      // The capability is now marked unavailable: the next call does not even try.
      const again = await callFor(ai, cap, clientId)
      expect(again).toMatchObject({ ok: false, reason: 'unsupported' })
      expect(mock.count(ENDPOINT[cap])).toBe(1)
      expect((await ai.status()).capabilities[cap]).toBe('unavailable')
    }
  })
})

describe('other faults', () => {
  it('an unreachable base URL gives "unreachable" for every path', async () => {
    const closed = await startMockOpenAI()
    const url = closed.baseURL
    await closed.close()
    const offline = createAiProvider({ config: aiConfig(url), store: storage.ai! })
    for (const cap of AI_CAPABILITIES) {
      expect(await callFor(offline, cap, clientId)).toMatchObject({ ok: false, reason: 'unreachable' })
    }
    expect((await offline.status()).capabilities.images).toBe('unavailable')
  })

  it('the therapist can cancel a slow image', async () => {
    mock.script('images', { kind: 'delay', ms: 3000 })
    const controller = new AbortController()
    const pending = ai.generateImage(
      { clientId, signal: controller.signal },
      { words: 'sea', spec: specFor('sea') },
    )
    setTimeout(() => controller.abort(), 50)
    expect(await pending).toMatchObject({ ok: false, reason: 'cancelled' })
  })

  it('held words never go out as an image prompt', async () => {
    const r = await ai.generateImage({ clientId }, { words: 'a fight', spec: specFor('a fight', true) })
    expect(r).toMatchObject({ ok: false, reason: 'held' })
    expect(mock.count()).toBe(0)
  })

  it('status: a listed model is "on", an unlisted one "unknown", and the check is cached', async () => {
    mock.models = ['gpt-image-1', 'gpt-4o-mini']
    const s = await ai.status()
    expect(s).toMatchObject({ mode: 'cloud', provider: new URL(mock.baseURL).host, notice: null })
    expect(s.capabilities).toEqual({
      images: 'on',
      text: 'on',
      speech: 'unknown',
      transcription: 'unknown',
      moderation: 'unknown',
    })
    await ai.status()
    expect(mock.count('models')).toBe(1)
  })

  it('status: a wrong key makes every capability unavailable with a plain notice', async () => {
    mock.script('models', { kind: 'status', status: 401 })
    const s = await ai.status()
    expect(Object.values(s.capabilities)).toEqual(Array(5).fill('unavailable'))
    expect(s.notice).toMatch(/OPENAI_API_KEY/)
    expect(JSON.stringify(s)).not.toContain('sk-')
  })

  it('switched-off capabilities are "off" and make no call', async () => {
    const some = createAiProvider({
      config: aiConfig(mock.baseURL, { STILLROOM_AI: 'images' }),
      store: storage.ai!,
    })
    expect(await callFor(some, 'speech', clientId)).toMatchObject({ ok: false, reason: 'off' })
    expect(mock.count()).toBe(0)
    expect((await some.status()).capabilities.speech).toBe('off')
  })
})
