import fs from 'node:fs'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { filesContaining, seedClient } from './record-helpers'
import { createSessionFixture, seedTherapist } from './session-helpers'

// After an erasure the WAL is emptied (TRUNCATE), so old copies of the words do not sit in it. A reader holding the
// WAL open makes that busy: the erasure must not hang the server waiting, and must try again until it succeeds.
const env = createSessionFixture('stillroom-record-wal-', (dir) => ({ dataDir: dir }))
const closers: (() => void)[] = []
afterEach(() => {
  for (const close of closers.splice(0)) close()
})

const walSize = () => fs.statSync(`${env.server.dbFile}-wal`).size

describe('emptying the WAL after an erasure', () => {
  it('is retried after a busy answer until it succeeds, without holding up the erasure', async () => {
    const cookie = await seedTherapist(env.server, 'anna')
    const c = await seedClient(env.server, cookie, 'Wrenfeather', ['zephyrquill lagoon at dawn'], {
      end: true,
    })
    closers.push(
      () => c.consoleWs.close(),
      () => c.headset.close(),
    )
    // Another process reading (a backup, a curious sqlite3 shell): its open read keeps the WAL in use.
    const reader = new Database(env.server.dbFile, { readonly: true })
    closers.push(() => reader.open && reader.close())
    reader.exec('BEGIN')
    reader.prepare('SELECT COUNT(*) AS n FROM sessions').get()

    const started = Date.now()
    const res = await env.server.app.inject({
      method: 'DELETE',
      url: `/api/clients/${c.clientId}`,
      headers: { cookie },
      payload: { confirm: 'Wrenfeather' },
    })
    expect(res.statusCode).toBe(200)
    // A few short tries, never the five-second busy wait of a blocked connection (the server would stall).
    expect(Date.now() - started).toBeLessThan(3000)
    expect(walSize()).toBeGreaterThan(0)

    reader.exec('COMMIT')
    reader.close()
    const deadline = Date.now() + 5000
    while (walSize() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    expect(walSize()).toBe(0)
    expect(filesContaining(env.dir, ['zephyrquill', 'Wrenfeather', c.clientId])).toEqual([])
  }, 60_000)
})
