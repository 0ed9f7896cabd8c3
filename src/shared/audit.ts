/**
 * The audit log's vocabulary, shared by the server's store and the console's admin page. An entry
 * carries ids and actions only: client and session ids appear as pseudonymous references ("c:…", "s:…").
 */
export const AUDIT_ACTIONS = [
  'login',
  'login-failed',
  'logout',
  'session-start',
  'session-end',
  'approve',
  'export',
  'import',
  'erase',
  'retention-erase',
  'backup',
  'outbound-call',
  'consent',
  'account-create',
  'account-change',
  'risk-raised',
  'risk-acknowledged',
  'risk-checked',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const isAuditAction = (value: unknown): value is AuditAction =>
  typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value)

export interface AuditEntry {
  seq: number
  /** ms since the epoch */
  at: number
  /** A user id, or 'system' | 'headset' | 'cli'. */
  actor: string
  /** The account's name when the actor is a user that still exists; otherwise the actor itself. */
  actorName: string
  action: AuditAction
  /** Pseudonymous references ("c:… s:…"), or '' when the entry concerns no client or session. */
  target: string
  detail: string
}

/** `GET /api/admin/audit?before=&limit=&action=&client=` (admin accounts only). */
export interface AuditPage {
  entries: AuditEntry[]
  /** The `before` for the next, older page; null at the end. */
  nextBefore: number | null
}

export const AUDIT_PAGE_DEFAULT = 50
export const AUDIT_PAGE_MAX = 200
