import { describe, expect, it, vi } from 'vitest'
import { createApi } from '../../../src/client/api'
import { createCrisisTextSource, readCrisisText } from '../../../src/client/risk/crisis-text'
import { CRISIS_TEXT_MAX_CHARS, DEFAULT_CRISIS_TEXT } from '../../../src/shared/safety/crisis'

const CLINIC = {
  language: 'en',
  text: 'Call the Riverside Clinic line on 0100 000 000, day or night.',
  source: 'clinic',
} as const

/** A fetch the test answers by hand, to see what shows before and after the server replies. */
function pending() {
  let answer: (
    r: { ok: true; value: unknown } | { ok: false; status: number; message: string },
  ) => void = () => {}
  const fetchText = vi.fn(
    () =>
      new Promise<{ ok: true; value: unknown } | { ok: false; status: number; message: string }>((r) => {
        answer = r
      }),
  )
  return { fetchText, answer: (r: Parameters<typeof answer>[0]) => answer(r) }
}

describe('readCrisisText', () => {
  it('takes a well-formed text, trimmed', () => {
    expect(readCrisisText({ ...CLINIC, text: `  ${CLINIC.text}\n` })).toEqual(CLINIC)
  })

  it('refuses what would leave the client nothing to read', () => {
    for (const bad of [
      null,
      'text',
      {},
      { ...CLINIC, text: '   ' },
      { ...CLINIC, text: 'x'.repeat(CRISIS_TEXT_MAX_CHARS + 1) },
      { ...CLINIC, text: 42 },
      { ...CLINIC, source: 'someone' },
      { ...CLINIC, language: undefined },
    ])
      expect(readCrisisText(bad), JSON.stringify(bad)).toBeNull()
  })
})

describe('createCrisisTextSource', () => {
  it('shows the safe default at once and the clinic text when the server answers', async () => {
    const server = pending()
    const source = createCrisisTextSource({ fetchText: server.fetchText, language: 'en-GB' })
    expect(source.store.getState()).toEqual({
      crisis: { language: 'en', text: DEFAULT_CRISIS_TEXT.en, source: 'default' },
      fromServer: false,
    })
    const loading = source.load()
    expect(server.fetchText).toHaveBeenCalledWith('en-GB')
    // Nothing waits on the network: the default is still what shows.
    expect(source.store.getState().crisis.source).toBe('default')
    server.answer({ ok: true, value: CLINIC })
    await loading
    expect(source.store.getState()).toEqual({ crisis: CLINIC, fromServer: true })
    // Once here it is kept: no second request.
    await source.load()
    expect(server.fetchText).toHaveBeenCalledTimes(1)
  })

  it('asks once while a request is on its way', async () => {
    const server = pending()
    const source = createCrisisTextSource({ fetchText: server.fetchText, language: 'en' })
    void source.load()
    void source.load()
    expect(server.fetchText).toHaveBeenCalledTimes(1)
    server.answer({ ok: true, value: CLINIC })
  })

  it('keeps the default when the server fails or answers nonsense, and tries again next time', async () => {
    const fetchText = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, status: 0, message: 'unreachable' })
      .mockRejectedValueOnce(new Error('boom'))
      .mockResolvedValueOnce({ ok: true, value: { text: '' } })
      .mockResolvedValueOnce({ ok: true, value: CLINIC })
    const source = createCrisisTextSource({ fetchText, language: 'en' })
    for (let i = 0; i < 3; i++) {
      await source.load()
      expect(source.store.getState()).toMatchObject({ crisis: { source: 'default' }, fromServer: false })
    }
    await source.load()
    expect(source.store.getState()).toEqual({ crisis: CLINIC, fromServer: true })
    expect(fetchText).toHaveBeenCalledTimes(4)
  })

  it('takes the text the server sent with a risk answer, and then asks no more', async () => {
    const fetchText = vi.fn()
    const source = createCrisisTextSource({ fetchText, language: 'en' })
    expect(source.accept({ nonsense: true })).toBe(false)
    expect(source.accept(CLINIC)).toBe(true)
    await source.load()
    expect(fetchText).not.toHaveBeenCalled()
    expect(source.store.getState().crisis).toEqual(CLINIC)
  })

  it('does not change the store for the same words again (no second crossfade)', () => {
    const source = createCrisisTextSource({ fetchText: vi.fn(), language: 'en' })
    source.accept(CLINIC)
    const before = source.store.getState().crisis
    source.accept({ ...CLINIC })
    expect(source.store.getState().crisis).toBe(before)
  })
})

describe('api.crisisText', () => {
  it('asks for the language and sends the LAN access key like every other call', async () => {
    const fetchImpl = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => Response.json(CLINIC))
    const api = createApi({ accessKey: 'k3y', fetchImpl: fetchImpl as unknown as typeof fetch })
    const r = await api.crisisText('pt-BR')
    expect(r).toEqual({ ok: true, value: CLINIC })
    const [url, init] = fetchImpl.mock.calls[0]!
    expect(url).toBe('/api/crisis-text?lang=pt-BR')
    expect(new Headers(init?.headers).get('x-stillroom-key')).toBe('k3y')
  })
})

describe('the crisis text follows the language on screen', () => {
  it('shows the new language default at once and asks the server again in it', async () => {
    const fetchText = vi.fn(async (lang: string) => ({
      ok: true as const,
      value: { language: lang, text: `Clinic line (${lang})`, source: 'clinic' },
    }))
    const source = createCrisisTextSource({ fetchText, language: 'en' })
    await source.load()
    expect(source.store.getState().crisis.text).toBe('Clinic line (en)')
    source.setLanguage('es')
    expect(source.store.getState()).toEqual({
      crisis: { language: 'es', text: DEFAULT_CRISIS_TEXT.es, source: 'default' },
      fromServer: false,
    })
    await source.load()
    expect(fetchText).toHaveBeenLastCalledWith('es')
    expect(source.store.getState().crisis.text).toBe('Clinic line (es)')
    // The same language again changes nothing.
    source.setLanguage('es')
    expect(source.store.getState().fromServer).toBe(true)
  })

  it('sends the language on screen with every request', async () => {
    const seen: (string | null)[] = []
    let lang = 'de'
    const api = createApi({
      accessKey: null,
      storage: undefined,
      language: () => lang,
      fetchImpl: async (_input, init) => {
        seen.push(new Headers(init?.headers).get('accept-language'))
        return new Response('{"language":"de","text":"x","source":"default"}', { status: 200 })
      },
    })
    await api.crisisText('de')
    lang = 'fr'
    await api.crisisText('fr')
    expect(seen).toEqual(['de', 'fr'])
  })
})
