import type { ApiError, CreateArtworkResponse, ListArtworksResponse } from '../shared/artwork'

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

/** The one place the client talks to the server. `fetchImpl` is injectable for tests. */
export function createApi(options: { accessKey: string | null; fetchImpl?: typeof fetch; base?: string }) {
  const doFetch = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))
  const base = options.base ?? ''
  async function call<T>(path: string, init: RequestInit = {}): Promise<ApiResult<T>> {
    const headers = new Headers(init.headers)
    headers.set('accept', 'application/json')
    if (options.accessKey) headers.set('x-stillroom-key', options.accessKey)
    let res: Response
    try {
      res = await doFetch(`${base}${path}`, { ...init, headers })
    } catch {
      return { ok: false, status: 0, message: UNREACHABLE }
    }
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
  }
}

export type Api = ReturnType<typeof createApi>
