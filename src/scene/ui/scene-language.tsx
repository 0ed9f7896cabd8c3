import { createContext, useContext } from 'react'
import type { SupportedLanguage } from '../../shared/safety/language'

/**
 * The language the scene writes its few fixed words and dates in (placards). The headset provides its language on
 * screen; the console's mirror leaves the default, English.
 */
export const SceneLanguage = createContext<SupportedLanguage>('en')

export const useSceneLanguage = (): SupportedLanguage => useContext(SceneLanguage)
