import type { StoreApi } from 'zustand/vanilla'
import type { SupportedLanguage } from '../../shared/safety/language'
import type { HeadsetText } from './headset-text'

/** What this needs of the session slot: the loaded session's view, whose state carries the client's language. */
export type LanguageSource = StoreApi<{
  loaded: { session: { view: StoreApi<{ state: { language?: SupportedLanguage } | null }> } } | null
}>

/**
 * In a therapist's session the headset speaks the client's language (from their record, changed live from the
 * console); once no session is loaded, the device's own choice again. A session whose client has no language set
 * leaves the device's choice alone. Returns a function that stops following.
 */
export function followSessionLanguage(slot: LanguageSource, text: Pick<HeadsetText, 'follow'>): () => void {
  let current: SupportedLanguage | null = null
  let stopView = () => {}
  const apply = (language: SupportedLanguage | null) => {
    if (language === current) return
    current = language
    void text.follow(language)
  }
  const watch = (loaded: ReturnType<LanguageSource['getState']>['loaded']) => {
    stopView()
    stopView = () => {}
    if (!loaded) return apply(null)
    const view = loaded.session.view
    apply(view.getState().state?.language ?? null)
    stopView = view.subscribe((v) => apply(v.state?.language ?? null))
  }
  watch(slot.getState().loaded)
  const stopSlot = slot.subscribe((s, prev) => (s.loaded !== prev.loaded ? watch(s.loaded) : undefined))
  return () => {
    stopSlot()
    stopView()
  }
}
