import { inspect } from 'node:util'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AiConfigError, parseAiConfig } from '../../src/server/ai/config'
import { parseServeConfig, UsageError } from '../../src/server/main'
import { AI_CAPABILITIES } from '../../src/shared/privacy/ai-contract'
import type { AiStatus } from '../../src/shared/privacy/ai-contract'
import { TEST_KEY, aiConfig, callFor, specFor } from '../support/ai-fixtures'
import { startMockOpenAI } from '../support/mock-openai'
import type { MockOpenAI } from '../support/mock-openai'
import { makeTempDir } from './helpers'
import { addTherapist, login, startSessionServer } from './session-helpers'
import type { SessionServer } from './session-helpers'

// The server's face: the status route, consent routes, and the key never showing in a response or a log line.

let mock: MockOpenAI
let tmp: ReturnType<typeof makeTempDir>
let server: SessionServer
let logs: string[]
const responses: string[] = []

beforeAll(async () => {
  mock = await startMockOpenAI()
})
afterAll(async () => {
  await mock.close()
  // Every response any test here received, headers included.
  expect(responses.length).toBeGreaterThan(10)
  for (const r of responses) expect(r).not.toContain(TEST_KEY)
})
beforeEach(async () => {
  mock.reset()
  tmp = makeTempDir()
  logs = []
  server = await startSessionServer(tmp.dir, {
    ai: aiConfig(mock.baseURL),
    logger: { level: 'trace', stream: { write: (line: string) => void logs.push(line) } },
  })
})
afterEach(async () => {
  await server.close()
  tmp.cleanup()
  expect(logs.length).toBeGreaterThan(0)
  for (const line of logs) expect(line).not.toContain(TEST_KEY)
})

async function req(method: 'GET' | 'PUT' | 'DELETE', url: string, cookie?: string, payload?: unknown) {
  const res = await server.app.inject({
    method,
    url,
    ...(cookie ? { headers: { cookie } } : {}),
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  })
  responses.push(JSON.stringify(res.headers) + res.body)
  return res
}

async function therapistWithClient(name: string) {
  await addTherapist(server.storage, name)
  const cookie = await login(server, name)
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/clients',
    headers: { cookie },
    payload: { alias: 'Harbour' },
  })
  responses.push(res.body)
  return { cookie, clientId: (res.json() as { client: { id: string } }).client.id }
}

describe('GET /api/ai/status', () => {
  it('needs a signed-in therapist', async () => {
    expect((await req('GET', '/api/ai/status')).statusCode).toBe(401)
  })

  it('shows mode, provider host and capabilities, never the key', async () => {
    mock.models = ['gpt-image-1']
    const { cookie } = await therapistWithClient('dana')
    const res = await req('GET', '/api/ai/status', cookie)
    expect(res.statusCode).toBe(200)
    const status = res.json() as AiStatus
    expect(status.mode).toBe('cloud')
    expect(status.provider).toBe(new URL(mock.baseURL).host)
    expect(status.capabilities.images).toBe('on')
    expect(Object.keys(status.capabilities).sort()).toEqual([...AI_CAPABILITIES].sort())
    expect(res.body).not.toMatch(/sk-|apiKey|secret/i)
  })

  it('a wrong key shows a plain notice and no key (the provider echoes it back)', async () => {
    mock.script('models', { kind: 'status', status: 401 })
    const { cookie } = await therapistWithClient('dana')
    const status = (await req('GET', '/api/ai/status', cookie)).json() as AiStatus
    expect(status.notice).toMatch(/did not accept the key/)
    expect(mock.requests[0]!.authorization).toBe(`Bearer ${TEST_KEY}`)
  })
})

describe('consent routes', () => {
  it('in clinic mode records the consent for the clinic’s own server, and the status says so', async () => {
    await server.close()
    server = await startSessionServer(tmp.dir, {
      ai: aiConfig(mock.baseURL, { STILLROOM_PRIVACY: 'clinic' }),
      logger: { level: 'trace', stream: { write: (line: string) => void logs.push(line) } },
    })
    const { cookie, clientId } = await therapistWithClient('dana')
    const status = (await req('GET', '/api/ai/status', cookie)).json() as { mode: string; provider: string }
    expect(status).toMatchObject({ mode: 'clinic', provider: new URL(mock.baseURL).host })
    const put = await req('PUT', `/api/clients/${clientId}/ai-consent`, cookie, { capabilities: ['images'] })
    expect(put.json()).toMatchObject({ consent: { capabilities: ['images'], where: 'clinic' } })
    expect(await callFor(server.app.ai!, 'images', clientId)).toMatchObject({ ok: true })
    expect(mock.count('images')).toBe(1)
  })

  it('records who, when and what; the provider follows it; withdrawing stops calls', async () => {
    const { cookie, clientId } = await therapistWithClient('dana')
    expect((await req('GET', `/api/clients/${clientId}/ai-consent`, cookie)).json()).toEqual({
      consent: null,
    })
    expect((await callFor(server.app.ai!, 'images', clientId)).ok).toBe(false)

    const put = await req('PUT', `/api/clients/${clientId}/ai-consent`, cookie, {
      capabilities: ['images', 'images'],
    })
    expect(put.statusCode).toBe(200)
    const consent = (
      put.json() as { consent: { capabilities: string[]; givenBy: string; recordedBy: string; at: string } }
    ).consent
    expect(consent).toMatchObject({ capabilities: ['images'], givenBy: 'client', where: 'cloud' })
    expect(consent.recordedBy).toMatch(/\w/)
    expect(Date.parse(consent.at)).not.toBeNaN()
    expect((await callFor(server.app.ai!, 'images', clientId)).ok).toBe(true)

    expect((await req('DELETE', `/api/clients/${clientId}/ai-consent`, cookie)).statusCode).toBe(200)
    expect(await callFor(server.app.ai!, 'images', clientId)).toMatchObject({ ok: false, reason: 'local' })
    expect(mock.count('images')).toBe(1)
  })

  it('refuses bad bodies and other therapists', async () => {
    const { cookie, clientId } = await therapistWithClient('dana')
    const other = await therapistWithClient('eli')
    for (const body of [
      {},
      { capabilities: [] },
      { capabilities: ['telepathy'] },
      { capabilities: ['images'], givenBy: 'x' },
    ]) {
      const res = await req('PUT', `/api/clients/${clientId}/ai-consent`, cookie, body)
      expect(res.statusCode).toBe(400)
      expect((res.json() as { error: string }).error).toBe('invalid_body')
    }
    expect(
      (await req('PUT', `/api/clients/${clientId}/ai-consent`, other.cookie, { capabilities: ['images'] }))
        .statusCode,
    ).toBe(404)
    expect((await req('GET', `/api/clients/${clientId}/ai-consent`)).statusCode).toBe(401)
    expect(await server.storage.ai!.getConsent(clientId)).toBeNull()
  })

  it('failed calls are logged without the key or the words', async () => {
    const { cookie, clientId } = await therapistWithClient('dana')
    await req('PUT', `/api/clients/${clientId}/ai-consent`, cookie, { capabilities: [...AI_CAPABILITIES] })
    mock.script('images', { kind: 'status', status: 401 })
    mock.script(
      'chat',
      { kind: 'status', status: 500 },
      { kind: 'status', status: 500 },
      { kind: 'status', status: 500 },
    )
    const words = 'a quiet cove with Sarah'
    expect(await server.app.ai!.generateImage({ clientId }, { words, spec: specFor(words) })).toMatchObject({
      reason: 'auth',
    })
    expect(await server.app.ai!.refineSpec({ clientId }, { words, spec: specFor(words) })).toMatchObject({
      reason: 'server',
    })
    const joined = logs.join('')
    expect(joined).toMatch(/ai call failed/)
    expect(joined).not.toContain('quiet cove')
    expect(joined).not.toContain('Sarah')
  })
})

describe('configuration', () => {
  it('is local by default and reads every variable', () => {
    expect(parseAiConfig({}).mode).toBe('local')
    const c = parseAiConfig({
      STILLROOM_PRIVACY: 'cloud',
      OPENAI_API_KEY: TEST_KEY,
      OPENAI_BASE_URL: 'https://ai.clinic.example/v1/',
      STILLROOM_AI: 'images, speech',
      STILLROOM_IMAGE_MODEL: 'flux-schnell',
      STILLROOM_TEXT_MODEL: 'llama3.1:8b',
      STILLROOM_SPEECH_MODEL: 'kokoro',
      STILLROOM_TRANSCRIBE_MODEL: 'whisper-1',
      STILLROOM_MODERATION_MODEL: 'omni-moderation-latest',
    })
    expect(c).toMatchObject({
      mode: 'cloud',
      baseURL: 'https://ai.clinic.example/v1',
      providerHost: 'ai.clinic.example',
    })
    expect([...c.enabled]).toEqual(['images', 'speech'])
    expect(c.models).toMatchObject({ images: 'flux-schnell', text: 'llama3.1:8b', speech: 'kokoro' })
    expect(c.apiKey).toBe(TEST_KEY)
    expect(JSON.stringify(c)).not.toContain(TEST_KEY)
    expect(inspect(c, { depth: 5 })).not.toContain(TEST_KEY)
  })

  it.each([
    [{ STILLROOM_PRIVACY: 'cloudy' }, /"local", "clinic" or "cloud"/],
    [{ STILLROOM_PRIVACY: 'cloud' }, /needs OPENAI_API_KEY/],
    [{ OPENAI_BASE_URL: 'not a url' }, /not a web address/],
    [{ OPENAI_BASE_URL: 'ftp://x/v1' }, /http/],
    [{ STILLROOM_AI: 'images,telepathy' }, /"telepathy" is not a capability/],
    [{ STILLROOM_IMAGE_MODEL: 'bad model name!' }, /not a model name/],
    [{ OPENAI_API_KEY: 'sk-abc def' }, /spaces/],
    [{ STILLROOM_PRIVACY: TEST_KEY }, /a value of \d+ characters/],
  ])('refuses %j clearly', (env, message) => {
    let error: unknown
    try {
      parseAiConfig(env)
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(AiConfigError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('sk-')
  })

  it('a bad AI setting stops `stillroom serve` with a usage error', () => {
    expect(() => parseServeConfig([], { STILLROOM_PRIVACY: 'maybe' })).toThrow(UsageError)
    expect(parseServeConfig([], {}).ai.mode).toBe('local')
  })
})

// The "no key in dist/" check lives in test/e2e/no-key-in-dist.test.ts: it runs after the build.
