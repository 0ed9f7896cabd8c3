import { createStore, type StoreApi } from 'zustand/vanilla'
import { CRISIS_TEXT_MAX_CHARS, defaultCrisisText, type CrisisText } from '../../shared/safety/crisis'
import type { ApiResult } from '../api'

export type CrisisTextState = {
  /** What the client reads now: the safe default until the server's text has arrived. */
  crisis: CrisisText
  /** True once the server's text (the clinic's, or the server's own default) is in `crisis`. */
  fromServer: boolean
}

export type CrisisTextSource = {
  readonly store: StoreApi<CrisisTextState>
  /**
   * Asks the server once for its text. Never throws and never needs awaiting: the default is already showing.
   * A failed fetch keeps the default and is tried again at the next call.
   */
  load(): Promise<void>
  /** Takes a text the server already sent (with a risk answer); false when it is not a usable crisis text. */
  accept(value: unknown): boolean
  /** The language on screen changed: its default shows at once, and the next `load` asks the server in it. */
  setLanguage(language: string): void
}

/**
 * A crisis text as the server sent it, or null when it cannot be shown as it is: an empty or overlong text would
 * leave the client with nothing to read, so the caller keeps the default instead.
 */
export function readCrisisText(value: unknown): CrisisText | null {
  if (!value || typeof value !== 'object') return null
  const v = value as Partial<Record<keyof CrisisText, unknown>>
  if (typeof v.text !== 'string' || typeof v.language !== 'string') return null
  const text = v.text.trim()
  if (!text || text.length > CRISIS_TEXT_MAX_CHARS) return null
  if (v.source !== 'clinic' && v.source !== 'default') return null
  return { language: v.language, text, source: v.source }
}

/**
 * Where the crisis panel and the session's notice get their words: the safe default at once, the clinic's text as
 * soon as the server has answered. The default is never held back waiting for the network.
 */
export function createCrisisTextSource(options: {
  fetchText: (language: string) => Promise<ApiResult<unknown>>
  language: string | undefined
}): CrisisTextSource {
  let language = options.language ?? 'en'
  const store = createStore<CrisisTextState>()(() => ({
    crisis: defaultCrisisText(language),
    fromServer: false,
  }))
  let inFlight: Promise<void> | null = null

  const accept = (value: unknown): boolean => {
    const crisis = readCrisisText(value)
    if (!crisis) return false
    const now = store.getState().crisis
    // The same words again must not restart the panel's crossfade.
    if (now.text !== crisis.text || now.source !== crisis.source) store.setState({ crisis })
    store.setState({ fromServer: true })
    return true
  }

  const load = (): Promise<void> => {
    if (store.getState().fromServer) return Promise.resolve()
    inFlight ??= options
      .fetchText(language)
      .then(
        (r) => {
          if (r.ok) accept(r.value)
        },
        () => undefined,
      )
      .finally(() => {
        inFlight = null
      })
    return inFlight
  }

  const setLanguage = (next: string) => {
    if (next === language) return
    language = next
    inFlight = null
    store.setState({ crisis: defaultCrisisText(language), fromServer: false })
  }

  return { store, load, accept, setLanguage }
}
