import type Database from 'better-sqlite3'

/**
 * The database side of a client's record as a whole: read it for export, insert it on import, erase it.
 * Works on rows directly (the other stores re-validate and reshape on every read; an archive must carry
 * exactly what is stored). Async like the other stores, so a Postgres implementation fits behind it later.
 */

/** One client's rows, JSON columns parsed; the archive's `record.json`. Validated on import (client-record.ts). */
export interface ClientRecordData {
  client: {
    id: string
    alias: string
    sudsScale: number
    safePlace: unknown
    createdAt: string
    prefs: unknown
    consent: unknown
  }
  sessions: { id: string; phase: string; createdAt: number; updatedAt: number; state: unknown }[]
  sentTexts: { at: number; capability: string; text: string }[]
}

/** An erasure whose files are still to be removed, or an import whose files are not in place yet. */
export type PendingOp = 'erase' | 'import'

export interface RecordStore {
  /** The newest applied migration (goes into every archive's manifest). */
  schemaVersion(): number
  readClient(clientId: string): Promise<{ therapistId: string; data: ClientRecordData } | undefined>
  /**
   * Inserts the whole record under `therapistId` in one transaction, with a journal entry ('import') until its files
   * are in place (`settle`). 'conflict' (nothing written) if any id exists.
   */
  importClient(data: ClientRecordData, therapistId: string): Promise<'ok' | 'conflict'>
  clientExists(clientId: string): Promise<boolean>
  sessionIdsOf(clientId: string): Promise<string[]>
  /**
   * Deletes every row of the client with `secure_delete` on, in one transaction with a journal entry ('erase') until
   * their files are gone too (`settle`). `inTransaction` runs inside it (the audit row: erased if and only if
   * audited), `afterDelete` right after. Undefined: no such client. `scrub` then clears the database files.
   */
  eraseClient(
    clientId: string,
    options?: { inTransaction?: () => void; afterDelete?: (sessionIds: string[]) => void },
  ): Promise<{ sessionIds: string[] } | undefined>
  /** Undoes an import whose files never arrived: its rows and its journal entry go in one transaction. */
  rollbackImport(clientId: string): Promise<void>
  /** Journal entries left by erasures and imports that did not finish (the process stopped), oldest first. */
  pending(): Promise<{ clientId: string; op: PendingOp }[]>
  /** Ends a journal entry; `inTransaction` runs in the same transaction (the import's audit row). */
  settle(clientId: string, op: PendingOp, options?: { inTransaction?: () => void }): Promise<void>
  /**
   * Rebuilds the file (VACUUM) and empties the WAL, so deleted words are gone from the database files and not
   * only from its tables. A WAL that a reader holds is emptied later, in the background.
   */
  scrub(): Promise<void>
  /** Clients with no running session whose last activity (last session's end, else creation) is before `cutoff`. */
  retentionCandidates(cutoffMs: number): Promise<string[]>
}

export interface RecordStoreOptions {
  /** Holds the checkpoint worker's PASSIVE checkpoints; resolves with a `resume`. */
  pauseCheckpoints: () => Promise<() => void>
  /** Empties the WAL now, or keeps trying in the background (wal-truncate.ts); true when emptied now. */
  truncateWal: () => Promise<boolean>
  warn: (message: string) => void
}

// Tables that hold no client content of their own or must never be deleted from (the audit log is append-only
// and keeps pseudonymous references only).
const SKIP_TABLES = new Set(['migrations', 'meta', 'audit_log', 'clients', 'sessions'])

type ClientRow = {
  id: string
  therapist_id: string
  alias: string
  suds_scale: number
  safe_place_json: string | null
  created_at: string
  prefs_json: string | null
  consent_json: string | null
}
type SessionRow = { id: string; phase: string; state_json: string; created_at: number; updated_at: number }

const parse = (text: string | null): unknown => {
  if (text === null) return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}
const pendingKey = (op: PendingOp, clientId: string) => `pending-${op}:${clientId}`
const json = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value)

export function createRecordStore(db: Database.Database, options: RecordStoreOptions): RecordStore {
  const q = {
    version: db.prepare('SELECT MAX(version) AS v FROM migrations'),
    client: db.prepare('SELECT * FROM clients WHERE id = ?'),
    sessions: db.prepare(
      'SELECT id, phase, state_json, created_at, updated_at FROM sessions WHERE client_id = ? ORDER BY created_at, rowid',
    ),
    sessionIds: db.prepare('SELECT id FROM sessions WHERE client_id = ?'),
    texts: db.prepare('SELECT at, capability, text FROM sent_texts WHERE client_id = ? ORDER BY at, id'),
    sessionExists: db.prepare('SELECT 1 FROM sessions WHERE id = ?'),
    insertClient: db.prepare(
      `INSERT INTO clients (id, therapist_id, alias, suds_scale, safe_place_json, created_at, prefs_json, consent_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertSession: db.prepare(
      `INSERT INTO sessions (id, therapist_id, client_id, phase, state_json, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertText: db.prepare('INSERT INTO sent_texts (client_id, at, capability, text) VALUES (?, ?, ?, ?)'),
    // The journal lives in `meta` (kept out of the per-client deletes): `pending-<op>:<clientId>`.
    addPending: db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'),
    dropPending: db.prepare('DELETE FROM meta WHERE key = ?'),
    listPending: db.prepare("SELECT key FROM meta WHERE key LIKE 'pending-%' ORDER BY rowid"),
    activity: db.prepare(
      `SELECT c.id, c.created_at,
         (SELECT MAX(s.updated_at) FROM sessions s WHERE s.client_id = c.id) AS last,
         (SELECT COUNT(*) FROM sessions s WHERE s.client_id = c.id AND s.phase != 'ended') AS running
       FROM clients c`,
    ),
  }

  const importTx = db.transaction((data: ClientRecordData, therapistId: string): 'ok' | 'conflict' => {
    if (q.client.get(data.client.id)) return 'conflict'
    if (data.sessions.some((s) => q.sessionExists.get(s.id))) return 'conflict'
    const c = data.client
    q.insertClient.run(
      c.id,
      therapistId,
      c.alias,
      c.sudsScale,
      json(c.safePlace),
      c.createdAt,
      json(c.prefs),
      json(c.consent),
    )
    for (const s of data.sessions)
      q.insertSession.run(s.id, therapistId, c.id, s.phase, JSON.stringify(s.state), s.createdAt, s.updatedAt)
    for (const t of data.sentTexts) q.insertText.run(c.id, t.at, t.capability, t.text)
    q.addPending.run(pendingKey('import', c.id), new Date().toISOString())
    return 'ok'
  })

  const eraseTx = db.transaction((clientId: string, inTransaction?: () => void): string[] | undefined => {
    if (!q.client.get(clientId)) return undefined
    const sessionIds = deleteClientRows(db, clientId)
    q.addPending.run(pendingKey('erase', clientId), new Date().toISOString())
    inTransaction?.()
    return sessionIds
  })
  const rollbackTx = db.transaction((clientId: string) => {
    if (q.client.get(clientId)) deleteClientRows(db, clientId)
    q.dropPending.run(pendingKey('import', clientId))
  })
  const settleTx = db.transaction((key: string, inTransaction?: () => void) => {
    q.dropPending.run(key)
    inTransaction?.()
  })

  return {
    schemaVersion() {
      return (q.version.get() as { v: number | null }).v ?? 0
    },
    async readClient(clientId) {
      const row = q.client.get(clientId) as ClientRow | undefined
      if (!row) return undefined
      const sessions = (q.sessions.all(clientId) as SessionRow[]).map((s) => ({
        id: s.id,
        phase: s.phase,
        createdAt: s.created_at,
        updatedAt: s.updated_at,
        state: parse(s.state_json),
      }))
      const sentTexts = q.texts.all(clientId) as ClientRecordData['sentTexts']
      return {
        therapistId: row.therapist_id,
        data: {
          client: {
            id: row.id,
            alias: row.alias,
            sudsScale: row.suds_scale,
            safePlace: parse(row.safe_place_json),
            createdAt: row.created_at,
            prefs: parse(row.prefs_json),
            consent: parse(row.consent_json),
          },
          sessions,
          sentTexts,
        },
      }
    },
    async importClient(data, therapistId) {
      return importTx(data, therapistId)
    },
    async clientExists(clientId) {
      return Boolean(q.client.get(clientId))
    },
    async sessionIdsOf(clientId) {
      return (q.sessionIds.all(clientId) as { id: string }[]).map((r) => r.id)
    },
    async eraseClient(clientId, { inTransaction, afterDelete } = {}) {
      const sessionIds = securely(db, () => eraseTx(clientId, inTransaction))
      if (!sessionIds) return undefined
      afterDelete?.(sessionIds)
      return { sessionIds }
    },
    async rollbackImport(clientId) {
      securely(db, () => rollbackTx(clientId))
    },
    async pending() {
      return (q.listPending.all() as { key: string }[]).flatMap(({ key }) => {
        const match = /^pending-(erase|import):(.+)$/.exec(key)
        return match ? [{ op: match[1] as PendingOp, clientId: match[2]! }] : []
      })
    },
    async settle(clientId, op, { inTransaction } = {}) {
      securely(db, () => settleTx(pendingKey(op, clientId), inTransaction))
    },
    scrub: () => scrubDatabase(db, options),
    async retentionCandidates(cutoffMs) {
      const rows = q.activity.all() as {
        id: string
        created_at: string
        last: number | null
        running: number
      }[]
      return rows
        .filter((r) => r.running === 0 && (r.last ?? Date.parse(r.created_at)) < cutoffMs)
        .map((r) => r.id)
    },
  }
}

/** Every other table with a client_id / session_id column, found from the schema so later tables are covered. */
function linkedTables(db: Database.Database): { bySession: string[]; byClient: string[] } {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[]
  const bySession: string[] = []
  const byClient: string[] = []
  for (const { name } of tables) {
    if (SKIP_TABLES.has(name) || !/^\w+$/.test(name)) continue
    const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map(
      (c) => c.name,
    )
    if (columns.includes('session_id')) bySession.push(name)
    if (columns.includes('client_id')) byClient.push(name)
  }
  return { bySession, byClient }
}

/** Every row of the client, in every table that names them or their sessions; returns the sessions' ids. */
function deleteClientRows(db: Database.Database, clientId: string): string[] {
  const sessionIds = (
    db.prepare('SELECT id FROM sessions WHERE client_id = ?').all(clientId) as { id: string }[]
  ).map((r) => r.id)
  const { bySession, byClient } = linkedTables(db)
  for (const table of bySession) {
    const del = db.prepare(`DELETE FROM "${table}" WHERE session_id = ?`)
    for (const id of sessionIds) del.run(id)
  }
  for (const table of byClient) db.prepare(`DELETE FROM "${table}" WHERE client_id = ?`).run(clientId)
  db.prepare('DELETE FROM sessions WHERE client_id = ?').run(clientId)
  db.prepare('DELETE FROM clients WHERE id = ?').run(clientId)
  return sessionIds
}

/** Deleted content is overwritten in place, not only unlinked from the tables. */
function securely<T>(db: Database.Database, run: () => T): T {
  db.pragma('secure_delete = ON')
  try {
    return run()
  } finally {
    db.pragma('secure_delete = OFF')
  }
}

/** Old copies of the words can sit in free pages and in the WAL; rebuild the file and empty the WAL. */
async function scrubDatabase(db: Database.Database, options: RecordStoreOptions): Promise<void> {
  const resume = await options.pauseCheckpoints()
  try {
    try {
      db.exec('VACUUM')
    } catch (err) {
      // The rows are gone either way; old copies in free pages go at the next erasure's VACUUM.
      options.warn(`storage: VACUUM after an erasure failed (${(err as Error).message})`)
    }
    await options.truncateWal()
  } finally {
    resume()
  }
}
