import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { startCheckpointer } from '../../src/server/storage/checkpointer'
import { createStorage } from '../../src/server/storage'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})
function tempDb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-ckpt-'))
  dirs.push(dir)
  const file = path.join(dir, 'x.db')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.pragma('wal_autocheckpoint = 0')
  db.exec('CREATE TABLE s (id INTEGER PRIMARY KEY, body TEXT)')
  const insert = db.prepare('INSERT INTO s (body) VALUES (?)')
  /** ~200 pages of commits, one row each, as the relay writes states. */
  const write = () => {
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(3000))
  }
  const insertOne = () => insert.run('x')
  const walBytes = () => fs.statSync(`${file}-wal`).size
  return { file, db, write, insertOne, walBytes }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

// The latency itself is measured by the relay bench (relay.state_save_max_ms); these check the mechanics.
describe('WAL checkpoints in a worker (relay latency)', () => {
  it('checkpoints from its own thread, so the WAL is reused instead of growing', async () => {
    const { file, db, write, insertOne, walBytes } = tempDb()
    write()
    const one = walBytes()
    const warnings: string[] = []
    let failed = false
    const cp = startCheckpointer(file, {
      everyMs: 20,
      warn: (m) => warnings.push(m),
      onFail: () => (failed = true),
    })
    await cp.ready
    // Once the worker has checkpointed everything, the next commit starts the WAL from the top again, so
    // one more row no longer grows the file. Poll for that (a loaded machine may be slow to schedule it).
    let restarted = false
    for (let i = 0; i < 200 && !restarted; i++) {
      await sleep(50)
      const before = walBytes()
      insertOne()
      restarted = walBytes() === before
    }
    expect(restarted).toBe(true)
    write() // after a complete checkpoint the writer starts the WAL from the top again
    write()
    expect(walBytes()).toBeLessThan(one * 2.5)
    await cp.stop()
    expect(failed).toBe(false)
    expect(warnings).toEqual([])
    // All rows are in the database.
    expect((db.prepare('SELECT count(*) AS n FROM s WHERE length(body) > 1').get() as { n: number }).n).toBe(
      600,
    )
    db.close()
  })

  it('without it (control), the same writes keep growing the WAL', () => {
    const { db, write, walBytes } = tempDb()
    write()
    const one = walBytes()
    write()
    write()
    expect(walBytes()).toBeGreaterThan(one * 2.5)
    db.close()
  })

  it('tells the caller when the worker cannot run, so checkpoints go back to the main thread', async () => {
    const warnings: string[] = []
    let failed = false
    startCheckpointer(path.join(os.tmpdir(), 'no-such-dir-stillroom', 'x', 'y.db'), {
      everyMs: 20,
      warn: (m) => warnings.push(m),
      onFail: () => (failed = true),
    })
    for (let i = 0; i < 100 && !failed; i++) await sleep(20)
    expect(failed).toBe(true)
    expect(warnings[0]).toMatch(/checkpoint worker/)
  })

  it('storage opens and closes cleanly with the worker running, data intact', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-ckpt-'))
    dirs.push(dir)
    const file = path.join(dir, 'stillroom.db')
    const storage = createStorage(file, { warn: () => {} })
    await storage.close()
    await storage.close() // twice is harmless
    // Closed cleanly: the last connection folded the WAL back into the file.
    expect(fs.existsSync(`${file}-wal`)).toBe(false)
    const again = createStorage(file, { warn: () => {} })
    expect(await again.listArtworks()).toEqual([])
    await again.close()
  })
})
