import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { HEADSET_EN, type HeadsetKey } from '../../shared/i18n/headset-en'
import { createTranslator } from '../../shared/i18n/translate'
import type { HeadsetText, HeadsetTranslate } from './headset-text'

const TextContext = createContext<HeadsetTranslate>(createTranslator<HeadsetKey>('en', HEADSET_EN))

/** Gives the page and the scene (R3F passes context into the canvas) the words of the language on screen. */
export function TextProvider({ text, children }: { text: HeadsetText; children: ReactNode }) {
  const t = useStore(text.store, (s) => s.t)
  return <TextContext.Provider value={t}>{children}</TextContext.Provider>
}

/** The headset's translator: `t('session.paused')`. Components re-render when the language changes. */
export function useText(): HeadsetTranslate {
  return useContext(TextContext)
}
