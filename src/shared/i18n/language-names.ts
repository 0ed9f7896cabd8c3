import type { SupportedLanguage } from '../safety/language'

/** Each language by its own name, the same whatever language is on screen (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<SupportedLanguage, string>> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
}
