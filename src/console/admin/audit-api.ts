import { isAuditAction } from '../../shared/audit'
import type { AuditAction, AuditEntry, AuditPage } from '../../shared/audit'
import type { ApiResult } from '../console-api'

export type AuditQuery = { before?: number | null; action?: AuditAction | null; limit?: number }

/** Only the fields the page shows, checked, so an odd row from an older server cannot break the table. */
function readEntry(raw: unknown): AuditEntry | null {
  const r = raw as Partial<Record<keyof AuditEntry, unknown>> | null
  if (!r || typeof r.seq !== 'number' || typeof r.at !== 'number' || !isAuditAction(r.action)) return null
  return {
    seq: r.seq,
    at: r.at,
    actor: String(r.actor ?? ''),
    actorName: String(r.actorName ?? r.actor ?? ''),
    action: r.action,
    target: String(r.target ?? ''),
    detail: String(r.detail ?? ''),
  }
}

/** `GET /api/admin/audit` with the console's access key (LAN mode) and login cookie. */
export async function fetchAuditPage(
  query: AuditQuery,
  options: { accessKey?: string | null; fetchImpl?: typeof fetch } = {},
): Promise<ApiResult<AuditPage>> {
  const params = new URLSearchParams()
  if (query.before) params.set('before', String(query.before))
  if (query.action) params.set('action', query.action)
  if (query.limit) params.set('limit', String(query.limit))
  const headers = new Headers({ accept: 'application/json' })
  if (options.accessKey) headers.set('x-stillroom-key', options.accessKey)
  const doFetch = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))
  let res: Response
  try {
    res = await doFetch(`/api/admin/audit?${params.toString()}`, { headers, credentials: 'same-origin' })
  } catch {
    return {
      ok: false,
      status: 0,
      code: 'unreachable',
      message: 'The server cannot be reached. Check the network.',
    }
  }
  const data = (await res.json().catch(() => null)) as {
    entries?: unknown[]
    nextBefore?: unknown
    error?: unknown
    message?: unknown
  } | null
  if (!res.ok) {
    return {
      ok: false,
      status: res.status,
      code: typeof data?.error === 'string' ? data.error : 'error',
      message:
        res.status === 403
          ? 'Only an administrator account can read the audit log.'
          : typeof data?.message === 'string'
            ? data.message
            : 'The audit log could not be read.',
    }
  }
  return {
    ok: true,
    value: {
      entries: (data?.entries ?? []).map(readEntry).filter((e): e is AuditEntry => e !== null),
      nextBefore: typeof data?.nextBefore === 'number' ? data.nextBefore : null,
    },
  }
}

export const ACTION_LABELS: Record<AuditAction, string> = {
  login: 'Signed in',
  'login-failed': 'Sign-in refused',
  logout: 'Signed out',
  'session-start': 'Session started',
  'session-end': 'Session ended',
  approve: 'Artwork approved',
  export: 'Record exported',
  import: 'Record imported',
  erase: 'Client erased',
  'retention-erase': 'Erased by retention',
  backup: 'Backup made',
  'outbound-call': 'AI provider call',
  consent: 'AI consent changed',
  'account-create': 'Account created',
  'account-change': 'Account changed',
  'risk-raised': 'Words raised for risk',
  'risk-acknowledged': 'Risk alert acknowledged',
  'risk-checked': 'Risk check recorded',
}

const SYSTEM_ACTORS: Record<string, string> = { system: 'Stillroom', headset: 'Headset', cli: 'Command line' }

/** "anna", or a plain word for the server's own actors; a deleted account shows its id. */
export function actorLabel(entry: Pick<AuditEntry, 'actor' | 'actorName'>): string {
  return SYSTEM_ACTORS[entry.actor] ?? entry.actorName
}
