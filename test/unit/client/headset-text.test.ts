// Which language the headset shows (i18n/headset-text.ts): the device's choice, the browser's, a session's client's,
// loaded before it is shown, and a failed load that keeps the words already on screen.
import { describe, expect, it, vi } from 'vitest'
import { createHeadsetText, LANGUAGE_STORAGE_KEY } from '../../../src/client/i18n/headset-text'
import { HEADSET_CATALOGS } from '../../../src/shared/i18n/headset-catalogs'
import { createTranslator } from '../../../src/shared/i18n/translate'
import type { SupportedLanguage } from '../../../src/shared/safety/language'

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  }
}

const load = (language: SupportedLanguage) => HEADSET_CATALOGS[language]()

describe('the headset language', () => {
  it('starts in the browser language when we read it, else English, and shows it only once loaded', async () => {
    const es = createHeadsetText({ browserLanguage: 'es-MX', load })
    await es.ready
    expect(es.store.getState().language).toBe('es')
    expect(es.store.getState().t('session.close')).toBe('Cerrar')
    const other = createHeadsetText({ browserLanguage: 'ja-JP', load })
    await other.ready
    expect(other.store.getState().language).toBe('en')
  })

  it('keeps the wearer choice on the device, over the browser language', async () => {
    const storage = memory()
    const text = createHeadsetText({ storage, browserLanguage: 'en-US', load })
    await text.choose('de')
    expect(text.store.getState().t('session.close')).toBe('Schließen')
    expect(storage.data.get(LANGUAGE_STORAGE_KEY)).toBe('de')
    const again = createHeadsetText({ storage, browserLanguage: 'en-US', load })
    await again.ready
    expect(again.store.getState().language).toBe('de')
    // Something odd in storage is ignored.
    const odd = createHeadsetText({ storage: memory({ [LANGUAGE_STORAGE_KEY]: '{"x":1}' }), load })
    await odd.ready
    expect(odd.store.getState().language).toBe('en')
  })

  it('follows a session client language while the session lasts, then goes back to the device choice', async () => {
    const storage = memory({ [LANGUAGE_STORAGE_KEY]: 'fr' })
    const text = createHeadsetText({ storage, load })
    await text.ready
    await text.follow('es')
    expect(text.store.getState().language).toBe('es')
    // A choice made on the device meanwhile is kept for later, not shown over the session's.
    await text.choose('de')
    expect(text.store.getState().language).toBe('es')
    await text.follow(null)
    expect(text.store.getState().language).toBe('de')
  })

  it('keeps the words on screen when a language cannot be loaded, and the latest choice wins a race', async () => {
    const warn = vi.fn()
    let release: () => void = () => undefined
    const slow = new Promise<void>((r) => (release = r))
    const text = createHeadsetText({
      load: async (l) => {
        if (l === 'fr') throw new Error('offline')
        if (l === 'es') await slow
        return load(l)
      },
      warn,
    })
    await text.ready
    await text.choose('fr')
    expect(text.store.getState().language).toBe('en')
    expect(warn).toHaveBeenCalledOnce()
    const first = text.choose('es')
    await text.choose('de')
    release()
    await first
    expect(text.store.getState().language).toBe('de')
  })
})

describe('the translator', () => {
  it('chooses plural forms by each language rules and fills placeholders', () => {
    const messages = { n_one: '{{count}} painting', n_other: '{{count}} paintings' }
    const en = createTranslator('en', messages)
    expect(en('n', { count: 1 })).toBe('1 painting')
    expect(en('n', { count: 3 })).toBe('3 paintings')
    const fr = createTranslator('fr', {
      n_one: '{{count}} tableau',
      n_many: '{{count}} de tableaux',
      n_other: '{{count}} tableaux',
    })
    expect(fr('n', { count: 0 })).toBe('0 tableau')
    expect(fr('n', { count: 2 })).toBe('2 tableaux')
    expect(fr('n', { count: 1_000_000 })).toBe('1000000 de tableaux')
    // No English fallback: a key a language lacks shows as the key, which the catalogue tests never allow.
    expect(createTranslator('de', {})('n', { count: 1 })).toBe('n')
  })
})
