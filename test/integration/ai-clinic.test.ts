// Clinic privacy mode with the real openai SDK against the local mock: AI calls reach a server on the clinic's own
// network and nothing else. A public address, a name that resolves outside, and a redirect elsewhere are refused
// with a plain sentence before anything is sent.
import type { LookupAddress } from 'node:dns'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ResolveAll } from '../../src/server/ai/clinic-fetch'
import { AiConfigError, checkClinicHost, type AiConfig } from '../../src/server/ai/config'
import type { Storage } from '../../src/server/storage'
import { AI_CAPABILITIES, type AiCapability } from '../../src/shared/privacy/ai-contract'
import { aiConfig, aiStorage, callFor, consentTo, createAiProvider } from '../support/ai-fixtures'
import { startMockOpenAI, type MockOpenAI } from '../support/mock-openai'

let mock: MockOpenAI
let storage: Storage
let clientId: string

beforeAll(async () => {
  mock = await startMockOpenAI()
})
afterAll(async () => {
  await mock.close()
})
beforeEach(async () => {
  mock.reset()
  ;({ storage, clientId } = await aiStorage())
})
afterEach(async () => {
  await storage.close()
})

const clinicConfig = (baseURL: string, env: Record<string, string> = {}) =>
  aiConfig(baseURL, { STILLROOM_PRIVACY: 'clinic', ...env })

/** A resolver standing in for DNS: answers for the name, and counts who asked. */
function fakeDns(answers: Record<string, readonly string[]>) {
  const asked: string[] = []
  const resolve: ResolveAll = async (name) => {
    asked.push(name)
    const found = answers[name]
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' })
    return found.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }))
  }
  return { asked, resolve }
}

const withResolver = (config: AiConfig, resolve: ResolveAll): AiConfig => ({
  ...config,
  clinic: { networks: config.clinic!.networks, resolve },
})

const port = () => new URL(mock.baseURL).port

describe('clinic mode settings', () => {
  it('needs the clinic’s own server, and refuses one typed as a public address', () => {
    expect(() => aiConfig('', { STILLROOM_PRIVACY: 'clinic', OPENAI_BASE_URL: '' })).toThrow(
      /STILLROOM_PRIVACY=clinic needs OPENAI_BASE_URL/,
    )
    for (const outside of ['http://8.8.8.8/v1', 'https://[2001:db8::1]/v1', 'http://[::ffff:808:808]/v1'])
      expect(() => clinicConfig(outside), outside).toThrow(AiConfigError)
    expect(() => clinicConfig('http://8.8.8.8/v1')).toThrow(/outside the clinic's own network/)
    // Odd spellings of this computer are this computer: URLs read them as 127.0.0.1.
    for (const inside of [
      'http://127.0.0.1:9/v1',
      'http://2130706433:9/v1',
      'http://0x7f.1:9/v1',
      'http://[::1]:9/v1',
    ])
      expect(clinicConfig(inside).mode, inside).toBe('clinic')
    expect(() => clinicConfig('http://100.64.1.2/v1')).toThrow(AiConfigError)
    expect(clinicConfig('http://100.64.1.2/v1', { STILLROOM_CLINIC_NETWORKS: '100.64.0.0/10' }).mode).toBe(
      'clinic',
    )
    expect(() => clinicConfig('http://10.0.0.2/v1', { STILLROOM_CLINIC_NETWORKS: 'everything' })).toThrow(
      /STILLROOM_CLINIC_NETWORKS: "everything"/,
    )
  })

  it('checks at startup where the server’s name resolves', async () => {
    const config = clinicConfig('http://ai.clinic.test/v1')
    const inside = fakeDns({ 'ai.clinic.test': ['10.0.0.7'] })
    expect(await checkClinicHost(config, inside.resolve)).toBeNull()
    const outside = fakeDns({ 'ai.clinic.test': ['10.0.0.7', '93.184.216.34'] })
    expect(await checkClinicHost(config, outside.resolve)).toEqual({
      problem: expect.stringMatching(
        /ai\.clinic\.test, which is at 93\.184\.216\.34, outside the clinic's own/,
      ),
    })
    const unknown = fakeDns({})
    expect(await checkClinicHost(config, unknown.resolve)).toEqual({
      warning: expect.stringMatching(/could not be looked up now; every call checks again/),
    })
    // Local and cloud modes are not checked.
    expect(await checkClinicHost(aiConfig(mock.baseURL), outside.resolve)).toBeNull()
  })
})

describe('calls in clinic mode', () => {
  it('reach the clinic’s server for every capability, with the consent recorded for it', async () => {
    await consentTo(storage, clientId, AI_CAPABILITIES, 'clinic')
    const ai = createAiProvider({ config: clinicConfig(mock.baseURL), store: storage.ai! })
    for (const cap of AI_CAPABILITIES) {
      const r = await callFor(ai, cap, clientId)
      expect(r.ok, `${cap}: ${JSON.stringify(r)}`).toBe(true)
    }
    // Audio goes out as multipart through the clinic's own fetch, whole.
    expect(mock.requests.find((q) => q.endpoint === 'transcriptions')?.body).toContain(
      'fake webm audio bytes',
    )
    expect((await ai.status()).mode).toBe('clinic')
  })

  it('connects to the address the name resolved to on the clinic’s network', async () => {
    await consentTo(storage, clientId)
    const dns = fakeDns({ 'ai.clinic.test': ['127.0.0.1'] })
    const config = withResolver(clinicConfig(`http://ai.clinic.test:${port()}/v1`), dns.resolve)
    const ai = createAiProvider({ config, store: storage.ai! })
    const r = await callFor(ai, 'transcription', clientId)
    expect(r).toEqual({ ok: true, value: { text: 'a quiet beach at sunset' } })
    expect(dns.asked).toContain('ai.clinic.test')
  })

  it.each<[string, readonly string[]]>([
    ['a public address', ['93.184.216.34']],
    ['a public address among private ones', ['10.0.0.7', '93.184.216.34']],
    ['a public IPv6 address', ['2a00:1450::1']],
  ])('refuses a name that resolves to %s, and nothing is sent', async (_, addresses) => {
    await consentTo(storage, clientId)
    const dns = fakeDns({ 'ai.clinic.test': addresses })
    const config = withResolver(clinicConfig(`http://ai.clinic.test:${port()}/v1`), dns.resolve)
    const ai = createAiProvider({ config, store: storage.ai! })
    for (const cap of ['transcription', 'images', 'text'] satisfies AiCapability[]) {
      const r = await callFor(ai, cap, clientId)
      expect(r).toEqual({
        ok: false,
        reason: 'outside_clinic',
        notice: expect.stringMatching(/outside the clinic's own network, so nothing was sent/),
      })
    }
    expect(mock.requests).toHaveLength(0)
    // Each call was checked again at its own connection, not once for all.
    expect(dns.asked.length).toBeGreaterThanOrEqual(3)
  })

  it('follows no redirect: an answer pointing elsewhere is refused and nothing more is sent', async () => {
    await consentTo(storage, clientId)
    const ai = createAiProvider({ config: clinicConfig(mock.baseURL), store: storage.ai! })
    for (const status of [301, 307] as const) {
      mock.reset()
      mock.script('transcriptions', {
        kind: 'redirect',
        status,
        location: 'http://93.184.216.34/v1/audio/transcriptions',
      })
      const r = await callFor(ai, 'transcription', clientId)
      expect(r).toMatchObject({ ok: false, reason: 'outside_clinic' })
      expect(mock.requests).toHaveLength(1)
    }
    // Even a redirect back to the same clinic server is not followed: the SDK sees a refusal, never a loop.
    mock.reset()
    mock.script('images', { kind: 'redirect', status: 302, location: `${mock.baseURL}/images/generations` })
    expect(await callFor(ai, 'images', clientId)).toMatchObject({ ok: false, reason: 'outside_clinic' })
    expect(mock.requests).toHaveLength(1)
  })

  it('never sends to a cloud provider on a consent given for the clinic’s own server', async () => {
    await consentTo(storage, clientId, AI_CAPABILITIES, 'clinic')
    const cloud = createAiProvider({ config: aiConfig(mock.baseURL), store: storage.ai! })
    for (const cap of AI_CAPABILITIES) {
      expect(await cloud.allows(clientId, cap)).toBe(false)
      expect(await callFor(cloud, cap, clientId)).toMatchObject({ ok: false, reason: 'local' })
    }
    expect(mock.requests.filter((q) => q.endpoint !== 'models')).toHaveLength(0)
    // A consent given for the cloud covers the clinic's own server, a step more private.
    await consentTo(storage, clientId, AI_CAPABILITIES, 'cloud')
    const clinic = createAiProvider({ config: clinicConfig(mock.baseURL), store: storage.ai! })
    expect(await clinic.allows(clientId, 'images')).toBe(true)
  })
})
