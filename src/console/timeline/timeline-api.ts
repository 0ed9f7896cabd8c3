import { readTimelineResponse, type TimelineResponse } from '../../shared/record/timeline'

export type TimelineResult = { ok: true; value: TimelineResponse } | { ok: false; message: string }

/** The client's timeline for the console (login cookie); never throws, a failure is a plain sentence. */
export async function fetchClientTimeline(
  clientId: string,
  deps: { accessKey?: string | null; fetchImpl?: typeof fetch } = {},
): Promise<TimelineResult> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (deps.accessKey) headers['x-stillroom-key'] = deps.accessKey
  try {
    const res = await (deps.fetchImpl ?? fetch)(`/api/clients/${encodeURIComponent(clientId)}/timeline`, {
      headers,
      credentials: 'same-origin',
    })
    const body: unknown = await res.json().catch(() => null)
    if (!res.ok) {
      const message = (body as { message?: unknown } | null)?.message
      return {
        ok: false,
        message: typeof message === 'string' ? message : `The server answered ${res.status}.`,
      }
    }
    const value = readTimelineResponse(body)
    return value ? { ok: true, value } : { ok: false, message: 'The timeline could not be read.' }
  } catch {
    return { ok: false, message: 'The server could not be reached. Check the connection and try again.' }
  }
}
