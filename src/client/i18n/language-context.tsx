import { createContext, useContext, type ReactNode } from 'react'
import { SceneLanguage } from '../../scene/ui/scene-language'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { HEADSET_EN, type HeadsetKey } from '../../shared/i18n/headset-en'
import { createTranslator } from '../../shared/i18n/translate'
import type { SupportedLanguage } from '../../shared/safety/language'
import type { HeadsetText, HeadsetTextState } from './headset-text'
import { TextProvider as WordsProvider } from './text-context'

/**
 * The headset text itself (which language is on screen, and the wearer's choice of language), for the few places
 * that need more than the words: the comfort settings' language choice and the messages kept per language
 * elsewhere (src/shared/safety/crisis.ts). Outside a provider: English, and no choice to make.
 */
const HeadsetTextContext = createContext<HeadsetText | null>(null)

const ENGLISH_ONLY = createStore<HeadsetTextState>(() => ({
  language: 'en',
  t: createTranslator<HeadsetKey>('en', HEADSET_EN),
}))

/** The words (`useText`) and the headset text (`useHeadsetText`, `useLanguage`) for everything inside. */
export function TextProvider({ text, children }: { text: HeadsetText; children: ReactNode }) {
  const language = useStore(text.store, (s) => s.language)
  return (
    <HeadsetTextContext.Provider value={text}>
      <SceneLanguage.Provider value={language}>
        <WordsProvider text={text}>{children}</WordsProvider>
      </SceneLanguage.Provider>
    </HeadsetTextContext.Provider>
  )
}

/** The headset text, to offer a choice of language (`choose`); null outside a provider. */
export function useHeadsetText(): HeadsetText | null {
  return useContext(HeadsetTextContext)
}

/** The language on screen now (it changes once its words are loaded). */
export function useLanguage(): SupportedLanguage {
  const text = useContext(HeadsetTextContext)
  return useStore(text?.store ?? ENGLISH_ONLY, (s) => s.language)
}

export { LANGUAGE_NAMES } from '../../shared/i18n/language-names'
