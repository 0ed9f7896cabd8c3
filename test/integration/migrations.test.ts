import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createStorage } from '../../src/server/storage'
import { MIGRATIONS, runMigrations } from '../../src/server/storage/migrations'
import type { Artwork } from '../../src/shared/artwork'
import { applyCommand } from '../../src/shared/session/reducer'
import { createSessionState } from '../../src/shared/session/state'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'
import { makeTempDir } from './helpers'

const NEWEST = MIGRATIONS.at(-1)!.version
const PREFS = { volumes: { master: 0.6, muted: false, layers: { waves: 0.8 } } }

let tmp: ReturnType<typeof makeTempDir>
beforeEach(() => {
  tmp = makeTempDir('stillroom-migrate-')
})
afterEach(() => tmp.cleanup())

/** A database at schema `version`, made by running only the migrations up to it, as that release did. */
function databaseAt(file: string, version: number): Database.Database {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.exec(
    `CREATE TABLE migrations (version INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
  )
  for (const m of MIGRATIONS.filter((m) => m.version <= version)) {
    db.exec(m.sql)
    db.prepare('INSERT INTO migrations VALUES (?, ?, ?)').run(m.version, m.name, '2026-01-01T00:00:00.000Z')
  }
  return db
}

const artwork = (n: number): Artwork => ({
  id: `art-${n}`,
  text: `a quiet beach at sunset, wave ${n}`,
  createdAt: new Date(Date.UTC(2026, 0, 1, 10, n)).toISOString(),
  spec: { ...DEFAULT_SCENE_SPEC, biome: 'beach', title: `Beach ${n}` },
  seed: 1000 + n,
  status: n === 2 ? 'held' : 'shown',
})

/** Realistic rows for every table that exists at `version` (each schema's own columns only). */
function seed(db: Database.Database, version: number) {
  const insertArt = db.prepare(
    'INSERT INTO artworks (id, text, created_at, spec_json, seed, status) VALUES (?, ?, ?, ?, ?, ?)',
  )
  for (const a of [artwork(1), artwork(2), artwork(3)])
    insertArt.run(a.id, a.text, a.createdAt, JSON.stringify(a.spec), a.seed, a.status)
  if (version < 2) return
  db.prepare(
    `INSERT INTO users (id, name, role, password_hash, totp_secret, totp_last_step, created_at)
     VALUES ('u1', 'anna', 'therapist', 'scrypt$1024$8$1$c2FsdA$aGFzaA', NULL, NULL, '2026-01-01T09:00:00.000Z')`,
  ).run()
  db.prepare(
    `INSERT INTO clients (id, therapist_id, alias, suds_scale, safe_place_json, created_at)
     VALUES ('c1', 'u1', 'Robin', 100, NULL, '2026-01-01T09:05:00.000Z')`,
  ).run()
  const state = applyCommand(
    createSessionState({
      id: 's1',
      clientId: 'c1',
      clientAlias: 'Robin',
      therapistId: 'u1',
      now: 1_767_258_000_000,
    }),
    { type: 'artwork-add', artwork: artwork(4), reasons: [], from: 'client' },
    1_767_258_060_000,
  )
  db.prepare(
    `INSERT INTO sessions (id, therapist_id, client_id, phase, state_json, created_at, updated_at)
     VALUES ('s1', 'u1', 'c1', ?, ?, 1767258000000, 1767258060000)`,
  ).run(state.phase, JSON.stringify(state))
  db.prepare("INSERT INTO pairing_codes VALUES ('ABC234', 's1', 1767258000000, NULL)").run()
  if (version < 3) return
  db.prepare(`UPDATE clients SET prefs_json = ? WHERE id = 'c1'`).run(JSON.stringify(PREFS))
  if (version < 4) return
  db.prepare(
    `INSERT INTO outbound_calls VALUES ('call1', 1767258100000, 's1', 'c1', 'api.openai.com', 'images', 120, 5000,
       NULL, 'ok', 1, 900)`,
  ).run()
  db.prepare(
    "INSERT INTO sent_texts (client_id, at, capability, text) VALUES ('c1', 1767258100000, 'images', 'a beach')",
  ).run()
  if (version < 5) return
  db.prepare(
    "INSERT INTO audit_log (at, actor, action, target, detail) VALUES (1767258000000, 'u1', 'login', '', '')",
  ).run()
}

describe('schema migrations', () => {
  it('builds the newest schema from an empty database and records every version', async () => {
    const file = path.join(tmp.dir, 'empty.db')
    const storage = createStorage(file, { warn: () => {} })
    expect(await storage.listArtworks()).toEqual([])
    storage.audit!.record({ actor: 'system', action: 'backup' })
    await storage.close()
    const db = new Database(file, { readonly: true })
    const versions = db.prepare('SELECT version FROM migrations ORDER BY version').all() as {
      version: number
    }[]
    db.close()
    expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version))
  })

  // Every earlier version a clinic's data folder might be at (the newest included: a restart is a no-op).
  for (const from of MIGRATIONS.map((m) => m.version)) {
    it(`migrates a database at version ${from} to ${NEWEST} with its rows intact`, async () => {
      const file = path.join(tmp.dir, `v${from}.db`)
      const old = databaseAt(file, from)
      seed(old, from)
      old.close()

      const warnings: string[] = []
      const storage = createStorage(file, { warn: (m) => warnings.push(m) })
      try {
        // Rows intact: all artworks read back through the current code, oldest first, held one still held.
        expect(await storage.listArtworks()).toEqual([artwork(1), artwork(2), artwork(3)])
        if (from >= 2) {
          const s = storage.sessions!
          expect(await s.getUserByName('anna')).toMatchObject({ id: 'u1', role: 'therapist' })
          const client = await s.getClient('c1')
          expect(client).toMatchObject({ alias: 'Robin', sudsScale: 100, therapistId: 'u1' })
          // New columns defaulted (prefs since 3, consent since 4) or kept.
          expect(client?.prefs).toEqual(from >= 3 ? PREFS : {})
          expect(await storage.ai!.getConsent('c1')).toBeNull()
          const session = await s.getSession('s1')
          expect(session?.state.artworks.map((e) => e.artwork.text)).toEqual([artwork(4).text])
          expect(await s.consumePairingCode('ABC234', 0, 1767258001000)).toBe('s1')
        }
        const calls = await storage.ai!.listCalls()
        expect(calls.map((c) => c.id)).toEqual(from >= 4 ? ['call1'] : [])
        if (from >= 4) expect(await storage.ai!.listSentTexts('c1')).toHaveLength(1)
        // The audit log (5) works on a migrated database, older rows kept.
        storage.audit!.record({ actor: 'system', action: 'backup', detail: 'after migration' })
        const audit = storage.audit!.list().entries.map((e) => e.detail)
        expect(audit).toEqual(from >= 5 ? ['after migration', ''] : ['after migration'])
        expect(warnings).toEqual([])
      } finally {
        await storage.close()
      }
      const db = new Database(file, { readonly: true })
      const versions = (
        db.prepare('SELECT version FROM migrations ORDER BY version').all() as { version: number }[]
      ).map((v) => v.version)
      db.close()
      expect(versions).toEqual(MIGRATIONS.map((m) => m.version))
    })
  }

  it('refuses a database newer than the code, changing nothing', () => {
    const file = path.join(tmp.dir, 'future.db')
    const db = databaseAt(file, NEWEST)
    seed(db, NEWEST)
    db.prepare('INSERT INTO migrations VALUES (?, ?, ?)').run(NEWEST + 1, 'from-the-future', '2027-01-01')
    expect(() => runMigrations(db)).toThrow(`schema version ${NEWEST + 1}, newer than this Stillroom knows`)
    db.close()
    expect(() => createStorage(file, { warn: () => {} })).toThrow('Update Stillroom')
    const after = new Database(file, { readonly: true })
    expect(after.prepare('SELECT COUNT(*) AS n FROM artworks').get()).toEqual({ n: 3 })
    expect(after.prepare('SELECT MAX(version) AS v FROM migrations').get()).toEqual({ v: NEWEST + 1 })
    after.close()
  })

  it('a failing migration leaves the database at the version before it', () => {
    const file = path.join(tmp.dir, 'half.db')
    const db = databaseAt(file, 1)
    seed(db, 1)
    // A table that migration 2 wants to create already exists: its transaction must roll back whole.
    db.exec('CREATE TABLE users (id TEXT)')
    expect(() => runMigrations(db)).toThrow()
    expect(db.prepare('SELECT MAX(version) AS v FROM migrations').get()).toEqual({ v: 1 })
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'clients'").get()).toBeUndefined()
    db.close()
  })

  it('processes opening a new database at the same moment migrate it once, and none fails', async () => {
    const file = path.join(tmp.dir, 'stillroom.db')
    const storage = path.resolve(import.meta.dirname, '../../src/server/storage/index.ts')
    // Each process loads first, then waits for the same instant, so their migrations really overlap.
    const at = Date.now() + 6000
    const script = `
      const { createStorage } = await import(${JSON.stringify(storage)})
      while (Date.now() < ${at}) {}
      const s = createStorage(${JSON.stringify(file)}, { warn: () => {} })
      await s.close()
    `
    const run = promisify(execFile)
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
          cwd: path.resolve(import.meta.dirname, '../..'),
        }),
      ),
    )
    const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []))
    expect(failures).toEqual([])
    const db = new Database(file, { readonly: true })
    const versions = db.prepare('SELECT version FROM migrations ORDER BY version').all()
    db.close()
    expect(versions).toEqual(MIGRATIONS.map((m) => ({ version: m.version })))
  }, 60_000)
})
