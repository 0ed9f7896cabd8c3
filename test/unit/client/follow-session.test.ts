// The headset follows the session client's language, and the device's own choice again after the session.
import { describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { followSessionLanguage, type LanguageSource } from '../../../src/client/i18n/follow-session'
import type { SupportedLanguage } from '../../../src/shared/safety/language'

type View = { state: { language?: SupportedLanguage } | null }

function session(language?: SupportedLanguage) {
  return { view: createStore<View>()(() => ({ state: language ? { language } : {} })) }
}

describe('followSessionLanguage', () => {
  it('follows the client language live and lets go when the session goes', () => {
    const slot: LanguageSource = createStore<ReturnType<LanguageSource['getState']>>()(() => ({
      loaded: null,
    }))
    const follow = vi.fn(async () => undefined)
    const stop = followSessionLanguage(slot, { follow })
    expect(follow).not.toHaveBeenCalled()
    const s = session('es')
    slot.setState({ loaded: { session: s } })
    expect(follow).toHaveBeenLastCalledWith('es')
    s.view.setState({ state: { language: 'de' } })
    expect(follow).toHaveBeenLastCalledWith('de')
    // The same language again asks for nothing.
    const calls = follow.mock.calls.length
    s.view.setState({ state: { language: 'de' } })
    expect(follow.mock.calls.length).toBe(calls)
    slot.setState({ loaded: null })
    expect(follow).toHaveBeenLastCalledWith(null)
    // The old session's view no longer reaches the headset.
    s.view.setState({ state: { language: 'fr' } })
    expect(follow).toHaveBeenLastCalledWith(null)
    stop()
  })

  it('leaves the device choice alone when the client has no language set', () => {
    const slot: LanguageSource = createStore<ReturnType<LanguageSource['getState']>>()(() => ({
      loaded: { session: session() },
    }))
    const follow = vi.fn(async () => undefined)
    followSessionLanguage(slot, { follow })
    expect(follow).not.toHaveBeenCalled()
  })
})
