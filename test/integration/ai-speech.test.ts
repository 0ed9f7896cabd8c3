import fs from 'node:fs'
import path from 'node:path'
import type { SessionState } from '../../src/shared/session/state'
import { afterEach, describe, expect, it } from 'vitest'
import { parseAiConfig } from '../../src/server/ai/config'
import type { AiCapability } from '../../src/shared/privacy/ai-contract'
import { TRANSCRIBE_MAX_BYTES, VOICE_TEXT } from '../../src/shared/privacy/voice-caps'
import type { VoiceCaps } from '../../src/shared/privacy/voice-caps'
import { msg } from '../../src/shared/session/protocol'
import { FAST, TEST_KEY, aiConfig } from '../support/ai-fixtures'
import { FAKE_MP3 } from '../support/mock-openai'
import { TestSocket, pair, postClient, postSession, startTherapySession } from './session-helpers'
import type { SessionServer } from './session-helpers'
import { speechServers } from './speech-servers'

// Speech in and voice out for the paired headset, with the REAL openai SDK against the mock server.

const DEVICE = 'x-stillroom-device'
const WORDS = 'a quiet beach at sunset'
const LINE = 'Let your shoulders soften, like on the walk with Sarah.'
const AUDIO = Buffer.concat([Buffer.from('1A45DFA3', 'hex'), Buffer.alloc(3000, 7)])

let server: SessionServer | null = null
// Nothing the client said or heard, and never the key, reaches a log line.
const servers = speechServers('stillroom-speech-', [TEST_KEY, 'quiet beach', 'shoulders', 'Sarah'])

afterEach(() => {
  server = null
})

async function setup(
  options: { env?: Record<string, string>; local?: boolean; consent?: AiCapability[] } = {},
) {
  servers.mock.reset()
  const ai = options.local
    ? parseAiConfig({ OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: servers.mock.baseURL }, FAST)
    : aiConfig(servers.mock.baseURL, options.env)
  const started = await servers.start(ai)
  const s = started.server
  server = s
  const t = await startTherapySession(s, 'dana')
  if (options.consent) {
    const res = await s.app.inject({
      method: 'PUT',
      url: `/api/clients/${t.clientId}/ai-consent`,
      headers: { cookie: t.cookie },
      payload: { capabilities: options.consent },
    })
    expect(res.statusCode).toBe(200)
  }
  const token = (await pair(s, t.code)).deviceToken
  return {
    ...t,
    dir: started.dir,
    token,
    caps: async (tok: string = token) =>
      s.app.inject({ method: 'GET', url: '/api/session/voice-caps', headers: tok ? { [DEVICE]: tok } : {} }),
    transcribe: (body: Buffer, type = 'audio/webm;codecs=opus', tok: string = token) =>
      s.app.inject({
        method: 'POST',
        url: '/api/session/transcribe',
        headers: { 'content-type': type, ...(tok ? { [DEVICE]: tok } : {}) },
        payload: body,
      }),
    speech: (text: unknown, tok: string = token, lang?: unknown) =>
      s.app.inject({
        method: 'POST',
        url: '/api/session/speech',
        headers: tok ? { [DEVICE]: tok } : {},
        payload: lang === undefined ? { text } : { text, lang },
      }),
  }
}

describe('GET /api/session/voice-caps', () => {
  it('local mode: nothing, with a calm reason, and no call leaves even with a key set', async () => {
    const s = await setup({ local: true, consent: ['speech', 'transcription'] })
    const res = await s.caps()
    expect(res.statusCode).toBe(200)
    expect(res.json<VoiceCaps>()).toEqual({ transcription: false, speech: false, reason: VOICE_TEXT.local })
    expect((await s.transcribe(AUDIO)).statusCode).toBe(409)
    expect((await s.speech(LINE)).statusCode).toBe(409)
    expect(servers.mock.requests.length).toBe(0)
  })

  it('cloud without consent: nothing, and the reason says agreement comes first', async () => {
    const s = await setup()
    expect((await s.caps()).json<VoiceCaps>()).toEqual({
      transcription: false,
      speech: false,
      reason: VOICE_TEXT.noConsent,
    })
  })

  it('follows each consented capability and the server switch', async () => {
    const s = await setup({ consent: ['speech'] })
    expect((await s.caps()).json<VoiceCaps>()).toMatchObject({ transcription: false, speech: true })
    const both = await setup({ consent: ['speech', 'transcription'] })
    expect((await both.caps()).json<VoiceCaps>()).toEqual({ transcription: true, speech: true })
    const off = await setup({ env: { STILLROOM_AI: 'images' }, consent: ['speech', 'transcription'] })
    expect((await off.caps()).json<VoiceCaps>()).toEqual({
      transcription: false,
      speech: false,
      reason: VOICE_TEXT.off,
    })
  })

  it('a transcription server that says "not supported" is marked unavailable for the client', async () => {
    const s = await setup({ consent: ['speech', 'transcription'] })
    servers.mock.script('transcriptions', { kind: 'status', status: 404, message: 'Not supported here' })
    expect((await s.transcribe(AUDIO)).statusCode).toBe(409)
    expect((await s.caps()).json<VoiceCaps>()).toMatchObject({ transcription: false, reason: VOICE_TEXT.off })
  })

  it('needs the device token of a live session: none 401, unknown 403, ended 403', async () => {
    const s = await setup({ consent: ['speech', 'transcription'] })
    expect((await s.caps('')).statusCode).toBe(401)
    expect((await s.caps('not-a-token')).statusCode).toBe(403)
    expect((await s.transcribe(AUDIO, 'audio/webm', '')).statusCode).toBe(401)
    expect((await s.transcribe(AUDIO, 'audio/webm', 'not-a-token')).statusCode).toBe(403)
    expect((await s.speech(LINE, '')).statusCode).toBe(401)
    const t = new TestSocket(server!, { cookie: s.cookie })
    await t.open()
    t.send(msg.hello('therapist', { sessionId: s.session.id }))
    await t.next('welcome')
    t.send(msg.command('end-1', { type: 'end' }))
    await t.next('ack')
    t.close()
    expect((await s.caps()).statusCode).toBe(403)
    expect((await s.transcribe(AUDIO)).statusCode).toBe(403)
    expect((await s.speech(LINE)).statusCode).toBe(403)
    expect(servers.mock.count()).toBe(0)
  })
})

describe('POST /api/session/transcribe', () => {
  it('sends the recording through the SDK and answers with the words', async () => {
    const s = await setup({ consent: ['transcription'] })
    const res = await s.transcribe(AUDIO)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ text: WORDS })
    expect(servers.mock.count('transcriptions')).toBe(1)
    const sent = servers.mock.requests.find((r) => r.endpoint === 'transcriptions')!
    expect(sent.body).toContain('filename="speech.webm"')
    expect(sent.body).toContain(AUDIO.subarray(0, 4).toString('latin1'))
    expect(sent.authorization).toBe(`Bearer ${TEST_KEY}`)
    // Other containers are named for what they are.
    expect((await s.transcribe(AUDIO, 'audio/wav')).statusCode).toBe(200)
    expect(servers.mock.requests.at(-1)!.body).toContain('filename="speech.wav"')
    // No language set for the client: the model is not told one.
    expect(sent.body).not.toContain('name="language"')
  })

  it('tells the model the client language, so the words are written down in it', async () => {
    const s = await setup({ consent: ['transcription'] })
    const patch = await server!.app.inject({
      method: 'PATCH',
      url: `/api/clients/${s.clientId}`,
      headers: { cookie: s.cookie },
      payload: { language: 'es' },
    })
    expect(patch.statusCode).toBe(200)
    expect((await s.transcribe(AUDIO)).statusCode).toBe(200)
    const sent = servers.mock.requests.filter((r) => r.endpoint === 'transcriptions').at(-1)!
    expect(sent.body).toMatch(/name="language"\r\n\r\nes\r\n/)
  })

  it('words of risk in a recording are raised to the therapist at once; the headset gets nothing to confirm', async () => {
    const s = await setup({ consent: ['transcription'] })
    servers.mock.transcript = 'I keep thinking I want to kill myself'
    const res = await s.transcribe(AUDIO)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ text: '', risk: true })
    const state = await server!.app.inject({
      method: 'GET',
      url: `/api/sessions/${s.session.id}`,
      headers: { cookie: s.cookie },
    })
    const risks = state.json<{ session: SessionState }>().session.risks ?? []
    expect(risks).toEqual([
      expect.objectContaining({
        words: 'I keep thinking I want to kill myself',
        source: 'speech',
        from: 'client',
      }),
    ])
    expect(servers.logs.join('\n')).not.toContain('kill myself')
  })

  it('not allowed (no consent) → 409 saying to type, and nothing leaves', async () => {
    const s = await setup({ consent: ['speech'] })
    const res = await s.transcribe(AUDIO)
    expect(res.statusCode).toBe(409)
    expect(res.json<{ message: string }>().message).toMatch(/type/i)
    expect(servers.mock.count()).toBe(0)
  })

  it('empty → 400, too large → 413, not audio → 415, none sent', async () => {
    const s = await setup({ consent: ['transcription'] })
    const empty = await s.transcribe(Buffer.alloc(0))
    expect(empty.statusCode).toBe(400)
    expect((await s.transcribe(Buffer.alloc(TRANSCRIBE_MAX_BYTES + 1, 1))).statusCode).toBe(413)
    const text = await s.transcribe(Buffer.from('hello'), 'text/plain')
    expect(text.statusCode).toBe(415)
    const video = await s.transcribe(AUDIO, 'audio/x-unknown')
    expect(video.statusCode).toBe(415)
    expect(video.json<{ message: string }>().message).toMatch(/webm, ogg, mp4 or wav/)
    expect(servers.mock.count()).toBe(0)
  })

  it('the provider failing → 502 with its short notice, after the retries', async () => {
    const s = await setup({ consent: ['transcription'] })
    servers.mock.script(
      'transcriptions',
      { kind: 'status', status: 503 },
      { kind: 'status', status: 503 },
      { kind: 'status', status: 503 },
    )
    const res = await s.transcribe(AUDIO)
    expect(res.statusCode).toBe(502)
    expect(res.json<{ message: string }>().message).toMatch(/problem on its side/)
    expect(servers.mock.count('transcriptions')).toBe(3)
    servers.mock.script('transcriptions', { kind: 'wrong-shape' })
    expect((await s.transcribe(AUDIO)).statusCode).toBe(502)
  })
})

describe('POST /api/session/speech', () => {
  it('answers with mp3 bytes, cached per text and voice (the provider is asked once)', async () => {
    const s = await setup({ consent: ['speech'] })
    const first = await s.speech(LINE)
    expect(first.statusCode).toBe(200)
    expect(first.headers['content-type']).toBe('audio/mpeg')
    expect(first.rawPayload.equals(FAKE_MP3)).toBe(true)
    const again = await s.speech(LINE)
    expect(again.statusCode).toBe(200)
    expect(again.rawPayload.equals(FAKE_MP3)).toBe(true)
    // Nothing tells the headset whether a line was spoken before.
    expect(Object.keys(first.headers).filter((h) => /cache/i.test(h) && h !== 'cache-control')).toEqual([])
    expect(Object.keys(again.headers).sort()).toEqual(Object.keys(first.headers).sort())
    expect(servers.mock.count('speech')).toBe(1)
    const sent = JSON.parse(servers.mock.requests.find((r) => r.endpoint === 'speech')!.body) as Record<
      string,
      string
    >
    expect(sent.voice).toBe('sage')
    expect(sent.instructions).toMatch(/soft/i)
    // The privacy guard ran first: the name never left.
    expect(sent.input).not.toContain('Sarah')
    expect(sent.input).toContain('shoulders soften')
  })

  it('speaks a line in the headset’s language when told it, and refuses a language it does not speak', async () => {
    const s = await setup({ consent: ['speech'] })
    expect((await s.speech('Inspira despacio.', undefined, 'es')).statusCode).toBe(200)
    const sent = JSON.parse(servers.mock.requests.find((r) => r.endpoint === 'speech')!.body) as Record<
      string,
      string
    >
    expect(sent.instructions).toMatch(/Spanish/)
    expect((await s.speech('Respira.', undefined, 'pt')).statusCode).toBe(400)
  })

  it('the cache is kept per client in their folder, private, and goes with their erasure', async () => {
    const s = await setup({ consent: ['speech'] })
    const srv = server!
    // A second client of the same therapist, with their own session and headset.
    const otherId = await postClient(srv, s.cookie, 'Other')
    const consent = await srv.app.inject({
      method: 'PUT',
      url: `/api/clients/${otherId}/ai-consent`,
      headers: { cookie: s.cookie },
      payload: { capabilities: ['speech'] },
    })
    expect(consent.statusCode).toBe(200)
    const other = await postSession(srv, s.cookie, otherId)
    const otherToken = (await pair(srv, other.code)).deviceToken

    expect((await s.speech(LINE)).statusCode).toBe(200)
    expect((await s.speech(LINE)).statusCode).toBe(200)
    expect(servers.mock.count('speech')).toBe(1)
    // The same line for another client is not served from the first client's cache.
    expect((await s.speech(LINE, otherToken)).statusCode).toBe(200)
    expect(servers.mock.count('speech')).toBe(2)

    const mine = path.join(s.dir, 'audio-cache', s.clientId)
    const theirs = path.join(s.dir, 'audio-cache', otherId)
    expect(fs.readdirSync(mine)).toHaveLength(1)
    expect(fs.readdirSync(theirs)).toHaveLength(1)
    expect(fs.statSync(mine).mode & 0o777).toBe(0o700)
    expect(fs.statSync(path.join(mine, fs.readdirSync(mine)[0]!)).mode & 0o777).toBe(0o600)

    const erased = await srv.app.inject({
      method: 'DELETE',
      url: `/api/clients/${s.clientId}`,
      headers: { cookie: s.cookie },
      payload: { confirm: 'Client of dana' },
    })
    expect(erased.statusCode).toBe(200)
    expect(fs.existsSync(mine)).toBe(false)
    expect(fs.readdirSync(theirs)).toHaveLength(1)
    expect((await s.speech(LINE, otherToken)).statusCode).toBe(200)
    expect(servers.mock.count('speech')).toBe(2)
  })

  it('the voice and its speed come from STILLROOM_VOICE and STILLROOM_VOICE_SPEED', async () => {
    const s = await setup({
      env: { STILLROOM_VOICE: 'coral', STILLROOM_VOICE_SPEED: '0.9' },
      consent: ['speech'],
    })
    expect((await s.speech('Breathe in.')).statusCode).toBe(200)
    const sent = JSON.parse(servers.mock.requests.at(-1)!.body) as { voice: string; speed?: number }
    expect(sent).toMatchObject({ voice: 'coral', speed: 0.9 })
    // Unset, no speed is sent (some models refuse it).
    const plain = await setup({ consent: ['speech'] })
    expect((await plain.speech('Breathe in.')).statusCode).toBe(200)
    expect(JSON.parse(servers.mock.requests.at(-1)!.body)).not.toHaveProperty('speed')
    expect(() => parseAiConfig({ STILLROOM_VOICE_SPEED: 'fast' })).toThrow(/STILLROOM_VOICE_SPEED/)
  })

  it('not allowed → 409; bad text → 400; nothing leaves', async () => {
    const s = await setup({ consent: ['transcription'] })
    expect((await s.speech(LINE)).statusCode).toBe(409)
    const ok = await setup({ consent: ['speech'] })
    expect((await ok.speech('')).statusCode).toBe(400)
    expect((await ok.speech('x'.repeat(501))).statusCode).toBe(400)
    expect((await ok.speech(42)).statusCode).toBe(400)
    expect(servers.mock.count()).toBe(0)
  })

  it('is rate-limited per device, with retry-after', async () => {
    const s = await setup({ consent: ['speech'] })
    const codes: number[] = []
    for (let i = 0; i < 42; i++) codes.push((await s.speech('Breathe out.')).statusCode)
    expect(codes.slice(0, 40).every((c) => c === 200)).toBe(true)
    expect(codes.at(-1)).toBe(429)
    const limited = await s.speech('Breathe out.')
    expect(limited.headers['retry-after']).toBeDefined()
    expect(servers.mock.count('speech')).toBe(1)
  })

  it('a provider failure → 502 with a short notice', async () => {
    const s = await setup({ consent: ['speech'] })
    servers.mock.script('speech', { kind: 'empty' })
    const res = await s.speech(LINE)
    expect(res.statusCode).toBe(502)
    expect(res.json<{ message: string }>().message).toMatch(/could not use/)
  })
})
