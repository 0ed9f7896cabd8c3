import i18next from 'i18next'
import type { SupportedLanguage } from '../safety/language'
import type { BaseKey, Messages } from './catalog'

export type Vars = Readonly<Record<string, string | number>>

/** A message by key, with `count` choosing the plural form and {{name}} filled from `vars`. */
export type Translate<K extends string = string> = (key: BaseKey<K>, vars?: Vars) => string

/**
 * A translator for one language and one part of the product, built on i18next: plural forms by the language's
 * own rules (Intl.PluralRules), numbers and dates by Intl. No fallback to English: a missing message is a failing
 * test, and in production it shows its key rather than words in a language the client did not choose.
 */
export function createTranslator<K extends string>(
  language: SupportedLanguage,
  messages: Messages,
): Translate<K> {
  const instance = i18next.createInstance()
  void instance.init({
    lng: language,
    resources: { [language]: { m: messages } },
    ns: ['m'],
    defaultNS: 'm',
    fallbackLng: false,
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    // Messages become text nodes or VR glyphs, never HTML: React escapes text itself, and glyphs need no escaping.
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  const t = instance.getFixedT(language, 'm')
  return (key, vars) => String(t(key as string, vars as Record<string, unknown>))
}
