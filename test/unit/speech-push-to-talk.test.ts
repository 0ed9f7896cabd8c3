import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPushToTalk, type PushToTalkDeps } from '../../src/client/speech/push-to-talk'
import type { Transcript } from '../../src/client/speech/speech-api'
import { talkLine } from '../../src/client/speech/talk-text'
import { HEADSET_EN, type HeadsetKey } from '../../src/shared/i18n/headset-en'
import { createTranslator } from '../../src/shared/i18n/translate'
import { VOICE_KEYS, VOICE_TEXT } from '../../src/shared/privacy/voice-caps'
import type { VoiceCaps } from '../../src/shared/privacy/voice-caps'

// The push-to-talk state machine with a fake microphone and recorder: the microphone is open only while held,
// nothing is used before the client confirms, and every way it cannot work ends in one calm sentence.

/** The headset's words in English: the lines the tests read. */
const EN = createTranslator<HeadsetKey>('en', HEADSET_EN)

type Listener = (e: { data: Blob }) => void

class FakeRecorder {
  mimeType = 'audio/webm;codecs=opus'
  state = 'inactive'
  private listeners = new Map<string, Listener[]>()
  constructor(
    private readonly bytes: string,
    /** A loaded machine: the last audio and the stop event come this late. */
    private readonly stopDelayMs = 0,
  ) {}
  addEventListener(type: string, f: Listener | (() => void)) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), f as Listener])
  }
  start() {
    this.state = 'recording'
  }
  stop() {
    this.state = 'inactive'
    const deliver = () => {
      for (const f of this.listeners.get('dataavailable') ?? []) f({ data: new Blob([this.bytes]) })
      for (const f of this.listeners.get('stop') ?? []) f({ data: new Blob() })
    }
    if (this.stopDelayMs) setTimeout(deliver, this.stopDelayMs)
    else queueMicrotask(deliver)
  }
}

function rig(
  options: {
    caps?: VoiceCaps | null
    media?: 'ok' | 'denied' | 'missing' | 'none'
    transcript?: Transcript
    bytes?: string
    stopDelayMs?: number
    agree?: PushToTalkDeps['agree']
  } = {},
) {
  let t = 0
  const raised: number[] = []
  const tracks: Array<{ stopped: boolean }> = []
  const sent: Blob[] = []
  let permission: (() => void) | null = null
  const deps: PushToTalkDeps = {
    caps: () =>
      Promise.resolve(options.caps === undefined ? { transcription: true, speech: true } : options.caps),
    getUserMedia:
      options.media === 'none'
        ? undefined
        : () => {
            if (options.media === 'denied')
              return Promise.reject(Object.assign(new Error('no'), { name: 'NotAllowedError' }))
            if (options.media === 'missing')
              return Promise.reject(Object.assign(new Error('no'), { name: 'NotFoundError' }))
            const track = { stopped: false }
            tracks.push(track)
            const stream = { getTracks: () => [{ stop: () => void (track.stopped = true) }] }
            return new Promise((resolve) => {
              permission = () => resolve(stream)
            })
          },
    createRecorder: () => new FakeRecorder(options.bytes ?? 'webm-bytes', options.stopDelayMs),
    transcribe: (audio) => {
      sent.push(audio)
      return Promise.resolve(options.transcript ?? { ok: true, text: 'a quiet beach at sunset' })
    },
    createMeter: () => ({ level: () => 0.4, close: () => {} }),
    now: () => t,
    raise: () => void raised.push(t),
    ...(options.agree ? { agree: options.agree } : {}),
  }
  const talk = createPushToTalk(deps)
  return {
    talk,
    tracks,
    sent,
    raised,
    advance: (ms: number) => void (t += ms),
    /** The browser's permission answer (a prompt the first time). */
    allow: async () => {
      await vi.waitFor(() => expect(permission).not.toBeNull())
      permission!()
      permission = null
      await vi.waitFor(() => expect(talk.store.getState().kind).not.toBe('checking'))
    },
    kind: () => talk.store.getState().kind,
  }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('push-to-talk', () => {
  it('hold, speak, let go: the words come back for the client to confirm; the microphone closed on release', async () => {
    const r = rig()
    const pressing = r.talk.press()
    await r.allow()
    await pressing
    expect(r.kind()).toBe('listening')
    expect(r.talk.level()).toBeCloseTo(0.4)
    expect(r.tracks).toEqual([{ stopped: false }])
    r.advance(1500)
    const releasing = r.talk.release()
    // The microphone closes the moment the button is let go, before the words come back.
    expect(r.tracks[0]!.stopped).toBe(true)
    expect(r.kind()).toBe('transcribing')
    await releasing
    expect(r.talk.store.getState()).toEqual({ kind: 'confirm', text: 'a quiet beach at sunset' })
    expect(r.sent).toHaveLength(1)
    expect(r.sent[0]!.type).toBe('audio/webm;codecs=opus')
    expect(await r.sent[0]!.text()).toBe('webm-bytes')
  })

  it("waits for a slow recorder's last audio instead of deciding nothing was said", async () => {
    const r = rig({ stopDelayMs: 3000 })
    const pressing = r.talk.press()
    await r.allow()
    await pressing
    r.advance(1500)
    vi.useFakeTimers()
    const releasing = r.talk.release()
    await vi.advanceTimersByTimeAsync(3000)
    await releasing
    expect(r.talk.store.getState()).toEqual({ kind: 'confirm', text: 'a quiet beach at sunset' })
    expect(await r.sent[0]!.text()).toBe('webm-bytes')
  })

  it('nothing is used until "Use these words"; "Try again" drops the words', async () => {
    const r = rig()
    const send = vi.fn(() => true)
    const p = r.talk.press()
    await r.allow()
    await p
    r.advance(900)
    await r.talk.release()
    expect(send).not.toHaveBeenCalled()
    expect(await r.talk.use(send)).toBe(true)
    expect(send).toHaveBeenCalledWith('a quiet beach at sunset')
    expect(r.kind()).toBe('idle')
    expect(await r.talk.use(send)).toBe(false)

    const again = rig()
    const q = again.talk.press()
    await again.allow()
    await q
    again.advance(900)
    await again.talk.release()
    again.talk.reset()
    expect(again.talk.store.getState()).toEqual({ kind: 'idle', hint: null })
    expect(await again.talk.use(send)).toBe(false)
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('words the server raised for risk leave nothing to confirm and no hint (the session shows its message)', async () => {
    const r = rig({ transcript: { ok: true, text: '', risk: true } })
    const send = vi.fn(() => true)
    const p = r.talk.press()
    await r.allow()
    await p
    r.advance(900)
    await r.talk.release()
    expect(r.talk.store.getState()).toEqual({ kind: 'idle', hint: null })
    expect(await r.talk.use(send)).toBe(false)
    expect(send).not.toHaveBeenCalled()
  })

  it('alone with the clinic’s server: asks first; "Not now" opens nothing, "Yes" records it and speaking works', async () => {
    let agreed = false
    const answers: boolean[] = []
    const r = rig({
      caps: { transcription: false, speech: false, ask: true, reason: VOICE_TEXT.askSolo },
      agree: async (yes) => {
        answers.push(yes)
        agreed = yes
        return { transcription: true, speech: false }
      },
    })
    await r.talk.press()
    expect(r.talk.store.getState()).toEqual({ kind: 'consent', question: VOICE_KEYS.askSolo })
    expect(talkLine(r.talk.store.getState(), 'vr', EN)).toBe(VOICE_TEXT.askSolo)
    await r.talk.release()
    r.talk.reset() // "Not now"
    expect(r.kind()).toBe('idle')
    expect(answers).toEqual([])
    await r.talk.press()
    await r.talk.release()
    await r.talk.agree()
    expect(answers).toEqual([true])
    expect(agreed).toBe(true)
    expect(r.talk.store.getState()).toEqual({ kind: 'idle', hint: VOICE_KEYS.agreed })
    expect(talkLine(r.talk.store.getState(), 'vr', EN)).toMatch(/hold B/)
    // No microphone was opened for the question.
    expect(r.tracks).toEqual([])
    // Agreeing when no question stands does nothing.
    await r.talk.agree()
    expect(answers).toEqual([true])
  })

  it('words of risk heard on a headset used alone open the crisis panel, with nothing to confirm', async () => {
    const r = rig({ transcript: { ok: true, text: '', risk: true } })
    const p = r.talk.press()
    await r.allow()
    await p
    r.advance(900)
    await r.talk.release()
    expect(r.raised).toHaveLength(1)
    expect(r.talk.store.getState()).toEqual({ kind: 'idle', hint: null })
  })

  it('why speaking is not possible is said once; after that it is only offered quietly', async () => {
    const r = rig({ caps: { transcription: false, speech: false, reason: VOICE_TEXT.soloLocal } })
    await r.talk.press()
    expect(r.talk.store.getState()).toEqual({ kind: 'unavailable', reason: VOICE_KEYS.soloLocal })
    await r.talk.release()
    r.talk.reset()
    await r.talk.press()
    expect(r.talk.store.getState()).toEqual({
      kind: 'unavailable',
      reason: VOICE_KEYS.soloLocal,
      again: true,
    })
    // A different reason is new, and said in full.
    const m = rig({ media: 'denied' })
    await m.talk.press()
    expect(m.talk.store.getState()).toEqual({ kind: 'unavailable', reason: VOICE_KEYS.denied })
  })

  it('solo (no session), no consent, local mode: one calm sentence, and no microphone is opened', async () => {
    const solo = rig({ caps: null })
    await solo.talk.press()
    expect(solo.talk.store.getState()).toEqual({ kind: 'unavailable', reason: VOICE_KEYS.solo })
    const local = rig({ caps: { transcription: false, speech: false, reason: VOICE_TEXT.local } })
    await local.talk.press()
    expect(local.talk.store.getState()).toEqual({ kind: 'unavailable', reason: VOICE_KEYS.local })
    expect(talkLine(local.talk.store.getState(), 'desktop', EN)).toMatch(/type/)
    expect(solo.tracks.length + local.tracks.length).toBe(0)
  })

  it('no microphone API, none found, or permission denied: says so and points to typing', async () => {
    for (const [media, reason] of [
      ['none', VOICE_KEYS.noMicrophone],
      ['missing', VOICE_KEYS.noMicrophone],
      ['denied', VOICE_KEYS.denied],
    ] as const) {
      const r = rig({ media })
      await r.talk.press()
      expect(r.talk.store.getState()).toEqual({ kind: 'unavailable', reason })
      expect(HEADSET_EN[reason]).toMatch(/type/i)
    }
  })

  it('a tap is not speech: nothing is sent and the hint says to hold', async () => {
    const r = rig()
    const p = r.talk.press()
    await r.allow()
    await p
    r.advance(120)
    await r.talk.release()
    expect(r.talk.store.getState()).toEqual({ kind: 'idle', hint: VOICE_KEYS.tooShort })
    expect(r.sent).toHaveLength(0)
    expect(r.tracks[0]!.stopped).toBe(true)
  })

  it('let go while the browser asks for permission: nothing is recorded and the microphone closes', async () => {
    const r = rig()
    const p = r.talk.press()
    await r.talk.release()
    await r.allow()
    await p
    expect(r.talk.store.getState()).toEqual({ kind: 'idle', hint: VOICE_KEYS.tooShort })
    expect(r.tracks[0]!.stopped).toBe(true)
    expect(r.sent).toHaveLength(0)
  })

  it('the server saying no (409) explains; a failure or silence leaves a calm retry line', async () => {
    const cases: Array<[Transcript, string, string]> = [
      [{ ok: false, status: 409, message: VOICE_TEXT.noConsent }, 'unavailable', VOICE_TEXT.noConsent],
      [{ ok: false, status: 502, message: VOICE_TEXT.failed }, 'idle', VOICE_TEXT.failed],
      [{ ok: true, text: '' }, 'idle', VOICE_TEXT.empty],
    ]
    for (const [transcript, kind, line] of cases) {
      const r = rig({ transcript })
      const p = r.talk.press()
      await r.allow()
      await p
      r.advance(2000)
      await r.talk.release()
      expect(r.kind()).toBe(kind)
      expect(talkLine(r.talk.store.getState(), 'desktop', EN)).toBe(line)
    }
  })

  it('stops by itself after 60 s, so a stuck button never records forever', async () => {
    vi.useFakeTimers()
    const r = rig()
    const p = r.talk.press()
    await vi.waitFor(() => expect(r.tracks).toHaveLength(1))
    await r.allow()
    await p
    r.advance(60_000)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(r.tracks[0]!.stopped).toBe(true)
    expect(r.sent).toHaveLength(1)
    expect(r.kind()).toBe('confirm')
  })

  it('a second press while busy is ignored; dispose closes the microphone', async () => {
    const r = rig()
    const p = r.talk.press()
    await r.allow()
    await p
    await r.talk.press()
    expect(r.tracks).toHaveLength(1)
    r.talk.dispose()
    expect(r.tracks[0]!.stopped).toBe(true)
    expect(r.kind()).toBe('idle')
  })
})
