import type Database from 'better-sqlite3'

/**
 * Numbered, append-only schema changes. Never edit a migration that has shipped: clinics keep their
 * data folder across upgrades, so a new need gets a new number.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'artworks',
    sql: `
      CREATE TABLE artworks (
        id TEXT PRIMARY KEY NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        spec_json TEXT NOT NULL,
        seed INTEGER NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),
        status TEXT NOT NULL CHECK (status IN ('shown', 'held'))
      );
      CREATE INDEX artworks_created_at ON artworks (created_at);
    `,
  },
]

/** Brings the database up to the newest migration, each step in its own transaction. Returns the version. */
export function runMigrations(db: Database.Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`)
  const row = db.prepare('SELECT MAX(version) AS v FROM migrations').get() as { v: number | null }
  let current = row.v ?? 0
  const newest = MIGRATIONS.at(-1)?.version ?? 0
  if (current > newest) {
    // A data folder from a newer Stillroom: refuse rather than guess at a schema we do not know.
    throw new Error(
      `The database is at schema version ${current}, newer than this Stillroom knows (${newest}). Update Stillroom.`,
    )
  }
  const record = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)')
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue
    db.transaction(() => {
      db.exec(migration.sql)
      record.run(migration.version, migration.name, new Date().toISOString())
    })()
    current = migration.version
  }
  return current
}
