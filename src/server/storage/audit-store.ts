/**
 * The append-only audit log (migration 5). API — other code codes against exactly this:
 *
 *   storage.audit?.record({ actor, action, clientId?, sessionId?, detail? }): void
 *     Synchronous and cheap (one prepared INSERT). Never throws for a bad `detail` (it is dropped and replaced by
 *     the phrase 'detail refused', with a warning) so an audit row can never break a login or an erasure; it
 *     throws only for an unknown `action` or a malformed `actor` (programming errors).
 *     - actor: a user id (`users.id`), or 'system' | 'headset' | 'cli'. Never a client id.
 *     - action: AuditAction (below).
 *     - clientId / sessionId: raw ids; the store keeps only `c:` / `s:` + the first 16 hex of
 *       HMAC-SHA256(secret, id) in `target` (e.g. "c:0123456789abcdef s:fedcba9876543210"). The secret is made
 *       once by the migration and kept in the `meta` table (key 'audit_hmac_secret').
 *     - detail: a short fixed phrase or a number ("images ok 1.2 kB", "3 artworks", "timeout"), ≤ 120 characters
 *       of [A-Za-z0-9 .,:;/_+%()=#@-] in at most 8 words. Never client words, names or ids.
 *   storage.audit?.list({ before?, limit?, action?, clientId? }): AuditPage
 *     Newest first. `before` is a `seq` (exclusive) for paging; `limit` 1..200 (default 50); `action` filters one
 *     action; `clientId` (raw) filters the entries whose target refers to that client. Returns
 *     `{ entries, nextBefore }` — `nextBefore` is the seq to pass for the next (older) page, or null at the end.
 *   Refused sign-ins ('login-failed') are bounded: one row per account and reason a minute, the rest counted into
 *     a later row ("wrong password, 37 more refused"); see audit-bound.ts.
 *   storage.audit?.ref('c' | 's', id): string — the pseudonymous reference the store would write, for tests and
 *     for an admin following one client.
 *
 * The table has BEFORE UPDATE / BEFORE DELETE triggers: nothing, not even an erasure, can change or remove an
 * entry, which is why it must never hold anything an erasure would have to remove.
 */
import type { Clock } from '../../shared/clock'
import crypto from 'node:crypto'
import type Database from 'better-sqlite3'
import { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX, isAuditAction } from '../../shared/audit'
import type { AuditAction, AuditEntry, AuditPage } from '../../shared/audit'
import { createLoginFailureBound } from './audit-bound'

export { AUDIT_ACTIONS, isAuditAction } from '../../shared/audit'
export type { AuditAction, AuditEntry, AuditPage } from '../../shared/audit'

export const AUDIT_SYSTEM_ACTORS = ['system', 'headset', 'cli'] as const

export interface AuditRecord {
  actor: string
  action: AuditAction
  clientId?: string
  sessionId?: string
  detail?: string
}

export interface AuditListOptions {
  before?: number
  limit?: number
  action?: AuditAction
  clientId?: string
}

export interface AuditStore {
  record(entry: AuditRecord): void
  list(options?: AuditListOptions): AuditPage
  ref(kind: 'c' | 's', id: string): string
  /** Writes the refused sign-ins still being counted (see audit-bound.ts); called when the storage closes. */
  flush(): void
}

export const AUDIT_DETAIL_MAX = 120
/** A fixed phrase is a few words; a sentence someone typed is longer. A guard, not a guarantee: callers pass phrases. */
export const AUDIT_DETAIL_WORDS = 8
// Letters, digits and a few punctuation marks: enough for "images ok 1.2 kB" or "timeout (90 s)", while quotes,
// newlines and non-ASCII (the shapes a pasted sentence of a client's takes) are refused.
const DETAIL_PATTERN = /^[A-Za-z0-9 .,:;/_+%()=#@-]*$/
const ACTOR_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** True when `detail` may be stored: short, and made of the characters of a fixed phrase or a number. */
export function isValidAuditDetail(detail: string): boolean {
  return (
    detail.length <= AUDIT_DETAIL_MAX &&
    DETAIL_PATTERN.test(detail) &&
    detail.split(' ').filter(Boolean).length <= AUDIT_DETAIL_WORDS
  )
}

type AuditRow = {
  seq: number
  at: number
  actor: string
  actor_name: string | null
  action: string
  target: string
  detail: string
}

export function createAuditStore(
  db: Database.Database,
  warn: (message: string) => void,
  now: Clock = Date.now,
): AuditStore {
  const secretRow = db.prepare("SELECT value FROM meta WHERE key = 'audit_hmac_secret'").get() as
    { value: string } | undefined
  if (!secretRow) throw new Error('storage: the audit secret is missing from the meta table')
  const secret = Buffer.from(secretRow.value, 'hex')
  const ref = (kind: 'c' | 's', id: string) =>
    `${kind}:${crypto.createHmac('sha256', secret).update(id).digest('hex').slice(0, 16)}`

  const insert = db.prepare(
    'INSERT INTO audit_log (at, actor, action, target, detail) VALUES (@at, @actor, @action, @target, @detail)',
  )
  const page = db.prepare(
    `SELECT a.seq, a.at, a.actor, u.name AS actor_name, a.action, a.target, a.detail
     FROM audit_log a LEFT JOIN users u ON u.id = a.actor
     WHERE (@before IS NULL OR a.seq < @before) AND (@action IS NULL OR a.action = @action)
       AND (@clientRef IS NULL OR a.target = @clientRef OR a.target LIKE @clientRef || ' %')
     ORDER BY a.seq DESC LIMIT @limit`,
  )

  const write = (entry: AuditRecord) => {
    let detail = entry.detail ?? ''
    if (!isValidAuditDetail(detail)) {
      warn(`audit: a ${entry.action} detail was refused (not a short fixed phrase); stored without it`)
      detail = 'detail refused'
    }
    const target = [
      entry.clientId ? ref('c', entry.clientId) : '',
      entry.sessionId ? ref('s', entry.sessionId) : '',
    ]
      .filter(Boolean)
      .join(' ')
    insert.run({ at: now(), actor: entry.actor, action: entry.action, target, detail })
  }
  const loginFailures = createLoginFailureBound(write, now)

  return {
    ref,
    record(entry) {
      if (!isAuditAction(entry.action)) throw new Error(`audit: unknown action ${String(entry.action)}`)
      if (!ACTOR_PATTERN.test(entry.actor))
        throw new Error('audit: the actor must be a user id or system/headset/cli')
      if (entry.action === 'login-failed' && !loginFailures.admit(entry)) return
      write(entry)
    },
    flush: () => loginFailures.flush(),
    list(options = {}) {
      const limit = Math.max(1, Math.min(AUDIT_PAGE_MAX, Math.floor(options.limit ?? AUDIT_PAGE_DEFAULT)))
      const rows = page.all({
        before: options.before ?? null,
        action: options.action ?? null,
        clientRef: options.clientId ? ref('c', options.clientId) : null,
        limit: limit + 1,
      }) as AuditRow[]
      const more = rows.length > limit
      const entries = rows.slice(0, limit).flatMap((r): AuditEntry[] =>
        isAuditAction(r.action)
          ? [
              {
                seq: r.seq,
                at: r.at,
                actor: r.actor,
                actorName: r.actor_name ?? r.actor,
                action: r.action,
                target: r.target,
                detail: r.detail,
              },
            ]
          : [],
      )
      return { entries, nextBefore: more ? (rows[limit - 1]?.seq ?? null) : null }
    },
  }
}
