import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runUserCommand } from '../../src/server/cli/user-command'
import { createRealServerFixture } from './real-server'
import { PASSWORD } from './session-helpers'

// A real `kill -9` while an erasure removes the client's files: the next start finishes the erasure.

/** Enough pictures that removing them takes a moment, so the kill lands in the middle. */
const FILES = 20_000

const real = createRealServerFixture('stillroom-record-kill-')
const startReal = () => real.start()

const count = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).length : 0)

describe('kill -9 during an erasure', () => {
  it('the next start removes the files the killed process had not reached', async () => {
    const io = {
      out: () => {},
      err: () => {},
      readStdin: async () => PASSWORD,
      dataDir: async () => real.dir,
    }
    expect(await runUserCommand(['add', 'anna', '--role', 'therapist', '--password-stdin'], io)).toBe(0)
    const first = await startReal()
    const send = (method: string, url: string, body: unknown, cookie = '') =>
      fetch(`${first.origin}${url}`, {
        method,
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      })
    const login = await send('POST', '/api/auth/login', { name: 'anna', password: PASSWORD })
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const created = await send('POST', '/api/clients', { alias: 'Robin' }, cookie)
    const { client } = (await created.json()) as { client: { id: string } }
    const images = path.join(real.dir, 'images', client.id)
    fs.mkdirSync(images, { recursive: true })
    for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(images, `art${i}.png`), 'PNG')

    void send('DELETE', `/api/clients/${client.id}`, { confirm: 'Robin' }, cookie).catch(() => undefined)
    // Kill as soon as the removal has started and before it is done.
    const deadline = Date.now() + 20_000
    let left = count(images)
    while ((left === FILES || left === 0) && Date.now() < deadline) {
      await new Promise((r) => setImmediate(r))
      left = count(images)
    }
    first.child.kill('SIGKILL')
    await new Promise((r) => first.child.once('exit', r))
    left = count(images)
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThan(FILES)

    const second = await startReal()
    expect(fs.existsSync(images)).toBe(false)
    const list = await fetch(`${second.origin}/api/clients`, { headers: { cookie } })
    expect(((await list.json()) as { clients: unknown[] }).clients).toEqual([])
    second.child.kill('SIGTERM')
  }, 90_000)
})
