import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { createRecordService } from '../../src/server/record/record-service'
import type { RecordServiceDeps } from '../../src/server/record/record-service'
import { filesContaining, seedClient, writeClientFiles } from './record-helpers'
import { addTherapist, createSessionFixture, seedTherapist } from './session-helpers'

// An erasure or an import stopped half-way (the process killed) is finished or undone at the next start: no files of
// an erased client, no client without their pictures. The "crash" is a step that never returns: the rest of the
// operation never runs, exactly as if the process had died there; then a new server opens the same folder.
const env = createSessionFixture('stillroom-record-crash-', (dir) => ({ dataDir: dir }))
const closers: (() => void)[] = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

type Step = Parameters<NonNullable<RecordServiceDeps['pauseAt']>>[0]

/** A record service on the test's server whose operation stops for good at `at`; `reached` resolves there. */
function serviceThatDiesAt(at: Step) {
  let markReached = () => {}
  const reached = new Promise<void>((resolve) => (markReached = resolve))
  const service = createRecordService({
    record: env.server.storage.record!,
    audit: env.server.storage.audit!,
    dataDir: env.dir,
    now: Date.now,
    warn: () => {},
    pauseAt: async (step) => {
      if (step !== at) return
      markReached()
      await new Promise<never>(() => {})
    },
  })
  return { service, reached }
}

const rows = (sql: string, ...params: unknown[]) => {
  const db = new Database(env.server.dbFile, { readonly: true })
  try {
    return db.prepare(sql).all(...params)
  } finally {
    db.close()
  }
}

async function seedWithFiles(alias: string, words: string[]) {
  const cookie = await seedTherapist(env.server, 'anna')
  const c = await seedClient(env.server, cookie, alias, words, { end: true })
  closers.push(
    () => c.consoleWs.close(),
    () => c.headset.close(),
  )
  writeClientFiles(env.dir, c.clientId, c.artworkIds, words[0]!.split(' ')[0]!)
  return { ...c, cookie }
}

describe('an erasure interrupted between the database and the files', () => {
  it('is finished at the next start: files, words and the journal all gone', async () => {
    const c = await seedWithFiles('Wrenfeather', ['zephyrquill lagoon at dawn', 'the murmelstrand harbour'])
    const needles = ['zephyrquill', 'murmelstrand', 'Wrenfeather', c.clientId, c.sessionId, ...c.artworkIds]
    const { service, reached } = serviceThatDiesAt('erase-files')
    void service.eraseClient(c.clientId, 'anna')
    await reached
    // The rows are gone, the files are still there: the state a crash at this moment leaves.
    expect(rows('SELECT id FROM clients WHERE id = ?', c.clientId)).toEqual([])
    expect(fs.existsSync(path.join(env.dir, 'images', c.clientId))).toBe(true)

    await env.restart({ dataDir: env.dir })

    expect(fs.existsSync(path.join(env.dir, 'images', c.clientId))).toBe(false)
    expect(fs.existsSync(path.join(env.dir, 'audio-cache', c.clientId))).toBe(false)
    expect(filesContaining(env.dir, needles)).toEqual([])
    expect(env.server.storage.audit?.list({ action: 'erase' }).entries).toHaveLength(1)
    expect(rows("SELECT key FROM meta WHERE key LIKE 'pending%'")).toEqual([])
  })

  it('is finished at the next start even when only the database part ran', async () => {
    const c = await seedWithFiles('Oldleaf', ['quorvantic stones by the sea'])
    // The database part alone, as the store runs it: what is left when the process dies right after.
    expect(await env.server.storage.record!.eraseClient(c.clientId)).toBeDefined()
    expect(fs.existsSync(path.join(env.dir, 'images', c.clientId))).toBe(true)

    await env.restart({ dataDir: env.dir })

    expect(fs.existsSync(path.join(env.dir, 'images', c.clientId))).toBe(false)
    expect(fs.existsSync(path.join(env.dir, 'audio-cache', c.clientId))).toBe(false)
    expect(filesContaining(env.dir, ['quorvantic', c.clientId])).toEqual([])
  })
})

describe('an import interrupted between the database and the files', () => {
  it('is rolled back at the next start: no client without their pictures, no staging folder', async () => {
    const c = await seedWithFiles('Robin', ['a lantern by the lake'])
    const exported = await env.server.app.inject({
      method: 'GET',
      url: `/api/clients/${c.clientId}/export`,
      headers: { cookie: c.cookie },
    })
    expect(exported.statusCode).toBe(200)
    const erased = await env.server.app.inject({
      method: 'DELETE',
      url: `/api/clients/${c.clientId}`,
      headers: { cookie: c.cookie },
      payload: { confirm: 'Robin' },
    })
    expect(erased.statusCode).toBe(200)
    const bert = await addTherapist(env.server.storage, 'bert')

    const { service, reached } = serviceThatDiesAt('import-files')
    void service.importClient(exported.rawPayload, bert.user.id)
    await reached
    expect(rows('SELECT id FROM clients WHERE id = ?', c.clientId)).toHaveLength(1)

    await env.restart({ dataDir: env.dir })

    expect(rows('SELECT id FROM clients WHERE id = ?', c.clientId)).toEqual([])
    expect(rows('SELECT id FROM sessions WHERE client_id = ?', c.clientId)).toEqual([])
    expect(fs.existsSync(path.join(env.dir, 'images', c.clientId))).toBe(false)
    expect(fs.readdirSync(path.join(env.dir, 'images'))).toEqual([])
    expect(rows("SELECT key FROM meta WHERE key LIKE 'pending%'")).toEqual([])
    expect(env.server.storage.audit?.list({ action: 'import' }).entries).toHaveLength(0)

    // The archive imports cleanly afterwards, pictures included.
    const again = await env.server.app.inject({
      method: 'POST',
      url: '/api/clients/import',
      headers: { cookie: await seedTherapist(env.server, 'carl'), 'content-type': 'application/gzip' },
      payload: exported.rawPayload,
    })
    expect(again.statusCode).toBe(201)
    expect(fs.readdirSync(path.join(env.dir, 'images', c.clientId))).toHaveLength(1)
  })

  it('a conflicting import never touches the existing client, whatever was left behind', async () => {
    const c = await seedWithFiles('Robin', ['a lantern by the lake'])
    const exported = await env.server.app.inject({
      method: 'GET',
      url: `/api/clients/${c.clientId}/export`,
      headers: { cookie: c.cookie },
    })
    const res = await env.server.app.inject({
      method: 'POST',
      url: '/api/clients/import',
      headers: { cookie: c.cookie, 'content-type': 'application/gzip' },
      payload: exported.rawPayload,
    })
    expect(res.statusCode).toBe(409)
    // A staging folder left by an import that died before its database part.
    fs.mkdirSync(path.join(env.dir, 'images', '.import-deadbeef0000'))
    fs.writeFileSync(path.join(env.dir, 'images', '.import-deadbeef0000', 'x.png'), 'half')

    await env.restart({ dataDir: env.dir })

    expect(rows('SELECT id FROM clients WHERE id = ?', c.clientId)).toHaveLength(1)
    expect(fs.readdirSync(path.join(env.dir, 'images', c.clientId))).toHaveLength(1)
    expect(fs.readdirSync(path.join(env.dir, 'images')).sort()).toEqual([c.clientId])
  })
})
