import { SessionStateSchema, type SessionState } from '../../shared/session/state'

/**
 * Reads what the insight page and the report need from the server's existing session routes: the therapist's
 * sessions (`GET /api/sessions`, their own only) and each one's stored state (`GET /api/sessions/:id`).
 */
export type Loaded<T> = { ok: true; value: T } | { ok: false; status: number; message: string }

const MAX_SESSIONS = 30

export async function getJson(path: string, accessKey?: string | null): Promise<Loaded<unknown>> {
  const headers = new Headers({ accept: 'application/json' })
  if (accessKey) headers.set('x-stillroom-key', accessKey)
  let res: Response
  try {
    res = await fetch(path, { credentials: 'same-origin', headers })
  } catch {
    return { ok: false, status: 0, message: 'The Stillroom server did not answer. Check that it is running.' }
  }
  const body: unknown = await res.json().catch(() => null)
  if (res.ok) return { ok: true, value: body }
  const message = (body as { message?: unknown } | null)?.message
  return {
    ok: false,
    status: res.status,
    message:
      res.status === 401
        ? 'Please sign in to the console first.'
        : typeof message === 'string'
          ? message
          : 'The server could not answer.',
  }
}

/** One session's full state, or a plain message (unknown, someone else's, or signed out). */
export async function loadSession(id: string, accessKey?: string | null): Promise<Loaded<SessionState>> {
  const r = await getJson(`/api/sessions/${encodeURIComponent(id)}`, accessKey)
  if (!r.ok) {
    return r.status === 404
      ? { ok: false, status: 404, message: 'There is no such session for this login.' }
      : r
  }
  const parsed = SessionStateSchema.safeParse((r.value as { session?: unknown } | null)?.session)
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, status: 500, message: 'This session could not be read.' }
}

/** A client's sessions (the newest 30), oldest first; a session that cannot be read is left out, not fatal. */
export async function loadClientSessions(
  clientId: string,
  accessKey?: string | null,
): Promise<Loaded<SessionState[]>> {
  const list = await getJson('/api/sessions', accessKey)
  if (!list.ok) return list
  const all = ((list.value as { sessions?: unknown[] } | null)?.sessions ?? []) as Array<{
    id?: unknown
    clientId?: unknown
    startedAt?: unknown
  }>
  const ids = all
    .filter((s) => s.clientId === clientId && typeof s.id === 'string')
    .sort((a, b) => Number(a.startedAt ?? 0) - Number(b.startedAt ?? 0))
    .slice(-MAX_SESSIONS)
    .map((s) => s.id as string)
  const states = await Promise.all(ids.map((id) => loadSession(id, accessKey)))
  return {
    ok: true,
    value: states.flatMap((s) => (s.ok ? [s.value] : [])).sort((a, b) => a.startedAt - b.startedAt),
  }
}
