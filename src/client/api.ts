import type {
  ApiError,
  Artwork,
  CreateArtworkResponse,
  ListArtworksResponse,
  RiskRaisedResponse,
} from '../shared/artwork'
import type { RefineChoice } from '../shared/refine/choices'
import type { SoloVersions } from '../shared/refine/solo-versions'
import type { CrisisText } from '../shared/safety/crisis'
import { HEADSET_EN, type HeadsetKey } from '../shared/i18n/headset-en'
import type { BaseKey } from '../shared/i18n/catalog'

/**
 * A failure's `message` is the server's own sentence, or the client's own in English; `key`, when the words are the
 * client's own, says them in the language on screen (`t(key)`).
 */
export type ApiResult<T> =
  | { ok: true; value: T }
  | { ok: false; status: number; message: string; key?: BaseKey<HeadsetKey> | undefined }

type Failure = { ok: false; status: number; message: string; key?: BaseKey<HeadsetKey> | undefined }

/** The client's own words for a failure: the key, and its English as the message. */
const own = (status: number, key: HeadsetKey & BaseKey<HeadsetKey>): Failure => ({
  ok: false,
  status,
  message: HEADSET_EN[key],
  key,
})

function failureFor(status: number, body: unknown): Failure {
  const m = (body as Partial<ApiError> | null)?.message
  if (typeof m === 'string' && m.trim()) return { ok: false, status, message: m }
  if (status === 401) return own(status, 'page.needsAccess')
  if (status === 429) return own(status, 'page.tooMany')
  return own(status, 'page.unreachable')
}

/** This device's solo id: the server issues it with the first artwork; it lists and deletes that device's words. */
export const SOLO_HEADER = 'x-stillroom-solo'
const SOLO_KEY = 'stillroom.soloDevice'

/** Storage can refuse (private browsing, full): the app still works, as a new device each time. */
function remembered<T>(act: () => T): T | undefined {
  try {
    return act()
  } catch {
    return undefined
  }
}

/** The one place the client talks to the server. `fetchImpl` and `storage` are injectable for tests. */
export function createApi(options: {
  accessKey: string | null
  fetchImpl?: typeof fetch
  base?: string
  storage?: Pick<Storage, 'getItem' | 'setItem'> | undefined
  /** The language on screen: the server answers in it (crisis text) and reads the words with it. */
  language?: () => string
}) {
  const doFetch = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))
  const base = options.base ?? ''
  const storage = 'storage' in options ? options.storage : globalThis.localStorage
  async function call<T>(path: string, init: RequestInit = {}): Promise<ApiResult<T>> {
    const headers = new Headers(init.headers)
    headers.set('accept', 'application/json')
    if (options.accessKey) headers.set('x-stillroom-key', options.accessKey)
    if (options.language) headers.set('accept-language', options.language())
    const solo = remembered(() => storage?.getItem(SOLO_KEY))
    if (solo) headers.set(SOLO_HEADER, solo)
    let res: Response
    try {
      res = await doFetch(`${base}${path}`, { ...init, headers })
    } catch {
      return own(0, 'page.unreachable')
    }
    const issued = res.headers?.get(SOLO_HEADER)
    if (issued && !solo) remembered(() => storage?.setItem(SOLO_KEY, issued))
    const body: unknown = await res.json().catch(() => null)
    if (!res.ok) return failureFor(res.status, body)
    return { ok: true, value: body as T }
  }
  return {
    listArtworks: () => call<ListArtworksResponse>('/api/artworks'),
    createArtwork: (text: string) =>
      call<CreateArtworkResponse>('/api/artworks', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      }),
    /** A new version of one of this device's paintings (solo-versions.ts on the server); words may be raised. */
    refineArtwork: (id: string, change: { choice?: RefineChoice; text?: string }) =>
      call<SoloVersionsChange | RiskRaisedResponse>(`/api/artworks/${encodeURIComponent(id)}/versions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(change),
      }),
    /** Which of a painting's versions hangs. */
    pickVersion: (id: string, versionId: string) =>
      call<SoloVersionsChange>(`/api/artworks/${encodeURIComponent(id)}/current`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ versionId }),
      }),
    /**
     * This device's solo id, asked of the server the first time it is needed before a painting brought one (a
     * headset used alone speaks under it). Null when the server cannot be reached.
     */
    async soloDevice(): Promise<string | null> {
      const kept = remembered(() => storage?.getItem(SOLO_KEY))
      if (kept) return kept
      const r = await call<{ device?: unknown }>('/api/solo/device', { method: 'POST' })
      if (!r.ok || typeof r.value.device !== 'string') return null
      const issued = r.value.device
      remembered(() => storage?.setItem(SOLO_KEY, issued))
      return issued
    },
    /** The clinic's crisis text (or the safe default) in the best language the server has for `lang`. */
    crisisText: (lang: string) => call<CrisisText>(`/api/crisis-text?lang=${encodeURIComponent(lang)}`),
  }
}

export type Api = ReturnType<typeof createApi>

/** What hangs of a painting after a change, and all its versions (`held`: the new version's words are held). */
export type SoloVersionsChange = { artwork: Artwork; versions: SoloVersions; held?: boolean }
