import type { AiCapability, AiConsent, SessionAiInfo } from '../../shared/privacy/ai-contract'

export type AiApiResult<T> = { ok: true; value: T } | { ok: false; status: number; message: string }

/**
 * The console's calls for the AI panel and the pictures. Same origin, login cookie sent by the browser;
 * the `--lan` access key rides in its header like every other console call.
 */
export function createAiApi(
  options: { accessKey?: string | null; fetchImpl?: typeof fetch; base?: string } = {},
) {
  const doFetch = options.fetchImpl ?? ((i: RequestInfo | URL, init?: RequestInit) => fetch(i, init))
  const base = options.base ?? ''
  const headers = (json: boolean, accept = 'application/json'): Record<string, string> => ({
    accept,
    ...(json ? { 'content-type': 'application/json' } : {}),
    ...(options.accessKey ? { 'x-stillroom-key': options.accessKey } : {}),
  })
  async function call<T>(path: string, method = 'GET', body?: unknown): Promise<AiApiResult<T>> {
    try {
      const res = await doFetch(`${base}${path}`, {
        method,
        headers: headers(body !== undefined),
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      const data: unknown = await res.json().catch(() => null)
      if (!res.ok) {
        const m = (data as { message?: unknown } | null)?.message
        return {
          ok: false,
          status: res.status,
          message:
            typeof m === 'string' && m
              ? m
              : res.status === 404
                ? 'This server does not offer it yet.'
                : 'The server did not answer.',
        }
      }
      return { ok: true, value: data as T }
    } catch {
      return { ok: false, status: 0, message: 'The Stillroom server did not answer.' }
    }
  }
  const client = (id: string) => `/api/clients/${encodeURIComponent(id)}/ai-consent`
  return {
    sessionAi: (sessionId: string) =>
      call<SessionAiInfo>(`/api/sessions/${encodeURIComponent(sessionId)}/ai`),
    getConsent: (clientId: string) => call<{ consent: AiConsent | null }>(client(clientId)),
    putConsent: (clientId: string, body: { capabilities: AiCapability[]; givenBy: 'client' | 'guardian' }) =>
      call<{ consent: AiConsent }>(client(clientId), 'PUT', body),
    withdrawConsent: (clientId: string) => call<{ consent: null }>(client(clientId), 'DELETE'),
    /** A stored picture's bytes, or null (kept for the page by picture-cache.ts, so fetched once per file). */
    pictureBlob(sessionId: string, file: string): Promise<Blob | null> {
      return doFetch(
        `${base}/api/sessions/${encodeURIComponent(sessionId)}/images/${encodeURIComponent(file)}`,
        { headers: headers(false, 'image/*'), credentials: 'same-origin' },
      )
        .then((res) => (res.ok ? res.blob() : null))
        .catch(() => null)
    },
  }
}

export type AiApi = ReturnType<typeof createAiApi>
