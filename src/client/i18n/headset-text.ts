import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Messages } from '../../shared/i18n/catalog'
import { HEADSET_EN, type HeadsetKey } from '../../shared/i18n/headset-en'
import { createTranslator, type Translate } from '../../shared/i18n/translate'
import { supportedLanguageOf, type SupportedLanguage } from '../../shared/safety/language'

/** Where the device keeps the language its wearer chose (solo use). */
export const LANGUAGE_STORAGE_KEY = 'stillroom.language'

export type HeadsetTranslate = Translate<HeadsetKey>

export interface HeadsetTextState {
  /** The language on screen now: it changes only once its words are loaded, so no key is ever shown. */
  readonly language: SupportedLanguage
  readonly t: HeadsetTranslate
}

export interface HeadsetTextDeps {
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'> | undefined
  /** The browser's language ("es-MX"): the first choice of a device nobody has chosen for. */
  readonly browserLanguage?: string | undefined
  readonly load: (language: SupportedLanguage) => Promise<Messages>
  readonly warn?: (message: string, error: unknown) => void
}

export interface HeadsetText {
  readonly store: StoreApi<HeadsetTextState>
  /** Resolves once the first language's words are here: the page renders after it, never in the wrong language. */
  readonly ready: Promise<void>
  /** The wearer picks a language (alone, one tap): kept on the device. */
  choose(language: SupportedLanguage): Promise<void>
  /** A session's client language, followed while the session lasts (null: back to the device's own). */
  follow(language: SupportedLanguage | null): Promise<void>
}

function readStored(storage: HeadsetTextDeps['storage']): SupportedLanguage | undefined {
  try {
    return supportedLanguageOf(storage?.getItem(LANGUAGE_STORAGE_KEY))
  } catch {
    return undefined
  }
}

/**
 * The headset's words: which language (the session's client's, else the device's own choice, else the browser's,
 * else English) and its translator. English is always here; other catalogues load on demand, and a failed load
 * keeps the words already shown.
 */
export function createHeadsetText(deps: HeadsetTextDeps): HeadsetText {
  const own = readStored(deps.storage) ?? supportedLanguageOf(deps.browserLanguage) ?? 'en'
  let followed: SupportedLanguage | null = null
  let wanted: SupportedLanguage = own
  let deviceChoice = own
  const loaded = new Map<SupportedLanguage, HeadsetTranslate>()
  const english = createTranslator<HeadsetKey>('en', HEADSET_EN)
  loaded.set('en', english)
  const store = createStore<HeadsetTextState>(() => ({ language: 'en', t: english }))

  const show = async (language: SupportedLanguage) => {
    wanted = language
    try {
      let t = loaded.get(language)
      if (!t) {
        t = createTranslator<HeadsetKey>(language, await deps.load(language))
        loaded.set(language, t)
      }
      // A later choice made while this one loaded wins.
      if (wanted === language) store.setState({ language, t })
    } catch (error) {
      deps.warn?.(`Stillroom: the words in "${language}" could not be loaded`, error)
    }
  }

  return {
    store,
    ready: show(own),
    choose(language) {
      deviceChoice = language
      try {
        deps.storage?.setItem(LANGUAGE_STORAGE_KEY, language)
      } catch {
        // A private window may refuse storage: the choice holds until the page closes.
      }
      return followed ? Promise.resolve() : show(language)
    },
    follow(language) {
      followed = language
      return show(language ?? deviceChoice)
    },
  }
}
