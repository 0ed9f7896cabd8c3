import type { SupportedLanguage } from '../safety/language'
import type { Messages } from './catalog'
import { HEADSET_EN } from './headset-en'

/**
 * The headset's messages per language. English is in the first bundle (the default); another language's
 * catalogue is a small chunk of its own, loaded only for a client who reads it.
 */
export const HEADSET_CATALOGS: Readonly<Record<SupportedLanguage, () => Promise<Messages>>> = {
  en: () => Promise.resolve(HEADSET_EN),
  es: () => import('./headset-es').then((m) => m.HEADSET_ES),
  fr: () => import('./headset-fr').then((m) => m.HEADSET_FR),
  de: () => import('./headset-de').then((m) => m.HEADSET_DE),
}
