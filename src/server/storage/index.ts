import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { ArtworkSchema } from '../../shared/artwork'
import type { Artwork } from '../../shared/artwork'
import { createAiStore } from './ai-store'
import type { AiStore } from './ai-store'
import { createAuditStore } from './audit-store'
import type { AuditStore } from './audit-store'
import { startCheckpointer } from './checkpointer'
import { runMigrations } from './migrations'
import { createSessionStore } from './session-store'
import { createSoloStore } from './solo-store'
import type { ArtworkRow, SoloStore } from './solo-store'
import { createWalTruncator } from './wal-truncate'
import { createRecordStore } from './record-store'
import type { RecordStore } from './record-store'
import type { SessionStore } from './session-store'

export type { SessionStore } from './session-store'
export type { AiStore } from './ai-store'
export type { SoloStore } from './solo-store'
export type { AuditStore, AuditAction } from './audit-store'

/**
 * Everything the server needs from persistence, and nothing more. Async on purpose: SQLite answers
 * synchronously, but a later Postgres implementation must fit behind the same interface.
 */
export interface Storage {
  /**
   * Stores a complete artwork atomically; rejects (and stores nothing) if it cannot. `deviceHash` is the hash of the
   * solo device that made it (solo-store.ts).
   */
  insertArtwork(artwork: Artwork, deviceHash?: string): Promise<void>
  /**
   * Readable artworks, oldest first; unreadable rows are logged and skipped. With `deviceHash`, only that device's:
   * the solo routes always pass it. Without, all of them (tests and maintenance only).
   */
  listArtworks(deviceHash?: string): Promise<Artwork[]>
  getArtwork(id: string): Promise<Artwork | undefined>
  /** Accounts and live sessions. Optional so API-only fakes need not implement it. */
  sessions?: SessionStore
  /** Cloud-AI consent, the outbound-call audit log and the texts sent. Optional like `sessions`. */
  ai?: AiStore
  /** The append-only audit log: ids and actions, never client words. Optional like `sessions`. */
  audit?: AuditStore
  /** A client's record as a whole: export, import, erase, retention. Optional like `sessions`. */
  record?: RecordStore
  /** Solo artworks by device: ownership, deletion, retention (migration 6). Optional like `sessions`. */
  solo?: SoloStore
  close(): Promise<void>
}

export interface StorageOptions {
  /**
   * Told about rows that no longer validate (hand-edited or from a buggy build), so one bad row
   * never takes the whole gallery down.
   * @default console.warn
   */
  warn?: (message: string) => void
}

/**
 * A new database (and its folder) is private from the first byte: it will hold words, password hashes, TOTP secrets
 * and the audit key. SQLite gives its -wal and -shm files the database file's mode. An existing file is left as is.
 */
function createPrivately(dbFile: string): void {
  fs.mkdirSync(path.dirname(dbFile), { recursive: true, mode: 0o700 })
  try {
    fs.closeSync(fs.openSync(dbFile, 'wx', 0o600))
  } catch (err) {
    // Already there (or made by another process this instant): nothing to do.
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
  }
}

/** Opens (creating if needed) the SQLite file and brings its schema up to date. */
/**
 * Switches a new database to WAL. Processes opening a new file at the same moment each hold a shared lock while
 * they wait for the exclusive one the switch needs, and SQLite answers "busy" at once rather than wait on a
 * deadlock: each backs off a random few milliseconds and tries again, so one switches and the rest find it done.
 */
function enableWal(db: Database.Database, deadlineMs = 15_000): void {
  const until = Date.now() + deadlineMs
  const pause = new Int32Array(new SharedArrayBuffer(4))
  for (;;) {
    try {
      db.pragma('journal_mode = WAL')
      return
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > until) throw e
      Atomics.wait(pause, 0, 0, 10 + Math.random() * 40)
    }
  }
}

export function createStorage(dbFile: string, options: StorageOptions = {}): Storage {
  const warn = options.warn ?? ((message: string) => console.warn(message))
  if (dbFile !== ':memory:') createPrivately(dbFile)
  const db = new Database(dbFile)
  // First, so another process opening the same file (the CLI, a second start) waits rather than fails.
  db.pragma('busy_timeout = 5000')
  // WAL lets readers and the writer overlap; NORMAL sync is durable across app crashes in WAL mode.
  enableWal(db)
  db.pragma('synchronous = NORMAL')
  db.pragma('foreign_keys = ON')
  runMigrations(db)
  // WAL checkpoints fsync; a worker runs them so no commit stalls the event loop (see checkpointer.ts).
  const checkpointer =
    dbFile === ':memory:'
      ? undefined
      : startCheckpointer(dbFile, { warn, onFail: () => db.open && db.pragma('wal_autocheckpoint = 1000') })
  if (checkpointer) db.pragma('wal_autocheckpoint = 0')

  const insert = db.prepare(
    `INSERT INTO artworks (id, text, created_at, spec_json, seed, status, device_hash)
     VALUES (@id, @text, @created_at, @spec_json, @seed, @status, @device_hash)`,
  )
  const list = db.prepare('SELECT * FROM artworks ORDER BY created_at ASC, rowid ASC')
  const listOf = db.prepare('SELECT * FROM artworks WHERE device_hash = ? ORDER BY created_at ASC, rowid ASC')
  const get = db.prepare('SELECT * FROM artworks WHERE id = ?')
  const insertTx = db.transaction((row: ArtworkRow) => {
    insert.run(row)
  })

  // The stored JSON is re-validated on every read: the painter must never receive a spec it cannot trust.
  const fromRow = (row: ArtworkRow): Artwork | undefined => {
    let spec: unknown
    try {
      spec = JSON.parse(row.spec_json)
    } catch {
      warn(`storage: artwork ${row.id} has unreadable spec JSON; skipped`)
      return undefined
    }
    const parsed = ArtworkSchema.safeParse({
      id: row.id,
      text: row.text,
      createdAt: row.created_at,
      spec,
      seed: row.seed,
      status: row.status,
    })
    if (!parsed.success) {
      warn(
        `storage: artwork ${row.id} failed validation (${parsed.error.issues[0]?.message ?? 'invalid'}); skipped`,
      )
      return undefined
    }
    return parsed.data
  }

  let closed = false
  const audit = createAuditStore(db, warn)
  const truncator = createWalTruncator(db, { warn })
  return {
    sessions: createSessionStore(db, warn),
    ai: createAiStore(db, warn, audit),
    audit,
    record: createRecordStore(db, {
      warn,
      pauseCheckpoints: () => checkpointer?.pause() ?? Promise.resolve(() => {}),
      truncateWal: () => truncator.truncate(),
    }),
    solo: createSoloStore(db),
    async insertArtwork(artwork, deviceHash) {
      // Validate before writing, so a bad object is refused here rather than skipped on every later read.
      const valid = ArtworkSchema.parse(artwork)
      insertTx({
        id: valid.id,
        text: valid.text,
        created_at: valid.createdAt,
        spec_json: JSON.stringify(valid.spec),
        seed: valid.seed,
        status: valid.status,
        device_hash: deviceHash ?? null,
      })
    },
    async listArtworks(deviceHash) {
      const out: Artwork[] = []
      const rows = deviceHash === undefined ? list.all() : listOf.all(deviceHash)
      for (const row of rows as ArtworkRow[]) {
        const artwork = fromRow(row)
        if (artwork) out.push(artwork)
      }
      return out
    },
    async getArtwork(id) {
      const row = get.get(id) as ArtworkRow | undefined
      return row ? fromRow(row) : undefined
    },
    async close() {
      if (closed) return
      closed = true
      audit.flush()
      truncator.stop()
      await checkpointer?.stop()
      db.close()
    },
  }
}
