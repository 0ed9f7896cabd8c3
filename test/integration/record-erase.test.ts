import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { filesContaining, seedClient, writeClientFiles } from './record-helpers'
import { createSessionFixture, seedTherapist } from './session-helpers'

// The data folder doubles as the server's, so the AI pictures and speech files live where erasing looks.
const env = createSessionFixture('stillroom-erase-', (dir) => ({ dataDir: dir }))
const closers: (() => void)[] = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

const erase = (clientId: string, cookie: string | undefined, confirm: unknown) =>
  env.server.app.inject({
    method: 'DELETE',
    url: `/api/clients/${clientId}`,
    headers: cookie ? { cookie } : {},
    payload: confirm === undefined ? {} : { confirm },
  })

function tableCounts(): Record<string, number> {
  const db = new Database(env.server.dbFile, { readonly: true })
  try {
    const tables = ['clients', 'sessions', 'device_tokens', 'pairing_codes', 'sent_texts', 'outbound_calls']
    return Object.fromEntries(
      tables.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]),
    )
  } finally {
    db.close()
  }
}

describe('erasing one client', () => {
  it('leaves no trace of their words or ids in the database files or the data folder', async () => {
    const cookie = await seedTherapist(env.server, 'anna')
    // Distinctive words, so a byte search cannot hit anything else.
    const secret = ['zephyrquill lagoon at dawn', 'a beach of quorvantic stones', 'the murmelstrand harbour']
    const wren = await seedClient(env.server, cookie, 'Wrenfeather', secret)
    closers.push(
      () => wren.consoleWs.close(),
      () => wren.headset.close(),
    )
    const keep = await seedClient(env.server, cookie, 'Keeper', ['marigoldtrace meadow'], { end: true })
    closers.push(
      () => keep.consoleWs.close(),
      () => keep.headset.close(),
    )
    // The sent text kept for privacy review and an outbound-call row, as the AI layer would write them.
    await env.server.storage.ai!.recordSentText({
      clientId: wren.clientId,
      at: Date.now(),
      capability: 'images',
      text: 'a quorvantic redacted prompt',
    })
    await env.server.storage.ai!.recordCall({
      id: 'call-xyzzy-1',
      at: Date.now(),
      sessionId: wren.sessionId,
      clientId: wren.clientId,
      providerHost: 'api.example',
      capability: 'images',
      requestBytes: 10,
      responseBytes: 10,
      textSha256: 'ab'.repeat(32),
      outcome: 'ok',
      attempts: 1,
      durationMs: 5,
    })
    writeClientFiles(env.dir, wren.clientId, wren.artworkIds, 'zephyrquill')
    // Many state saves leave old copies of the words in free pages: exactly what secure delete + VACUUM must clear.
    const needles = [
      'zephyrquill',
      'quorvantic',
      'murmelstrand',
      'Wrenfeather',
      wren.clientId,
      wren.sessionId,
      ...wren.artworkIds,
    ]
    expect(filesContaining(env.dir, needles).length).toBeGreaterThan(0)

    const before = tableCounts()
    const res = await erase(wren.clientId, cookie, 'Wrenfeather')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ erased: true })

    // The live session was ended first: the headset is told and its socket closes.
    await wren.headset.waitClosed()
    expect(filesContaining(env.dir, needles)).toEqual([])
    // TRUNCATE emptied the WAL (the checkpoint worker was paused for it, not racing it).
    expect(fs.statSync(`${env.server.dbFile}-wal`).size).toBe(0)
    expect(fs.existsSync(path.join(env.dir, 'images', wren.clientId))).toBe(false)
    expect(fs.existsSync(path.join(env.dir, 'audio-cache', wren.clientId))).toBe(false)
    // The other client is untouched (and the search does find words that are there).
    expect(filesContaining(env.dir, ['marigoldtrace', keep.clientId]).length).toBeGreaterThan(0)
    const after = tableCounts()
    expect(after.clients).toBe(before.clients! - 1)
    expect(after.sessions).toBe(before.sessions! - 1)
    expect(after.sent_texts).toBe(0)
    expect(after.outbound_calls).toBe(before.outbound_calls! - 1)
    expect(after.device_tokens).toBe(before.device_tokens! - 1)

    // The audit log records the erasure, with none of the content.
    const entries = env.server.storage.audit?.list({ action: 'erase' }).entries ?? []
    expect(entries).toHaveLength(1)
    expect(JSON.stringify(entries)).not.toMatch(/Wrenfeather|zephyrquill/)

    const list = await env.server.app.inject({ method: 'GET', url: '/api/clients', headers: { cookie } })
    expect(list.json<{ clients: { alias: string }[] }>().clients.map((c) => c.alias)).toEqual(['Keeper'])
    // The headset's token no longer opens anything.
    const prefs = await env.server.app.inject({
      method: 'GET',
      url: '/api/device/prefs',
      headers: { 'x-stillroom-device': wren.deviceToken },
    })
    expect(prefs.statusCode).toBe(403)
  })

  it('refuses without the right pseudonym, for another therapist, unknown ids and no login — changing nothing', async () => {
    const anna = await seedTherapist(env.server, 'anna')
    const bert = await seedTherapist(env.server, 'bert')
    const c = await seedClient(env.server, anna, 'Robin', ['a quiet pond'], { end: true })
    closers.push(
      () => c.consoleWs.close(),
      () => c.headset.close(),
    )
    writeClientFiles(env.dir, c.clientId, c.artworkIds, 'pond')
    const before = tableCounts()

    const wrong = await erase(c.clientId, anna, 'robin ')
    expect(wrong.statusCode).toBe(400)
    expect(wrong.json<{ message: string }>().message).toMatch(/does not match "Robin". Nothing was erased/)
    expect((await erase(c.clientId, anna, undefined)).statusCode).toBe(400)
    const other = await erase(c.clientId, bert, 'Robin')
    expect(other.statusCode).toBe(404)
    expect(other.json<{ message: string }>().message).toBe('There is no such client.')
    expect((await erase('no-such-client', anna, 'Robin')).statusCode).toBe(404)
    expect((await erase('../../etc', anna, 'Robin')).statusCode).toBe(404)
    expect((await erase(c.clientId, undefined, 'Robin')).statusCode).toBe(401)

    expect(tableCounts()).toEqual(before)
    expect(fs.readdirSync(path.join(env.dir, 'images', c.clientId))).toHaveLength(1)
    expect(env.server.storage.audit?.list({ action: 'erase' }).entries ?? []).toHaveLength(0)
  })
})

describe('retention', () => {
  it('erases only records whose last session ended more than N months ago', async () => {
    const cookie = await seedTherapist(env.server, 'anna')
    const old = await seedClient(env.server, cookie, 'Oldleaf', ['an old quiet pond'], { end: true })
    const fresh = await seedClient(env.server, cookie, 'Newleaf', ['a new quiet pond'], { end: true })
    const running = await seedClient(env.server, cookie, 'Runleaf', ['a running pond'])
    for (const s of [old, fresh, running])
      closers.push(
        () => s.consoleWs.close(),
        () => s.headset.close(),
      )
    const db = new Database(env.server.dbFile)
    const longAgo = Date.now() - 400 * 24 * 3600 * 1000
    db.prepare('UPDATE sessions SET updated_at = ? WHERE client_id IN (?, ?)').run(
      longAgo,
      old.clientId,
      running.clientId,
    )
    db.close()

    const { createRecordService } = await import('../../src/server/record/record-service')
    const { runRetention } = await import('../../src/server/record/retention')
    const record = env.server.storage.record!
    const service = createRecordService({
      record,
      audit: env.server.storage.audit!,
      now: Date.now,
      warn: () => {},
    })
    expect(await runRetention({ months: 12, record, service, now: Date.now })).toBe(1)
    expect(await runRetention({ months: 0, record, service, now: Date.now })).toBe(0)

    const list = await env.server.app.inject({ method: 'GET', url: '/api/clients', headers: { cookie } })
    expect(list.json<{ clients: { alias: string }[] }>().clients.map((c) => c.alias)).toEqual([
      'Newleaf',
      'Runleaf',
    ])
    expect(env.server.storage.audit?.list({ action: 'retention-erase' }).entries).toHaveLength(1)
    expect(filesContaining(env.dir, ['an old quiet pond', old.clientId])).toEqual([])
  })

  it('runs on start when STILLROOM_RETENTION_MONTHS is set, and a bad value stops the server plainly', async () => {
    const cookie = await seedTherapist(env.server, 'anna')
    const old = await seedClient(env.server, cookie, 'Oldleaf', ['an old quiet pond'], { end: true })
    old.consoleWs.close()
    old.headset.close()
    const db = new Database(env.server.dbFile)
    db.prepare('UPDATE sessions SET updated_at = ?').run(Date.now() - 400 * 24 * 3600 * 1000)
    db.close()
    await env.restart({ dataDir: env.dir, retentionMonths: 12 })
    for (let i = 0; i < 100 && (await env.server.storage.sessions!.getClient(old.clientId)); i++)
      await new Promise((r) => setTimeout(r, 50))
    expect(await env.server.storage.sessions!.getClient(old.clientId)).toBeUndefined()
    expect(env.server.storage.audit?.list({ action: 'retention-erase' }).entries).toHaveLength(1)

    const { parseServeConfig } = await import('../../src/server/main')
    expect(parseServeConfig([], { STILLROOM_RETENTION_MONTHS: '24' }).retentionMonths).toBe(24)
    expect(parseServeConfig([], {}).retentionMonths).toBe(0)
    expect(() => parseServeConfig([], { STILLROOM_RETENTION_MONTHS: 'six' })).toThrow(
      /STILLROOM_RETENTION_MONTHS must be a whole number of months/,
    )
  })
})
