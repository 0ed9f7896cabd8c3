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

export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; message: string }

const UNREACHABLE =
  'Stillroom could not reach its server just now. Please check the connection and try again.'

function messageFor(status: number, body: unknown): string {
  const m = (body as Partial<ApiError> | null)?.message
  if (typeof m === 'string' && m.trim()) return m
  if (status === 401) return 'This page needs the access link shown on the Stillroom computer.'
  if (status === 429) return 'That was a lot at once. Please wait a moment and try again.'
  return UNREACHABLE
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
}) {
  const doFetch = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))
  const base = options.base ?? ''
  const storage = 'storage' in options ? options.storage : globalThis.localStorage
  async function call<T>(path: string, init: RequestInit = {}): Promise<ApiResult<T>> {
    const headers = new Headers(init.headers)
    headers.set('accept', 'application/json')
    if (options.accessKey) headers.set('x-stillroom-key', options.accessKey)
    const solo = remembered(() => storage?.getItem(SOLO_KEY))
    if (solo) headers.set(SOLO_HEADER, solo)
    let res: Response
    try {
      res = await doFetch(`${base}${path}`, { ...init, headers })
    } catch {
      return { ok: false, status: 0, message: UNREACHABLE }
    }
    const issued = res.headers?.get(SOLO_HEADER)
    if (issued && !solo) remembered(() => storage?.setItem(SOLO_KEY, issued))
    const body: unknown = await res.json().catch(() => null)
    if (!res.ok) return { ok: false, status: res.status, message: messageFor(res.status, body) }
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
