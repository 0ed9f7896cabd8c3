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
  {
    version: 2,
    name: 'accounts-and-sessions',
    // Tokens are stored only as SHA-256 hashes: a copied database file cannot log anyone in or pair a headset.
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL CHECK (role IN ('therapist', 'admin')),
        password_hash TEXT NOT NULL,
        totp_secret TEXT,
        totp_last_step INTEGER,
        created_at TEXT NOT NULL
      );
      CREATE TABLE login_sessions (
        token_hash TEXT PRIMARY KEY NOT NULL,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE TABLE clients (
        id TEXT PRIMARY KEY NOT NULL,
        therapist_id TEXT NOT NULL REFERENCES users (id),
        alias TEXT NOT NULL,
        suds_scale INTEGER NOT NULL DEFAULT 10 CHECK (suds_scale IN (10, 100)),
        safe_place_json TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX clients_therapist ON clients (therapist_id);
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY NOT NULL,
        therapist_id TEXT NOT NULL REFERENCES users (id),
        client_id TEXT NOT NULL REFERENCES clients (id),
        phase TEXT NOT NULL,
        state_json TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX sessions_therapist_phase ON sessions (therapist_id, phase);
      CREATE TABLE device_tokens (
        token_hash TEXT PRIMARY KEY NOT NULL,
        session_id TEXT NOT NULL REFERENCES sessions (id),
        created_at INTEGER NOT NULL,
        revoked_at INTEGER
      );
      CREATE INDEX device_tokens_session ON device_tokens (session_id);
      CREATE TABLE pairing_codes (
        code TEXT PRIMARY KEY NOT NULL,
        session_id TEXT NOT NULL REFERENCES sessions (id),
        created_at INTEGER NOT NULL,
        used_at INTEGER
      );
      CREATE INDEX pairing_codes_session ON pairing_codes (session_id);
    `,
  },
  {
    version: 3,
    name: 'client-prefs',
    // Comfort settings and volumes kept with the client's record (clinic headsets are shared); JSON, ≤ 8 KB.
    sql: `ALTER TABLE clients ADD COLUMN prefs_json TEXT;`,
  },
  {
    version: 4,
    name: 'ai-consent-and-audit',
    // Cloud AI. The audit log keeps ids, sizes, hashes and outcomes only — never a client's words;
    // the redacted text that was sent lives with the client's record, so erasing the client erases it.
    sql: `
      ALTER TABLE clients ADD COLUMN consent_json TEXT;
      CREATE TABLE outbound_calls (
        id TEXT PRIMARY KEY NOT NULL,
        at INTEGER NOT NULL,
        session_id TEXT,
        client_id TEXT,
        provider_host TEXT NOT NULL,
        capability TEXT NOT NULL,
        request_bytes INTEGER NOT NULL,
        response_bytes INTEGER NOT NULL,
        text_sha256 TEXT,
        outcome TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        duration_ms INTEGER NOT NULL
      );
      CREATE INDEX outbound_calls_client ON outbound_calls (client_id, at);
      CREATE TABLE sent_texts (
        id INTEGER PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        capability TEXT NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX sent_texts_client ON sent_texts (client_id, at);
    `,
  },
  {
    version: 5,
    name: 'audit-log',
    // Append-only: triggers refuse every UPDATE and DELETE, so the log holds ids and actions only —
    // client and session ids as keyed hashes (audit-store.ts), whose secret is made here once and kept in `meta`.
    sql: `
      CREATE TABLE meta (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      );
      INSERT INTO meta (key, value) VALUES ('audit_hmac_secret', lower(hex(randomblob(32))));
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX audit_log_action ON audit_log (action, seq);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    `,
  },
  {
    version: 6,
    name: 'solo-devices-and-disabled-accounts',
    // Solo words belong to the device that wrote them: the SHA-256 of its solo token, never the token itself. Rows
    // from before have none and are listed to nobody. An account can be disabled without deleting it (the audit
    // log names it by id).
    sql: `
      ALTER TABLE artworks ADD COLUMN device_hash TEXT;
      CREATE INDEX artworks_device ON artworks (device_hash, created_at);
      ALTER TABLE users ADD COLUMN disabled_at INTEGER;
    `,
  },
  {
    version: 7,
    name: 'solo-artwork-versions',
    // A device's own paintings can be refined like a session's: every version (the original first) and which one
    // hangs, as JSON in the artwork's own row, so erasing the artwork erases its versions with it.
    sql: `
      ALTER TABLE artworks ADD COLUMN versions_json TEXT;
    `,
  },
  {
    version: 8,
    name: 'solo-voice-consent',
    // A headset used alone may speak to the clinic's own speech server once the person wearing it agreed, on the
    // headset itself: there is no client record to keep that agreement with, so it is kept by the device's hash.
    sql: `
      CREATE TABLE solo_consent (
        device_hash TEXT PRIMARY KEY NOT NULL,
        consent_json TEXT NOT NULL
      );
    `,
  },
]

/**
 * Brings the database up to the newest migration, each step in its own transaction. Returns the version.
 * Each step reads the version inside its transaction, which takes the write lock at once (IMMEDIATE): two processes
 * that open a new data folder at the same moment apply each migration once, the second one seeing it done.
 */
export function runMigrations(db: Database.Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`)
  const version = db.prepare('SELECT MAX(version) AS v FROM migrations')
  const record = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)')
  const newest = MIGRATIONS.at(-1)?.version ?? 0
  /** Applies the next migration the database lacks; returns the version it is at afterwards, and whether it moved. */
  const step = db.transaction((): { current: number; moved: boolean } => {
    const current = (version.get() as { v: number | null }).v ?? 0
    if (current > newest) {
      // A data folder from a newer Stillroom: refuse rather than guess at a schema we do not know.
      throw new Error(
        `The database is at schema version ${current}, newer than this Stillroom knows (${newest}). Update Stillroom.`,
      )
    }
    const next = MIGRATIONS.find((m) => m.version > current)
    if (!next) return { current, moved: false }
    db.exec(next.sql)
    record.run(next.version, next.name, new Date().toISOString())
    return { current: next.version, moved: true }
  })
  for (;;) {
    const { current, moved } = step.immediate()
    if (!moved) return current
  }
}
