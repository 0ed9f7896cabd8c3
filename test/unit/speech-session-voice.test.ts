import { OfflineAudioContext } from 'node-web-audio-api'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import type { Voice } from '../../src/audio/voice'
import { encodeWav } from '../../src/audio/wav'
import type { ServerVoice } from '../../src/audio/server-voice'
import { connectSessionVoice } from '../../src/client/speech/session-voice'
import { createSoundSlot, type SoundSlot } from '../../src/client/sound-slot'
import type { SpeechApi } from '../../src/client/speech/speech-api'

// The session's AI voice and the page's audio engine: connected whether the engine is there at pairing or only
// arrives later, and speaking with the server's audio once the context runs (after the first gesture).

const RATE = 24_000
const line = () => {
  const data = new Float32Array(Math.round(0.3 * RATE))
  for (let i = 0; i < data.length; i++) data[i] = 0.3 * Math.sin((2 * Math.PI * 220 * i) / RATE)
  return encodeWav([data], RATE)
}

/** An offline context whose `state` the test switches (suspended until "the first gesture"). */
function switchableContext() {
  const ctx = new OfflineAudioContext({ numberOfChannels: 1, length: RATE, sampleRate: RATE })
  const box = { state: 'suspended' as AudioContextState }
  const view = new Proxy(ctx, {
    get(target, key) {
      if (key === 'state') return box.state
      const v = Reflect.get(target, key, target) as unknown
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
    },
  })
  return { ctx, view: view as unknown as AudioContext, box }
}

function fakeRuntime() {
  const view = createStore<{ audio: string; exercise: null }>()(() => ({ audio: 'starting', exercise: null }))
  const runtime = { engine: null as unknown, running: null, view }
  return { runtime, view }
}

function fakeSound() {
  const spoken: string[] = []
  const device: Voice = {
    name: 'device',
    available: () => true,
    speak: (text) => {
      spoken.push(text)
      return Promise.resolve()
    },
    cancel: () => {},
  }
  // The page's sound slot, as the shell makes it: the device's voice has settled; every choice is recorded.
  const slot = createSoundSlot({ load: () => new Promise(() => {}) })
  slot.voices.setDevice(device)
  const preferred: Array<string | null> = []
  slot.voices.subscribe(() => void preferred.push(slot.voices.preferred()?.name ?? null))
  return { sound: slot, spoken, preferred }
}

/** The voice narration and exercises speak with now, when it is the server's. */
const serverVoice = (slot: SoundSlot) => slot.voices.preferred() as ServerVoice | null

const fakeApi = (speech: boolean) =>
  ({
    caps: vi.fn(() => Promise.resolve({ speech, transcription: false })),
    speech: vi.fn(() => Promise.resolve(line())),
    transcribe: vi.fn(),
  }) as unknown as SpeechApi & { speech: ReturnType<typeof vi.fn> }

const SESSION = { device: { deviceToken: 'dev-token', sessionId: 's1' } } as never

const offs: Array<() => void> = []
afterEach(() => {
  for (const off of offs.splice(0)) off()
})

describe('connectSessionVoice', () => {
  it('connects at once when the engine is there, and speaks with the server once the context runs', async () => {
    const { runtime } = fakeRuntime()
    const audio = switchableContext()
    runtime.engine = { ctx: audio.view, master: { volume: audio.ctx.destination } }
    const { sound, spoken, preferred } = fakeSound()
    const api = fakeApi(true)
    const off = await connectSessionVoice(SESSION, runtime as never, sound, { api })
    offs.push(off)
    const voice = serverVoice(sound)!
    expect(voice).not.toBeNull()
    expect(preferred).toEqual(['server'])
    expect(sound.voices.preferred()).toBe(voice)
    // No gesture yet: the device voice speaks (captions are the caller's), nothing is fetched for it.
    await voice.speak('Notice your breath.')
    expect(spoken).toEqual(['Notice your breath.'])
    expect(api.speech).not.toHaveBeenCalled()
    // The first gesture resumes the context: the same voice now plays the server's line.
    audio.box.state = 'running'
    void voice.speak('Let your shoulders soften.')
    await vi.waitFor(() => expect(voice.stats.served).toBe(1))
    expect(spoken).toEqual(['Notice your breath.'])
    expect(voice.stats.fellBack).toBe(1)
    off()
    expect(serverVoice(sound)).toBeNull()
    expect(sound.voices.preferred()).toBeNull()
    expect(preferred).toEqual(['server', null])
  })

  it('an engine that only arrives after pairing still gets the voice', async () => {
    const { runtime, view } = fakeRuntime()
    const { sound, preferred } = fakeSound()
    const off = await connectSessionVoice(SESSION, runtime as never, sound, { api: fakeApi(true) })
    offs.push(off)
    expect(serverVoice(sound)).toBeNull()
    expect(preferred).toEqual([])
    // A change without an engine changes nothing…
    view.setState({ audio: 'blocked' })
    await new Promise((r) => setTimeout(r, 10))
    expect(serverVoice(sound)).toBeNull()
    // …the engine appearing connects the voice.
    const audio = switchableContext()
    runtime.engine = { ctx: audio.view, master: { volume: audio.ctx.destination } }
    view.setState({ audio: 'running' })
    await vi.waitFor(() => expect(serverVoice(sound)).not.toBeNull())
    expect(preferred).toEqual(['server'])
    off()
    expect(serverVoice(sound)).toBeNull()
  })

  it('leaving before the engine arrives never connects; no speech capability never waits', async () => {
    const { runtime, view } = fakeRuntime()
    const { sound, preferred } = fakeSound()
    const off = await connectSessionVoice(SESSION, runtime as never, sound, { api: fakeApi(true) })
    off()
    const audio = switchableContext()
    runtime.engine = { ctx: audio.view, master: { volume: audio.ctx.destination } }
    view.setState({ audio: 'running' })
    await new Promise((r) => setTimeout(r, 10))
    expect(serverVoice(sound)).toBeNull()
    expect(preferred).toEqual([])

    const api = fakeApi(false)
    const none = await connectSessionVoice(SESSION, runtime as never, sound, { api })
    none()
    expect(api.caps).toHaveBeenCalledTimes(1)
    expect(serverVoice(sound)).toBeNull()
    expect(preferred).toEqual([])
  })
})
