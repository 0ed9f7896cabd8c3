import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../src/server/storage/migrations'
import { createStorage } from '../../src/server/storage'
import { msg } from '../../src/shared/session/protocol'
import { TestSocket, makeTempDir, pair, startSessionServer, startTherapySession } from './session-helpers'

let tmp: ReturnType<typeof makeTempDir>
beforeEach(() => {
  tmp = makeTempDir('stillroom-store-')
})
afterEach(() => tmp.cleanup())

describe('session storage', () => {
  it('upgrades a version-1 database in place: artworks kept, session tables added', async () => {
    const file = path.join(tmp.dir, 'stillroom.db')
    const db = new Database(file)
    db.exec(
      'CREATE TABLE migrations (version INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    )
    db.exec(MIGRATIONS[0]!.sql)
    db.prepare("INSERT INTO migrations VALUES (1, 'artworks', '2025-01-01')").run()
    db.prepare(
      `INSERT INTO artworks VALUES ('a1', 'a beach', '2025-01-01T00:00:00.000Z', ?, 1, 'shown')`,
    ).run(JSON.stringify({ ...(await import('../../src/shared/spec')).DEFAULT_SCENE_SPEC }))
    db.close()
    const storage = createStorage(file, { warn: () => {} })
    expect((await storage.listArtworks()).map((a) => a.id)).toEqual(['a1'])
    expect(await storage.sessions!.getUserByName('nobody')).toBeUndefined()
    await storage.close()
    const check = new Database(file, { readonly: true })
    expect((check.prepare('SELECT MAX(version) AS v FROM migrations').get() as { v: number }).v).toBe(
      MIGRATIONS.at(-1)!.version,
    )
    check.close()
  })

  it('a damaged session row is skipped; every other session keeps working', async () => {
    let server = await startSessionServer(tmp.dir)
    const good = await startTherapySession(server, 'anna')
    const goodPair = await pair(server, good.code)
    const bad = await startTherapySession(server, 'ben')
    const badPair = await pair(server, bad.code)
    await server.close()
    const db = new Database(server.dbFile)
    db.prepare('UPDATE sessions SET state_json = \'{"v":1,"broken":true\' WHERE id = ?').run(bad.session.id)
    db.close()

    server = await startSessionServer(tmp.dir)
    try {
      const h = new TestSocket(server)
      await h.open()
      h.send(msg.hello('headset', { deviceToken: badPair.deviceToken }))
      expect((await h.next('error')).code).toBe('not-found')
      const g = new TestSocket(server)
      await g.open()
      g.send(msg.hello('headset', { deviceToken: goodPair.deviceToken }))
      expect((await g.next('welcome')).state.id).toBe(good.session.id)
      const list = await server.app.inject({
        url: '/api/sessions?active=1',
        headers: { cookie: good.cookie },
      })
      expect(list.json<{ sessions: { id: string }[] }>().sessions.map((s) => s.id)).toEqual([good.session.id])
      g.close()
      h.close()
    } finally {
      await server.close()
    }
  })
})
