// Speaking on a headset used alone, with the REAL openai SDK against the mock server: only in clinic mode (the
// clinic's own server), only after the person wearing the headset agreed on it, only for that device, and words of
// risk never come back to be confirmed.
import { describe, expect, it } from 'vitest'
import { parseAiConfig } from '../../src/server/ai/config'
import { newSoloToken } from '../../src/server/solo-device'
import { TRANSCRIBE_MAX_BYTES, VOICE_TEXT, type VoiceCaps } from '../../src/shared/privacy/voice-caps'
import { FAST, TEST_KEY, aiConfig } from '../support/ai-fixtures'
import { speechServers } from './speech-servers'

const SOLO = 'x-stillroom-solo'
const AUDIO = Buffer.concat([Buffer.from('1A45DFA3', 'hex'), Buffer.alloc(3000, 7)])

const servers = speechServers('stillroom-solo-speech-', ['quiet beach', 'end it all'])

async function setup(mode: 'clinic' | 'cloud' | 'local') {
  servers.mock.reset()
  const ai =
    mode === 'local'
      ? parseAiConfig({ OPENAI_API_KEY: TEST_KEY, OPENAI_BASE_URL: servers.mock.baseURL }, FAST)
      : aiConfig(servers.mock.baseURL, mode === 'clinic' ? { STILLROOM_PRIVACY: 'clinic' } : {})
  const { server } = await servers.start(ai)
  const device = newSoloToken()
  const headers = (tok: string | null) => (tok === null ? {} : { [SOLO]: tok })
  return {
    server,
    device,
    caps: (tok: string | null = device) =>
      server.app.inject({ method: 'GET', url: '/api/solo/voice-caps', headers: headers(tok) }),
    agree: (payload: unknown, tok: string | null = device) =>
      server.app.inject({
        method: 'PUT',
        url: '/api/solo/voice-consent',
        headers: headers(tok),
        payload: payload as object,
      }),
    transcribe: (body: Buffer, type = 'audio/webm;codecs=opus', tok: string | null = device) =>
      server.app.inject({
        method: 'POST',
        url: '/api/solo/transcribe',
        headers: { 'content-type': type, ...headers(tok) },
        payload: body,
      }),
  }
}

describe('speaking on a headset used alone', () => {
  it('clinic mode: asks first, then writes the words down; the agreement is this device’s only', async () => {
    const s = await setup('clinic')
    expect((await s.caps()).json<VoiceCaps>()).toEqual({
      transcription: false,
      speech: false,
      ask: true,
      reason: VOICE_TEXT.askSolo,
    })
    // Not yet agreed: nothing goes out.
    const early = await s.transcribe(AUDIO)
    expect(early.statusCode).toBe(409)
    expect(early.json<{ message: string }>().message).toBe(VOICE_TEXT.askSolo)
    expect(servers.mock.count('transcriptions')).toBe(0)

    const agreed = await s.agree({ agree: true })
    expect(agreed.statusCode).toBe(200)
    expect(agreed.json<VoiceCaps>()).toEqual({ transcription: true, speech: false })
    const heard = await s.transcribe(AUDIO)
    expect(heard.statusCode).toBe(200)
    expect(heard.json()).toEqual({ text: 'a quiet beach at sunset' })
    expect(servers.mock.count('transcriptions')).toBe(1)

    // Audited without a client: the call's size and outcome, never the words; and who agreed, as the headset.
    const calls = (await s.server.storage.ai!.listCalls()).filter((c) => c.capability !== 'health')
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({
      clientId: null,
      sessionId: null,
      capability: 'transcription',
      outcome: 'ok',
    })
    expect(calls[0]!.requestBytes).toBe(AUDIO.length)
    const consent = s.server.storage.audit!.list({ action: 'consent' }).entries
    expect(consent.map((e) => [e.actor, e.detail])).toEqual([
      ['headset', 'solo headset: transcription, clinic server'],
    ])

    // Another headset has not agreed: it is asked, and its recording goes nowhere.
    const other = newSoloToken()
    expect((await s.caps(other)).json<VoiceCaps>()).toMatchObject({ ask: true, transcription: false })
    expect((await s.transcribe(AUDIO, 'audio/webm', other)).statusCode).toBe(409)
    expect(servers.mock.count('transcriptions')).toBe(1)

    // Withdrawn: asked again, nothing sent.
    expect((await s.agree({ agree: false })).json<VoiceCaps>()).toMatchObject({ ask: true })
    expect((await s.transcribe(AUDIO)).statusCode).toBe(409)
    expect(servers.mock.count('transcriptions')).toBe(1)
  })

  it('cloud and local mode: a solo headset is told how words get in, and nothing leaves', async () => {
    for (const mode of ['cloud', 'local'] as const) {
      const s = await setup(mode)
      const reason = mode === 'cloud' ? VOICE_TEXT.solo : VOICE_TEXT.soloLocal
      expect((await s.caps()).json<VoiceCaps>(), mode).toEqual({
        transcription: false,
        speech: false,
        reason,
      })
      // Agreeing on the headset never opens a cloud provider (that takes a therapist and a recorded consent).
      const agree = await s.agree({ agree: true })
      expect(agree.statusCode, mode).toBe(409)
      expect((await s.transcribe(AUDIO)).statusCode, mode).toBe(409)
      expect(
        servers.mock.requests.filter((r) => r.endpoint !== 'models'),
        mode,
      ).toEqual([])
    }
  })

  it('words of risk are not handed back to confirm: the headset opens its crisis panel', async () => {
    const s = await setup('clinic')
    await s.agree({ agree: true })
    servers.mock.transcript = 'I just want to end it all'
    const res = await s.transcribe(AUDIO)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ text: '', risk: true })
  })

  it('refuses odd requests plainly and keeps working', async () => {
    const s = await setup('clinic')
    // No device, or one this server never issued.
    expect((await s.caps(null)).statusCode).toBe(400)
    expect((await s.caps('../../etc')).statusCode).toBe(400)
    expect((await s.agree({ agree: true }, null)).statusCode).toBe(400)
    expect((await s.transcribe(AUDIO, 'audio/webm', null)).statusCode).toBe(400)
    // Bodies.
    for (const bad of [{}, { agree: 'yes' }, [true]]) expect((await s.agree(bad)).statusCode).toBe(400)
    // Odd spellings of the route reach nothing, or the same checks: a device that has not agreed sends nothing.
    for (const url of [
      '/api/solo//transcribe',
      '/api/solo/transcribe/',
      '/API/solo/transcribe',
      '/api/solo/%74ranscribe',
    ]) {
      const res = await s.server.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'audio/webm', [SOLO]: s.device },
        payload: AUDIO,
      })
      expect([404, 409], url).toContain(res.statusCode)
    }
    expect(servers.mock.count('transcriptions')).toBe(0)
    await s.agree({ agree: true })
    expect((await s.transcribe(AUDIO, 'text/plain')).statusCode).toBe(415)
    expect((await s.transcribe(Buffer.alloc(0), 'audio/webm')).statusCode).toBe(400)
    expect((await s.transcribe(Buffer.alloc(TRANSCRIBE_MAX_BYTES + 1, 1), 'audio/webm')).statusCode).toBe(413)
    expect(servers.mock.count('transcriptions')).toBe(0)
    // The server is still there, and still writes words down.
    expect((await s.transcribe(AUDIO)).statusCode).toBe(200)
  })

  it('a headset cannot send recordings without end: 20 a minute', async () => {
    const s = await setup('clinic')
    await s.agree({ agree: true })
    const answers = await Promise.all(Array.from({ length: 21 }, () => s.transcribe(AUDIO)))
    const codes = answers.map((a) => a.statusCode).sort()
    expect(codes.filter((c) => c === 200)).toHaveLength(20)
    expect(codes.filter((c) => c === 429)).toHaveLength(1)
    expect(servers.mock.count('transcriptions')).toBe(20)
  })
})
