import type Database from 'better-sqlite3'
import { SafePlaceSchema, SessionStateSchema } from '../../shared/session/state'
import type { SafePlace, SessionState } from '../../shared/session/state'
import type { AccountRole } from '../../shared/session/http'
import { mergePrefs, prefsSize, PREFS_MAX_BYTES } from '../../shared/prefs/prefs'
import type { ClientPrefs } from '../../shared/prefs/prefs'
import { ClientPrefsSchema } from '../../shared/prefs/schema'

export interface UserRecord {
  id: string
  name: string
  role: AccountRole
  passwordHash: string
  totpSecret: string | null
  totpLastStep: number | null
  createdAt: string
  /** When an administrator disabled the account (migration 6); absent or null while it may sign in. */
  disabledAt?: number | null
}

export interface ClientRecord {
  id: string
  therapistId: string
  alias: string
  sudsScale: 10 | 100
  safePlace: SafePlace | null
  createdAt: string
  /** Comfort settings and volumes kept with the record (migration 3); `{}` until the first save. */
  prefs?: ClientPrefs
}

export interface SessionRecord {
  id: string
  therapistId: string
  clientId: string
  state: SessionState
}

/**
 * Accounts, clients, live sessions, pairing codes and device tokens. Async like `Storage`, so a Postgres
 * implementation fits behind it later; tokens arrive here already hashed.
 */
export interface SessionStore {
  insertUser(user: UserRecord): Promise<void>
  getUserByName(name: string): Promise<UserRecord | undefined>
  getUser(id: string): Promise<UserRecord | undefined>
  /**
   * Uses a TOTP time step once: true and remembered when `step` is newer than the account's last used step,
   * false (nothing changed) otherwise. One statement, so two requests with the same code cannot both win.
   */
  consumeTotpStep(userId: string, step: number): Promise<boolean>
  insertLogin(tokenHash: string, userId: string, createdAt: number, expiresAt: number): Promise<void>
  /** The user of a live login, or undefined (expired logins are deleted on the way). */
  getLoginUser(tokenHash: string, now: number): Promise<UserRecord | undefined>
  deleteLogin(tokenHash: string): Promise<void>
  /** Ends every login of the user (sign-out everywhere); returns how many there were. */
  deleteLoginsOf(userId: string): Promise<number>
  /** Disables (a time) or enables (null) the account; false when there is no such user. */
  setUserDisabled(userId: string, at: number | null): Promise<boolean>
  /** Replaces the password hash; false when there is no such user. */
  setPasswordHash(userId: string, passwordHash: string): Promise<boolean>

  insertClient(client: ClientRecord): Promise<void>
  listClients(therapistId: string): Promise<ClientRecord[]>
  getClient(id: string): Promise<ClientRecord | undefined>
  saveSafePlace(clientId: string, safePlace: SafePlace): Promise<void>
  /** Changes the pseudonym and/or SUDS scale; returns the updated record (undefined: no such client). */
  updateClient(
    id: string,
    change: { alias?: string; sudsScale?: 10 | 100 },
  ): Promise<ClientRecord | undefined>
  /**
   * Field-wise update of the client's prefs in one transaction (a patch of `comfort` keeps `volumes`). Refuses,
   * changing nothing, when the result would be larger than PREFS_MAX_BYTES.
   */
  mergeClientPrefs(
    clientId: string,
    patch: ClientPrefs,
  ): Promise<{ ok: true; prefs: ClientPrefs } | { ok: false; reason: 'not-found' | 'too-large' }>

  insertSession(record: SessionRecord, now: number): Promise<void>
  saveSessionState(state: SessionState, now: number): Promise<void>
  getSession(id: string): Promise<SessionRecord | undefined>
  /** Sessions that have not ended, for resuming after a restart and for the console's list. */
  listSessions(filter: { therapistId?: string; activeOnly?: boolean }): Promise<SessionRecord[]>

  /**
   * Replaces the session's unused codes with this one. False (nothing changed) when another session holds the
   * same code unused and made after `liveAfter`: the caller draws another rather than take that session's code.
   */
  insertPairingCode(code: string, sessionId: string, createdAt: number, liveAfter: number): Promise<boolean>
  /** Voids every unused code of every session (too many wrong guesses); returns how many. */
  /** Voids every code not used yet; returns the sessions that had one, so their consoles can be told. */
  deleteUnusedPairingCodes(): Promise<string[]>
  /**
   * Uses a code once: returns its session when the code exists, is unused and was made after
   * `notBefore`; marks it used in the same transaction so two headsets can never both win.
   */
  consumePairingCode(code: string, notBefore: number, now: number): Promise<string | undefined>
  insertDeviceToken(tokenHash: string, sessionId: string, now: number): Promise<void>
  /** The session of a live (not revoked) device token. */
  getDeviceSession(tokenHash: string): Promise<string | undefined>
  /** A device token's session and when it was revoked (null while live), revoked or not. */
  getDeviceToken(tokenHash: string): Promise<{ sessionId: string; revokedAt: number | null } | undefined>
  revokeDeviceToken(tokenHash: string, now: number): Promise<void>
  revokeSessionTokens(sessionId: string, now: number): Promise<void>
  sessionHasDevice(sessionId: string): Promise<boolean>
}

type UserRow = {
  id: string
  name: string
  role: string
  password_hash: string
  totp_secret: string | null
  totp_last_step: number | null
  created_at: string
  disabled_at?: number | null
}
type ClientRow = {
  id: string
  therapist_id: string
  alias: string
  suds_scale: number
  safe_place_json: string | null
  created_at: string
  prefs_json?: string | null
}
type SessionRow = { id: string; therapist_id: string; client_id: string; state_json: string }

export function createSessionStore(db: Database.Database, warn: (message: string) => void): SessionStore {
  const q = {
    insertUser: db.prepare(
      `INSERT INTO users (id, name, role, password_hash, totp_secret, totp_last_step, created_at)
       VALUES (@id, @name, @role, @passwordHash, @totpSecret, @totpLastStep, @createdAt)`,
    ),
    userByName: db.prepare('SELECT * FROM users WHERE name = ?'),
    user: db.prepare('SELECT * FROM users WHERE id = ?'),
    useTotpStep: db.prepare(
      'UPDATE users SET totp_last_step = @step WHERE id = @id AND (totp_last_step IS NULL OR totp_last_step < @step)',
    ),
    insertLogin: db.prepare(
      'INSERT INTO login_sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    ),
    login: db.prepare('SELECT user_id, expires_at FROM login_sessions WHERE token_hash = ?'),
    deleteLogin: db.prepare('DELETE FROM login_sessions WHERE token_hash = ?'),
    deleteLoginsOf: db.prepare('DELETE FROM login_sessions WHERE user_id = ?'),
    setDisabled: db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?'),
    setPassword: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
    deleteExpiredLogins: db.prepare('DELETE FROM login_sessions WHERE expires_at <= ?'),
    insertClient: db.prepare(
      `INSERT INTO clients (id, therapist_id, alias, suds_scale, safe_place_json, created_at)
       VALUES (@id, @therapistId, @alias, @sudsScale, @safePlaceJson, @createdAt)`,
    ),
    clients: db.prepare('SELECT * FROM clients WHERE therapist_id = ? ORDER BY created_at ASC, rowid ASC'),
    client: db.prepare('SELECT * FROM clients WHERE id = ?'),
    saveSafePlace: db.prepare('UPDATE clients SET safe_place_json = ? WHERE id = ?'),
    setAlias: db.prepare('UPDATE clients SET alias = ? WHERE id = ?'),
    setSudsScale: db.prepare('UPDATE clients SET suds_scale = ? WHERE id = ?'),
    savePrefs: db.prepare('UPDATE clients SET prefs_json = ? WHERE id = ?'),
    insertSession: db.prepare(
      `INSERT INTO sessions (id, therapist_id, client_id, phase, state_json, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    saveSession: db.prepare('UPDATE sessions SET state_json = ?, phase = ?, updated_at = ? WHERE id = ?'),
    session: db.prepare('SELECT * FROM sessions WHERE id = ?'),
    sessionsAll: db.prepare('SELECT * FROM sessions ORDER BY created_at ASC'),
    sessionsActive: db.prepare("SELECT * FROM sessions WHERE phase != 'ended' ORDER BY created_at ASC"),
    sessionsOf: db.prepare('SELECT * FROM sessions WHERE therapist_id = ? ORDER BY created_at ASC'),
    sessionsActiveOf: db.prepare(
      "SELECT * FROM sessions WHERE therapist_id = ? AND phase != 'ended' ORDER BY created_at ASC",
    ),
    deleteCodesOf: db.prepare('DELETE FROM pairing_codes WHERE session_id = ? AND used_at IS NULL'),
    deleteCode: db.prepare('DELETE FROM pairing_codes WHERE code = ?'),
    deleteUnusedCodes: db.prepare('DELETE FROM pairing_codes WHERE used_at IS NULL RETURNING session_id'),
    insertCode: db.prepare('INSERT INTO pairing_codes (code, session_id, created_at) VALUES (?, ?, ?)'),
    code: db.prepare('SELECT session_id, created_at, used_at FROM pairing_codes WHERE code = ?'),
    useCode: db.prepare('UPDATE pairing_codes SET used_at = ? WHERE code = ? AND used_at IS NULL'),
    insertDevice: db.prepare(
      'INSERT INTO device_tokens (token_hash, session_id, created_at) VALUES (?, ?, ?)',
    ),
    device: db.prepare('SELECT session_id FROM device_tokens WHERE token_hash = ? AND revoked_at IS NULL'),
    deviceAny: db.prepare('SELECT session_id, revoked_at FROM device_tokens WHERE token_hash = ?'),
    revokeDevice: db.prepare(
      'UPDATE device_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL',
    ),
    revokeSession: db.prepare(
      'UPDATE device_tokens SET revoked_at = ? WHERE session_id = ? AND revoked_at IS NULL',
    ),
    hasDevice: db.prepare('SELECT 1 FROM device_tokens WHERE session_id = ? LIMIT 1'),
  }

  const toUser = (row: UserRow): UserRecord => ({
    id: row.id,
    name: row.name,
    role: row.role === 'admin' ? 'admin' : 'therapist',
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    totpLastStep: row.totp_last_step,
    createdAt: row.created_at,
    disabledAt: row.disabled_at ?? null,
  })
  const toClient = (row: ClientRow): ClientRecord => {
    let safePlace: SafePlace | null = null
    if (row.safe_place_json) {
      const parsed = SafePlaceSchema.safeParse(safeJson(row.safe_place_json))
      if (parsed.success) safePlace = parsed.data
      else warn(`storage: client ${row.id} has an unreadable safe place; ignored`)
    }
    return {
      id: row.id,
      therapistId: row.therapist_id,
      alias: row.alias,
      sudsScale: row.suds_scale === 100 ? 100 : 10,
      safePlace,
      createdAt: row.created_at,
      prefs: readPrefs(row),
    }
  }
  // Like the safe place: a damaged value is dropped with a warning, the rest of the record stays usable.
  const readPrefs = (row: ClientRow): ClientPrefs => {
    if (!row.prefs_json) return {}
    const parsed = ClientPrefsSchema.safeParse(safeJson(row.prefs_json))
    if (parsed.success) return parsed.data
    warn(`storage: client ${row.id} has unreadable prefs; ignored`)
    return {}
  }
  const updateClient = db.transaction((id: string, change: { alias?: string; sudsScale?: 10 | 100 }) => {
    if (!q.client.get(id)) return undefined
    if (change.alias !== undefined) q.setAlias.run(change.alias, id)
    if (change.sudsScale !== undefined) q.setSudsScale.run(change.sudsScale, id)
    return toClient(q.client.get(id) as ClientRow)
  })
  const mergeClientPrefs = db.transaction((id: string, patch: ClientPrefs) => {
    const row = q.client.get(id) as ClientRow | undefined
    if (!row) return { ok: false as const, reason: 'not-found' as const }
    const next = ClientPrefsSchema.parse(mergePrefs(readPrefs(row), patch))
    if (prefsSize(next) > PREFS_MAX_BYTES) return { ok: false as const, reason: 'too-large' as const }
    q.savePrefs.run(JSON.stringify(next), id)
    return { ok: true as const, prefs: next }
  })
  // Re-validated on every read: a state the reducer cannot trust must never reach a headset.
  const toSession = (row: SessionRow): SessionRecord | undefined => {
    const parsed = SessionStateSchema.safeParse(safeJson(row.state_json))
    if (!parsed.success) {
      warn(`storage: session ${row.id} has an unreadable state; skipped`)
      return undefined
    }
    return { id: row.id, therapistId: row.therapist_id, clientId: row.client_id, state: parsed.data }
  }
  const sessions = (rows: SessionRow[]) => rows.map(toSession).filter((s): s is SessionRecord => !!s)

  const consume = db.transaction((code: string, notBefore: number, now: number) => {
    const row = q.code.get(code) as
      { session_id: string; created_at: number; used_at: number | null } | undefined
    if (!row || row.used_at !== null || row.created_at <= notBefore) return undefined
    q.useCode.run(now, code)
    return row.session_id
  })
  const insertCode = db.transaction(
    (code: string, sessionId: string, createdAt: number, liveAfter: number) => {
      const row = q.code.get(code) as
        { session_id: string; created_at: number; used_at: number | null } | undefined
      if (row && row.session_id !== sessionId && row.used_at === null && row.created_at > liveAfter)
        return false
      q.deleteCodesOf.run(sessionId)
      // A code string can come round again after it was used or expired; the old row has done its job.
      q.deleteCode.run(code)
      q.insertCode.run(code, sessionId, createdAt)
      return true
    },
  )

  return {
    async insertUser(user) {
      q.insertUser.run(user)
    },
    async getUserByName(name) {
      const row = q.userByName.get(name) as UserRow | undefined
      return row ? toUser(row) : undefined
    },
    async getUser(id) {
      const row = q.user.get(id) as UserRow | undefined
      return row ? toUser(row) : undefined
    },
    async consumeTotpStep(userId, step) {
      return q.useTotpStep.run({ step, id: userId }).changes === 1
    },
    async insertLogin(tokenHash, userId, createdAt, expiresAt) {
      q.deleteExpiredLogins.run(createdAt)
      q.insertLogin.run(tokenHash, userId, createdAt, expiresAt)
    },
    async getLoginUser(tokenHash, now) {
      const row = q.login.get(tokenHash) as { user_id: string; expires_at: number } | undefined
      if (!row) return undefined
      if (row.expires_at <= now) {
        q.deleteLogin.run(tokenHash)
        return undefined
      }
      const user = q.user.get(row.user_id) as UserRow | undefined
      // A disabled account's logins stop working at once, even one made before it was disabled.
      return user && user.disabled_at == null ? toUser(user) : undefined
    },
    async deleteLogin(tokenHash) {
      q.deleteLogin.run(tokenHash)
    },
    async deleteLoginsOf(userId) {
      return q.deleteLoginsOf.run(userId).changes
    },
    async setUserDisabled(userId, at) {
      return q.setDisabled.run(at, userId).changes === 1
    },
    async setPasswordHash(userId, passwordHash) {
      return q.setPassword.run(passwordHash, userId).changes === 1
    },
    async insertClient(client) {
      q.insertClient.run({
        id: client.id,
        therapistId: client.therapistId,
        alias: client.alias,
        sudsScale: client.sudsScale,
        safePlaceJson: client.safePlace ? JSON.stringify(client.safePlace) : null,
        createdAt: client.createdAt,
      })
    },
    async listClients(therapistId) {
      return (q.clients.all(therapistId) as ClientRow[]).map(toClient)
    },
    async getClient(id) {
      const row = q.client.get(id) as ClientRow | undefined
      return row ? toClient(row) : undefined
    },
    async saveSafePlace(clientId, safePlace) {
      q.saveSafePlace.run(JSON.stringify(SafePlaceSchema.parse(safePlace)), clientId)
    },
    async updateClient(id, change) {
      return updateClient(id, change)
    },
    async mergeClientPrefs(clientId, patch) {
      return mergeClientPrefs(clientId, patch)
    },
    async insertSession(record, now) {
      const state = SessionStateSchema.parse(record.state)
      q.insertSession.run(
        record.id,
        record.therapistId,
        record.clientId,
        state.phase,
        JSON.stringify(state),
        now,
        now,
      )
    },
    async saveSessionState(state, now) {
      q.saveSession.run(JSON.stringify(state), state.phase, now, state.id)
    },
    async getSession(id) {
      const row = q.session.get(id) as SessionRow | undefined
      return row ? toSession(row) : undefined
    },
    async listSessions({ therapistId, activeOnly }) {
      if (therapistId === undefined) {
        return sessions((activeOnly ? q.sessionsActive : q.sessionsAll).all() as SessionRow[])
      }
      return sessions((activeOnly ? q.sessionsActiveOf : q.sessionsOf).all(therapistId) as SessionRow[])
    },
    async insertPairingCode(code, sessionId, createdAt, liveAfter) {
      return insertCode(code, sessionId, createdAt, liveAfter)
    },
    async deleteUnusedPairingCodes() {
      const rows = q.deleteUnusedCodes.all() as { session_id: string }[]
      return [...new Set(rows.map((row) => row.session_id))]
    },
    async consumePairingCode(code, notBefore, now) {
      return consume(code, notBefore, now)
    },
    async insertDeviceToken(tokenHash, sessionId, now) {
      q.insertDevice.run(tokenHash, sessionId, now)
    },
    async getDeviceSession(tokenHash) {
      const row = q.device.get(tokenHash) as { session_id: string } | undefined
      return row?.session_id
    },
    async getDeviceToken(tokenHash) {
      const row = q.deviceAny.get(tokenHash) as { session_id: string; revoked_at: number | null } | undefined
      return row ? { sessionId: row.session_id, revokedAt: row.revoked_at } : undefined
    },
    async revokeDeviceToken(tokenHash, now) {
      q.revokeDevice.run(now, tokenHash)
    },
    async revokeSessionTokens(sessionId, now) {
      q.revokeSession.run(now, sessionId)
    },
    async sessionHasDevice(sessionId) {
      return q.hasDevice.get(sessionId) !== undefined
    },
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
