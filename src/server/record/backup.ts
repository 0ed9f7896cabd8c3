import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { createAuditStore } from '../storage/audit-store'
import { MIGRATIONS } from '../storage/migrations'
import { ARCHIVE_LIMITS, ArchiveError, readArchive, writeArchive } from './archive'
import { LOCK_FILE, liveServerPid } from './server-lock'
import { isSafeArchivePath } from './tar'

/**
 * A whole data folder as one archive (`stillroom-backup`): `db/stillroom.db` — a consistent copy made with
 * SQLite's online backup, safe while the server writes — and `files/…`, everything else in the folder (AI pictures,
 * cached audio, the certificate, the access key). Restore puts it back only when no server runs on the folder,
 * after checking the whole archive, by building the new folder beside the old one and renaming.
 */

export const DB_FILE = 'stillroom.db'
const DB_ENTRY = `db/${DB_FILE}`
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
/** The database and its WAL are in `db/`; the lock, temp and staging files are nobody's data. */
const SKIP = new Set([DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, `${DB_FILE}-journal`, LOCK_FILE])

export class BackupError extends Error {}

export const newestSchema = () => MIGRATIONS.at(-1)?.version ?? 0

function collectFiles(dataDir: string, warn: (m: string) => void): { path: string; data: Buffer }[] {
  const out: { path: string; data: Buffer }[] = []
  const walk = (rel: string) => {
    const dir = path.join(dataDir, rel)
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name
      if (!rel && SKIP.has(entry.name)) continue
      // Staging folders and temp files are half-written by definition.
      if (entry.name.startsWith('.') || entry.name.endsWith('.tmp')) continue
      if (entry.isDirectory()) walk(relPath)
      else if (entry.isFile()) {
        const archivePath = `files/${relPath}`
        if (!isSafeArchivePath(archivePath)) {
          warn(`skipped "${relPath}" (a name the archive cannot hold safely)`)
          continue
        }
        try {
          out.push({ path: archivePath, data: fs.readFileSync(path.join(dataDir, relPath)) })
        } catch (err) {
          // A picture replaced or erased while we walk is simply not in this backup.
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
        }
      } else warn(`skipped "${relPath}" (not a plain file)`)
    }
  }
  walk('')
  return out
}

/** Makes the archive at `file` (written to a temp name, then renamed). Returns what went in. */
export async function backupDataDir(
  dataDir: string,
  file: string,
  warn: (m: string) => void,
): Promise<{ files: number; bytes: number; schemaVersion: number }> {
  const dbFile = path.join(dataDir, DB_FILE)
  if (!fs.existsSync(dbFile)) throw new BackupError(`There is no Stillroom database in ${dataDir}.`)
  const tmpDb = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-backup-')), DB_FILE)
  let dbData: Buffer
  let schemaVersion: number
  try {
    const source = new Database(dbFile, { fileMustExist: true })
    try {
      source.pragma('busy_timeout = 5000')
      // Everything in one step after the first: a write by the server between steps would restart the copy.
      await source.backup(tmpDb, { progress: () => 1_000_000_000 })
    } finally {
      source.close()
    }
    const copy = new Database(tmpDb, { readonly: true })
    try {
      schemaVersion =
        (copy.prepare('SELECT MAX(version) AS v FROM migrations').get() as { v: number | null }).v ?? 0
    } finally {
      copy.close()
    }
    dbData = fs.readFileSync(tmpDb)
  } finally {
    fs.rmSync(path.dirname(tmpDb), { recursive: true, force: true })
  }
  const files = collectFiles(dataDir, warn)
  const total = files.reduce((n, f) => n + f.data.length, dbData.length)
  if (total > ARCHIVE_LIMITS.totalBytes)
    throw new BackupError(
      'The data folder is larger than a Stillroom archive holds (2 GB); copy it while stopped.',
    )
  const archive = writeArchive({
    format: 'stillroom-backup',
    schemaVersion,
    files: [{ path: DB_ENTRY, data: dbData }, ...files],
  })
  const target = path.resolve(file)
  const tmp = `${target}.tmp-${crypto.randomBytes(4).toString('hex')}`
  fs.writeFileSync(tmp, archive, { mode: 0o600 })
  fs.renameSync(tmp, target)
  recordBackup(dbFile, files.length + 1)
  return { files: files.length + 1, bytes: archive.length, schemaVersion }
}

/** An audit row for the backup, when the database has the audit log (ids and counts only). */
function recordBackup(dbFile: string, files: number): void {
  try {
    const db = new Database(dbFile, { fileMustExist: true })
    try {
      db.pragma('busy_timeout = 5000')
      createAuditStore(db, () => {}).record({ actor: 'cli', action: 'backup', detail: `${files} files` })
    } finally {
      db.close()
    }
  } catch {
    // An older schema without the audit log: the backup itself is what matters.
  }
}

export interface RestoreResult {
  files: number
  schemaVersion: number
  /** Where the folder that was replaced now is (undefined when there was none). */
  previous?: string
}

/** Checks the archive completely, then swaps it in for `dataDir`. Throws BackupError/ArchiveError, changing nothing. */
export function restoreDataDir(file: string, dataDir: string, now = new Date()): RestoreResult {
  const target = path.resolve(dataDir)
  const running = liveServerPid(target)
  if (running)
    throw new BackupError(`Stillroom is running on ${target} (process ${running}). Stop it, then restore.`)
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    throw new BackupError(`There is no file ${file}.`)
  }
  if (!stat.isFile()) throw new BackupError(`${file} is not a file.`)
  if (stat.size > ARCHIVE_LIMITS.totalBytes)
    throw new ArchiveError('This file is larger than any Stillroom backup.')
  const archive = readArchive(fs.readFileSync(file), {
    format: 'stillroom-backup',
    maxSchemaVersion: newestSchema(),
  })
  const dbData = archive.files.get(DB_ENTRY)
  if (!dbData || !dbData.subarray(0, 16).equals(SQLITE_MAGIC))
    throw new ArchiveError('This backup has no readable database; nothing was changed.')
  for (const p of archive.files.keys()) {
    if (p !== DB_ENTRY && !p.startsWith('files/'))
      throw new ArchiveError(`The backup holds "${p}", which a Stillroom backup never has.`)
  }

  const parent = path.dirname(target)
  fs.mkdirSync(parent, { recursive: true })
  const staging = path.join(
    parent,
    `.${path.basename(target)}.restore-${crypto.randomBytes(4).toString('hex')}`,
  )
  fs.mkdirSync(staging, { mode: 0o700 })
  try {
    fs.writeFileSync(path.join(staging, DB_FILE), dbData, { mode: 0o600 })
    checkDatabase(path.join(staging, DB_FILE), archive.manifest.schemaVersion)
    for (const [p, data] of archive.files) {
      if (p === DB_ENTRY) continue
      const out = path.join(staging, ...p.slice('files/'.length).split('/'))
      fs.mkdirSync(path.dirname(out), { recursive: true, mode: 0o700 })
      fs.writeFileSync(out, data, { mode: 0o600 })
    }
    // Checked again right before the swap: a server started meanwhile must not have its folder moved away.
    const late = liveServerPid(target)
    if (late)
      throw new BackupError(
        `Stillroom started on ${target} (process ${late}) meanwhile. Stop it, then restore.`,
      )
    let previous: string | undefined
    if (fs.existsSync(target)) {
      previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`
      fs.renameSync(target, previous)
    }
    try {
      fs.renameSync(staging, target)
    } catch (err) {
      if (previous) fs.renameSync(previous, target)
      throw err
    }
    return {
      files: archive.files.size,
      schemaVersion: archive.manifest.schemaVersion,
      ...(previous ? { previous } : {}),
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

function checkDatabase(file: string, schemaVersion: number): void {
  let db: Database.Database | undefined
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new ArchiveError('The database in this backup is damaged; nothing was changed.')
    const v = (db.prepare('SELECT MAX(version) AS v FROM migrations').get() as { v: number | null }).v ?? 0
    if (v !== schemaVersion)
      throw new ArchiveError('The backup manifest does not match its database; nothing was changed.')
  } catch (err) {
    if (err instanceof ArchiveError) throw err
    throw new ArchiveError('The database in this backup cannot be read; nothing was changed.')
  } finally {
    db?.close()
  }
}
