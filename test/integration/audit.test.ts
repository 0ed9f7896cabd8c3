import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { parseAiConfig } from '../../src/server/ai/config'
import { createAccounts } from '../../src/server/auth/accounts'
import { runUserCommand } from '../../src/server/cli/user-command'
import { createStorage } from '../../src/server/storage'
import { isValidAuditDetail } from '../../src/server/storage/audit-store'
import type { AuditPage } from '../../src/shared/audit'
import { msg } from '../../src/shared/session/protocol'
import {
  FAST_SCRYPT,
  PASSWORD,
  login,
  pair,
  seedTherapySession,
  createSessionFixture,
} from './session-helpers'

// Local AI settings: the consent routes exist, nothing is ever sent.
const env = createSessionFixture('stillroom-audit-', { ai: parseAiConfig({}) })

const WORDS = 'a quiet harbour where Margaretha waited'

async function addAccount(name: string, role: 'therapist' | 'admin') {
  const accounts = createAccounts(env.server.storage.sessions!, { scrypt: FAST_SCRYPT })
  return (await accounts.createUser({ name, role, password: PASSWORD })).user
}

async function auditPage(cookie: string | undefined, query = ''): Promise<AuditPage> {
  const res = await env.server.app.inject({
    method: 'GET',
    url: `/api/admin/audit${query}`,
    headers: cookie ? { cookie } : {},
  })
  expect(res.statusCode, res.body).toBe(200)
  return res.json<AuditPage>()
}

/** A whole small session: failed logins, login, start, a client's words, approve, consent, a call, end, logout. */
async function runSession() {
  await env.server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { name: 'nobody-here', password: 'wrong password 123' },
  })
  const t = await seedTherapySession(env.server, 'anna')
  await env.server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { name: 'anna', password: 'not the password' },
  })
  const { deviceToken, sessionId } = await pair(env.server, t.code)
  const consoleWs = await env.socket({ cookie: t.cookie })
  const headset = await env.socket()
  consoleWs.send(msg.hello('therapist', { sessionId }))
  await consoleWs.next('welcome')
  headset.send(msg.hello('headset', { deviceToken }))
  await headset.next('welcome')

  headset.send(msg.command('h1', { type: 'describe', text: WORDS }))
  await headset.next('ack', (m) => m.id === 'h1')
  const added = await consoleWs.next('applied', (m) => m.command.type === 'artwork-add')
  const artworkId = added.command.type === 'artwork-add' ? added.command.artwork.id : ''
  consoleWs.send(msg.command('c1', { type: 'approve', artworkId }))
  await consoleWs.next('ack', (m) => m.id === 'c1')

  const consent = await env.server.app.inject({
    method: 'PUT',
    url: `/api/clients/${t.clientId}/ai-consent`,
    headers: { cookie: t.cookie },
    payload: { capabilities: ['images'] },
  })
  expect(consent.statusCode, consent.body).toBe(200)
  const withdrawn = await env.server.app.inject({
    method: 'DELETE',
    url: `/api/clients/${t.clientId}/ai-consent`,
    headers: { cookie: t.cookie },
  })
  expect(withdrawn.statusCode).toBe(200)
  // In local mode nothing leaves, so the provider's one door (the store's recordCall) is called directly.
  await env.server.storage.ai!.recordCall({
    id: 'call-1',
    at: Date.now(),
    sessionId,
    clientId: t.clientId,
    providerHost: 'api.openai.com',
    capability: 'images',
    requestBytes: 1234,
    responseBytes: 99,
    textSha256: 'ab'.repeat(32),
    outcome: 'ok',
    attempts: 1,
    durationMs: 800,
  })

  consoleWs.send(msg.command('c2', { type: 'end' }))
  await consoleWs.next('ack', (m) => m.id === 'c2')
  await env.server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: t.cookie } })
  return { ...t, sessionId }
}

describe('the audit log', () => {
  it('is append-only: UPDATE and DELETE are refused by the database itself', () => {
    env.server.storage.audit!.record({ actor: 'system', action: 'backup', detail: 'ok 1.2 MB' })
    const db = new Database(env.server.dbFile)
    try {
      expect(() => db.prepare("UPDATE audit_log SET detail = 'changed'").run()).toThrow(
        'the audit log is append-only',
      )
      expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('the audit log is append-only')
      expect(db.prepare('SELECT detail FROM audit_log').all()).toEqual([{ detail: 'ok 1.2 MB' }])
    } finally {
      db.close()
    }
  })

  it('records logins, session start and end, approvals, consent and outbound calls by id only', async () => {
    const admin = await addAccount('root', 'admin')
    const t = await runSession()
    const anna = (await env.server.storage.sessions!.getUserByName('anna'))!
    const cookie = await login(env.server, 'root')
    const { entries } = await auditPage(cookie, '?limit=200')
    const seen = entries.map((e) => `${e.action} ${e.actorName}`).reverse()
    expect(seen).toEqual(
      expect.arrayContaining([
        'login-failed system',
        'login anna',
        'session-start anna',
        'login-failed anna',
        'approve anna',
        'outbound-call system',
        'session-end anna',
        'logout anna',
        'login root',
      ]),
    )
    expect(seen.indexOf('session-start anna')).toBeLessThan(seen.indexOf('approve anna'))
    expect(seen.indexOf('approve anna')).toBeLessThan(seen.indexOf('session-end anna'))
    const clientRef = env.server.storage.audit!.ref('c', t.clientId)
    const sessionRef = env.server.storage.audit!.ref('s', t.sessionId)
    const start = entries.find((e) => e.action === 'session-start')!
    expect(start).toMatchObject({ actor: anna.id, target: `${clientRef} ${sessionRef}` })
    expect(clientRef).toMatch(/^c:[0-9a-f]{16}$/)
    expect(entries.find((e) => e.action === 'approve')?.detail).toBe('was pending')
    expect(entries.find((e) => e.action === 'outbound-call')?.detail).toBe('images ok 1234 B')
    expect(entries.find((e) => e.action === 'login-failed' && e.actor === 'system')?.detail).toBe(
      'unknown account',
    )
    // One client's entries can be followed by the raw id without the id being stored.
    const mine = await auditPage(cookie, `?client=${t.clientId}`)
    expect(mine.entries.map((e) => e.action).sort()).toEqual(
      ['approve', 'consent', 'consent', 'outbound-call', 'session-end', 'session-start'].sort(),
    )
    expect(mine.entries.filter((e) => e.action === 'consent').map((e) => e.detail)).toEqual([
      'withdrawn',
      'given images',
    ])
    expect(admin.role).toBe('admin')
  })

  it('keeps no client words or raw ids: after erasing the client the database file has none of them', async () => {
    const t = await runSession()
    const before = env.server.storage.audit!.list({ limit: 200 }).entries.length
    await env.server.close()
    const files = () =>
      Buffer.concat(
        fs
          .readdirSync(env.dir)
          .filter((f) => f.startsWith('stillroom.db'))
          .map((f) => fs.readFileSync(path.join(env.dir, f))),
      )
    // The words and ids really were in the files, so their absence below means something.
    for (const needle of [WORDS, t.clientId, t.sessionId])
      expect(files().includes(Buffer.from(needle))).toBe(true)
    // Erase the client the way the record's erase does (secure_delete, then checkpoint the WAL).
    const db = new Database(env.server.dbFile)
    db.pragma('secure_delete = ON')
    db.transaction(() => {
      for (const sql of [
        'DELETE FROM device_tokens WHERE session_id IN (SELECT id FROM sessions WHERE client_id = @c)',
        'DELETE FROM pairing_codes WHERE session_id IN (SELECT id FROM sessions WHERE client_id = @c)',
        'DELETE FROM sessions WHERE client_id = @c',
        'DELETE FROM outbound_calls WHERE client_id = @c',
        'DELETE FROM sent_texts WHERE client_id = @c',
        'DELETE FROM clients WHERE id = @c',
      ])
        db.prepare(sql).run({ c: t.clientId })
    })()
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.exec('VACUUM')
    const rows = db.prepare('SELECT * FROM audit_log').all()
    db.close()
    expect(rows.length).toBe(before)
    const bytes = files()
    for (const needle of [WORDS, 'Margaretha', 'harbour', t.clientId, t.sessionId, 'Client of anna'])
      expect(bytes.includes(Buffer.from(needle)), needle).toBe(false)
    // …while the audit log is still there and still names the (now pseudonymous) client.
    const reopened = createStorage(env.server.dbFile, { warn: () => {} })
    try {
      const page = reopened.audit!.list({ clientId: t.clientId })
      expect(page.entries.length).toBeGreaterThanOrEqual(4)
    } finally {
      await reopened.close()
    }
  })

  it('refuses client text in a detail and an unknown action, storing a fixed phrase instead', async () => {
    const warnings: string[] = []
    const storage = createStorage(path.join(env.dir, 'other.db'), { warn: (m) => warnings.push(m) })
    try {
      const audit = storage.audit!
      audit.record({ actor: 'system', action: 'export', detail: 'I said "my mother\'s garden"' })
      audit.record({
        actor: 'system',
        action: 'export',
        detail: 'a quiet beach at sunset where my brother used to swim',
      })
      audit.record({ actor: 'system', action: 'export', detail: 'ünïcode' })
      audit.record({ actor: 'system', action: 'export', detail: 'x'.repeat(121) })
      audit.record({ actor: 'cli', action: 'export', detail: '3 artworks 1.2 kB' })
      expect(() => audit.record({ actor: 'system', action: 'paint' as never })).toThrow('unknown action')
      expect(() => audit.record({ actor: 'a client said hi', action: 'login' })).toThrow('actor')
      expect(audit.list().entries.map((e) => e.detail)).toEqual([
        '3 artworks 1.2 kB',
        'detail refused',
        'detail refused',
        'detail refused',
        'detail refused',
      ])
      expect(warnings).toHaveLength(4)
      expect(isValidAuditDetail('images ok 1.2 kB')).toBe(true)
      expect(isValidAuditDetail('line\nbreak')).toBe(false)
    } finally {
      // Awaited: the folder is removed after the test, and an open WAL file would keep it from going.
      await storage.close()
    }
  })

  it('records account creation from the command line', async () => {
    const out: string[] = []
    const code = await runUserCommand(
      ['add', 'carla', '--role', 'admin', '--password-stdin', '--data', env.dir],
      {
        out: (s) => out.push(s),
        err: (s) => out.push(s),
        readStdin: async () => PASSWORD,
        dataDir: async () => env.dir,
      },
    )
    expect(code, out.join('\n')).toBe(0)
    const carla = (await env.server.storage.sessions!.getUserByName('carla'))!
    const entry = env.server.storage.audit!.list({ action: 'account-create' }).entries[0]
    expect(entry).toMatchObject({ actor: 'cli', actorName: 'cli', detail: `admin ${carla.id}` })
  }, 30_000)
})

describe('GET /api/admin/audit', () => {
  it('answers admins only: no login 401, a therapist 403, an admin 200', async () => {
    await addAccount('root', 'admin')
    await addAccount('tess', 'therapist')
    const anon = await env.server.app.inject({ method: 'GET', url: '/api/admin/audit' })
    expect(anon.statusCode).toBe(401)
    const therapist = await env.server.app.inject({
      method: 'GET',
      url: '/api/admin/audit',
      headers: { cookie: await login(env.server, 'tess') },
    })
    expect(therapist.statusCode).toBe(403)
    expect(therapist.json()).toMatchObject({ error: 'forbidden' })
    const page = await auditPage(await login(env.server, 'root'))
    expect(page.entries[0]).toMatchObject({ action: 'login', actorName: 'root' })
  })

  it('pages newest first, filters by action, and refuses a bad query with a clear message', async () => {
    await addAccount('root', 'admin')
    for (let i = 0; i < 7; i++)
      env.server.storage.audit!.record({ actor: 'system', action: 'backup', detail: `n ${i}` })
    const cookie = await login(env.server, 'root')
    const first = await auditPage(cookie, '?limit=3&action=backup')
    expect(first.entries.map((e) => e.detail)).toEqual(['n 6', 'n 5', 'n 4'])
    const second = await auditPage(cookie, `?limit=3&action=backup&before=${first.nextBefore}`)
    expect(second.entries.map((e) => e.detail)).toEqual(['n 3', 'n 2', 'n 1'])
    const last = await auditPage(cookie, `?limit=3&action=backup&before=${second.nextBefore}`)
    expect(last).toMatchObject({ entries: [{ detail: 'n 0' }], nextBefore: null })
    for (const [query, words] of [
      ['?action=delete-everything', 'no audit action'],
      ['?limit=0', 'limit must be'],
      ['?limit=5000', 'limit must be'],
      ['?before=-1', 'before must be'],
      ['?client=%22%3B', 'client must be'],
    ] as const) {
      const res = await env.server.app.inject({
        method: 'GET',
        url: `/api/admin/audit${query}`,
        headers: { cookie },
      })
      expect(res.statusCode, query).toBe(400)
      expect(res.json<{ message: string }>().message).toContain(words)
    }
  })
})
