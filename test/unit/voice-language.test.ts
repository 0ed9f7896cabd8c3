// The voice speaks the client's language: the device voice picks a voice of that language and labels the line
// with it; the server voice asks for the line in it and caches it per language.
import { describe, expect, it, vi } from 'vitest'
import { createServerVoice } from '../../src/audio/server-voice'
import { createDeviceVoice, pickVoice, type Voice } from '../../src/audio/voice'
import { speechInstructions, SPEECH_INSTRUCTIONS } from '../../src/server/ai/prompts'
import { createDeviceSpeak } from '../../src/client/session/device-voice'

const v = (name: string, lang: string, localService = true) =>
  ({ name, lang, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice
const VOICES = [
  v('Samantha', 'en-US'),
  v('Monica', 'es-ES'),
  v('Paulina', 'es_MX', false),
  v('Anna', 'de-DE'),
]

describe('pickVoice', () => {
  it('takes a voice of the line’s language, whatever its region', () => {
    expect(pickVoice(VOICES, 'es')?.name).toBe('Monica')
    expect(pickVoice(VOICES, 'es-MX')?.name).toBe('Monica')
    expect(pickVoice(VOICES, 'de')?.name).toBe('Anna')
    expect(pickVoice(VOICES)?.name).toBe('Samantha')
  })
  it('never lets a voice of another language read the line (English takes any voice rather than none)', () => {
    expect(pickVoice(VOICES, 'fr')).toBeNull()
    expect(pickVoice([v('Anna', 'de-DE')], 'en')?.name).toBe('Anna')
  })
})

describe('the device voice', () => {
  it('labels each line with its language and speaks it with a voice of that language', async () => {
    const said: SpeechSynthesisUtterance[] = []
    const synth = {
      getVoices: () => VOICES,
      cancel: () => {},
      speak: (u: SpeechSynthesisUtterance) => {
        said.push(u)
        u.onend?.({} as SpeechSynthesisEvent)
      },
    }
    class Utterance {
      voice: SpeechSynthesisVoice | null = null
      lang = ''
      rate = 1
      pitch = 1
      volume = 1
      onend: (() => void) | null = null
      onerror: (() => void) | null = null
      constructor(readonly text: string) {}
    }
    const voice = createDeviceVoice(
      synth,
      Utterance as unknown as new (t: string) => SpeechSynthesisUtterance,
    )
    await voice.ready
    await voice.speak('Inspira', { lang: 'es' })
    await voice.speak('Inspirez', { lang: 'fr' })
    expect(said.map((u) => [u.text, u.lang, u.voice?.name ?? null])).toEqual([
      ['Inspira', 'es', 'Monica'],
      // No French voice here: the engine chooses one from the line's language.
      ['Inspirez', 'fr', null],
    ])
  })
})

describe('the server voice', () => {
  it('asks for each line in its language, and keeps the same words in two languages apart', async () => {
    const fetchLine = vi.fn((_text: string, _lang?: string) => Promise.reject(new Error('offline')))
    const spoken: Array<[string, string | undefined]> = []
    const fallback: Voice = {
      name: 'device',
      available: () => true,
      speak: (text, options) => {
        spoken.push([text, options?.lang])
        return Promise.resolve()
      },
      cancel: () => {},
    }
    const ctx = { currentTime: 0, state: 'running', createGain: () => ({ connect: () => {} }) }
    const voice = createServerVoice({
      ctx: ctx as never,
      destination: {} as AudioNode,
      fetchLine,
      fallback: () => fallback,
      log: () => {},
    })
    await voice.speak('Hold', { lang: 'en' })
    voice.prefetch(['Mantén', 'Espira'], 'es')
    await vi.waitFor(() => expect(fetchLine).toHaveBeenCalledTimes(3))
    expect(fetchLine.mock.calls).toEqual([
      ['Hold', 'en'],
      ['Mantén', 'es'],
      ['Espira', 'es'],
    ])
    // The device voice, when the server cannot, is told the language too.
    expect(spoken).toEqual([['Hold', 'en']])
  })

  it('tells the AI voice which language the words are in', () => {
    expect(speechInstructions()).toBe(SPEECH_INSTRUCTIONS)
    expect(speechInstructions('en')).toBe(SPEECH_INSTRUCTIONS)
    expect(speechInstructions('de')).toContain('German')
    expect(speechInstructions('es')).toContain(SPEECH_INSTRUCTIONS)
  })
})

describe('a session’s exercise lines on the device', () => {
  it('go to the AI voice, or the device’s own, in the headset’s language', () => {
    const asked: Array<[string, string | undefined]> = []
    const ai: Voice = {
      name: 'server',
      available: () => true,
      speak: (text, options) => {
        asked.push([text, options?.lang])
        return Promise.resolve()
      },
      cancel: () => {},
    }
    createDeviceSpeak(() => ai, undefined)('Mantén', 'es')
    expect(asked).toEqual([['Mantén', 'es']])

    const said: Array<{ text: string; lang: string; voice: string | null }> = []
    class Utterance {
      lang = ''
      voice: SpeechSynthesisVoice | null = null
      rate = 1
      pitch = 1
      volume = 1
      constructor(readonly text: string) {}
    }
    vi.stubGlobal('SpeechSynthesisUtterance', Utterance)
    try {
      const synth = {
        getVoices: () => VOICES,
        cancel: () => {},
        speak: (u: Utterance) => void said.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null }),
      } as unknown as SpeechSynthesis
      createDeviceSpeak(() => null, synth)('Halten', 'de')
    } finally {
      vi.unstubAllGlobals()
    }
    expect(said).toEqual([{ text: 'Halten', lang: 'de', voice: 'Anna' }])
  })
})
