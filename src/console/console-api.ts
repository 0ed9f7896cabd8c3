/**
 * The console's one door to the HTTP API (login, clients, sessions). Same origin; the login cookie is httpOnly,
 * so the browser sends it and no script ever sees it. `fetchImpl` is injectable for tests.
 */
import type { SupportedLanguage } from '../shared/safety/language'
import { parsePrefs, type ClientPrefs } from '../shared/prefs'
import type { CommandOf } from '../shared/session/commands'
import type { SessionState } from '../shared/session/state'

export type ApiResult<T> =
  { ok: true; value: T } | { ok: false; status: number; code: string; message: string }

export type Therapist = { id: string; name: string; role: string }
/** `sudsScale` and `prefs` (comfort and volumes kept with the record, src/shared/prefs) when the server sent them. */
export type ClientRecord = { id: string; alias: string; sudsScale?: 10 | 100; prefs?: ClientPrefs }
export type PairingCode = { code: string; expiresAt: number | null }
export type SessionSummary = {
  id: string
  clientId: string
  clientAlias: string
  phase: string
  /** Risk alerts not acknowledged yet. */
  risksWaiting: number
}

const UNREACHABLE = 'The Stillroom server did not answer. Check that it is running, then try again.'

function messageFor(status: number, body: unknown): string {
  const m = (body as { message?: unknown } | null)?.message
  if (typeof m === 'string' && m.trim()) return m
  if (status === 401) return 'Please sign in again.'
  if (status === 403) return 'This account may not do that.'
  if (status === 429) return 'Too many attempts. Please wait a minute and try again.'
  return UNREACHABLE
}

/** The server may send the pairing code as a string or as `{ code, expiresAt }`; accept both. */
export function readPairingCode(raw: unknown): PairingCode | null {
  if (typeof raw === 'string') return { code: raw, expiresAt: null }
  if (raw && typeof raw === 'object') {
    const r = raw as { code?: unknown; expiresAt?: unknown }
    if (typeof r.code !== 'string') return null
    const exp =
      typeof r.expiresAt === 'number'
        ? r.expiresAt
        : typeof r.expiresAt === 'string'
          ? Date.parse(r.expiresAt)
          : NaN
    return { code: r.code, expiresAt: Number.isFinite(exp) ? exp : null }
  }
  return null
}

/** One client as the server sent it; prefs are read leniently (a damaged field is left out, never thrown). */
export function readClient(raw: Record<string, unknown>): ClientRecord {
  const client: ClientRecord = { id: String(raw.id), alias: readAlias(raw) }
  if (raw.sudsScale === 10 || raw.sudsScale === 100) client.sudsScale = raw.sudsScale
  if (raw.prefs !== undefined) client.prefs = parsePrefs(raw.prefs).prefs
  return client
}

function readAlias(raw: Record<string, unknown>): string {
  const a = raw.alias ?? raw.pseudonym ?? raw.name
  return typeof a === 'string' ? a : String(raw.id ?? '')
}

/** Reads the access key the spine uses on `--lan` (kept per tab by the headset app under the same name). */
export function readAccessKey(): string | null {
  try {
    const fromUrl = new URL(window.location.href).searchParams.get('key')
    if (fromUrl) {
      sessionStorage.setItem('stillroom.accessKey', fromUrl)
      return fromUrl
    }
    return sessionStorage.getItem('stillroom.accessKey')
  } catch {
    return null
  }
}

export function createConsoleApi(
  options: { accessKey?: string | null; fetchImpl?: typeof fetch; base?: string } = {},
) {
  const doFetch = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))
  const base = options.base ?? ''
  async function call<T>(path: string, method = 'GET', body?: unknown): Promise<ApiResult<T>> {
    const headers = new Headers({ accept: 'application/json' })
    if (options.accessKey) headers.set('x-stillroom-key', options.accessKey)
    if (body !== undefined) headers.set('content-type', 'application/json')
    let res: Response
    try {
      res = await doFetch(`${base}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch {
      return { ok: false, status: 0, code: 'unreachable', message: UNREACHABLE }
    }
    const data: unknown = await res.json().catch(() => null)
    if (!res.ok) {
      const code = (data as { error?: unknown } | null)?.error
      return {
        ok: false,
        status: res.status,
        code: typeof code === 'string' ? code : 'error',
        message: messageFor(res.status, data),
      }
    }
    return { ok: true, value: data as T }
  }
  const map = <A, B>(r: ApiResult<A>, f: (a: A) => B): ApiResult<B> =>
    r.ok ? { ok: true, value: f(r.value) } : r

  return {
    async me(): Promise<ApiResult<Therapist>> {
      return map(await call<{ user?: Therapist } & Partial<Therapist>>('/api/auth/me'), (v) => readUser(v))
    },
    async login(name: string, password: string, totp?: string): Promise<ApiResult<Therapist>> {
      const body: Record<string, string> = { name, password }
      if (totp) body.totp = totp
      return map(
        await call<{ user?: Therapist } & Partial<Therapist>>('/api/auth/login', 'POST', body),
        (v) => readUser(v, name),
      )
    },
    logout: () => call<unknown>('/api/auth/logout', 'POST', {}),
    async listClients(): Promise<ApiResult<ClientRecord[]>> {
      return map(await call<{ clients?: Record<string, unknown>[] }>('/api/clients'), (v) =>
        (v.clients ?? []).map(readClient),
      )
    },
    async createClient(alias: string, sudsScale?: 10 | 100): Promise<ApiResult<ClientRecord>> {
      const body = sudsScale ? { alias, sudsScale } : { alias }
      return map(await call<{ client?: Record<string, unknown> }>('/api/clients', 'POST', body), (v) =>
        readClient(v.client ?? (v as Record<string, unknown>)),
      )
    },
    /** PATCH /api/clients/:id: a new SUDS scale or language (a running session follows) and/or pseudonym. */
    async updateClient(
      id: string,
      change: { sudsScale?: 10 | 100; alias?: string; language?: SupportedLanguage },
    ): Promise<ApiResult<ClientRecord>> {
      return map(
        await call<{ client?: Record<string, unknown> }>(
          `/api/clients/${encodeURIComponent(id)}`,
          'PATCH',
          change,
        ),
        (v) => readClient(v.client ?? (v as Record<string, unknown>)),
      )
    },
    async listSessions(): Promise<ApiResult<SessionSummary[]>> {
      return map(await call<{ sessions?: Record<string, unknown>[] }>('/api/sessions?active=1'), (v) =>
        (v.sessions ?? []).map(readSession),
      )
    },
    async startSession(
      clientId: string,
      approval: 'clinical' | 'open' = 'clinical',
      /** The break reminder's interval for the new session; the server's default (20) when not given. */
      breakEveryMin?: number,
    ): Promise<ApiResult<{ session: SessionSummary; pairing: PairingCode | null }>> {
      return map(
        await call<{ session: Record<string, unknown>; pairingCode?: unknown }>('/api/sessions', 'POST', {
          clientId,
          approval,
          ...(breakEveryMin !== undefined ? { breakEveryMin } : {}),
        }),
        (v) => ({ session: readSession(v.session), pairing: readPairingCode(v.pairingCode) }),
      )
    },
    /**
     * A note, risk acknowledgement or risk check over HTTP: the way the record is finished once the session's socket
     * has closed (it closes at the end).
     */
    recordCommand: (sessionId: string, command: RecordCommand) =>
      call<{ seq: number }>(`/api/sessions/${encodeURIComponent(sessionId)}/record`, 'POST', { command }),
    /** The session's state as stored (the console's own sessions only). */
    async getSession(sessionId: string): Promise<ApiResult<SessionState>> {
      return map(
        await call<{ session: SessionState }>(`/api/sessions/${encodeURIComponent(sessionId)}`),
        (v) => v.session,
      )
    },
    async newPairingCode(sessionId: string): Promise<ApiResult<PairingCode | null>> {
      return map(
        await call<{ pairingCode?: unknown; code?: unknown }>(
          `/api/sessions/${encodeURIComponent(sessionId)}/pairing-code`,
          'POST',
          {},
        ),
        (v) => readPairingCode(v.pairingCode ?? v),
      )
    },
  }
}

function readUser(v: { user?: Therapist } & Partial<Therapist>, fallbackName = ''): Therapist {
  const u = v.user ?? v
  return { id: String(u.id ?? ''), name: String(u.name ?? fallbackName), role: String(u.role ?? 'therapist') }
}

function readSession(raw: Record<string, unknown>): SessionSummary {
  const state = (raw.state ?? raw) as Record<string, unknown>
  return {
    id: String(raw.id ?? state.id ?? ''),
    clientId: String(raw.clientId ?? state.clientId ?? ''),
    clientAlias: String(raw.clientAlias ?? state.clientAlias ?? ''),
    phase: String(raw.phase ?? state.phase ?? 'waiting'),
    risksWaiting: typeof raw.risksWaiting === 'number' ? raw.risksWaiting : 0,
  }
}

export type ConsoleApi = ReturnType<typeof createConsoleApi>
/** What may still be written into a session's record after its end. */
export type RecordCommand = CommandOf<'note' | 'risk-ack' | 'risk-check'>
