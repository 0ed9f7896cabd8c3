import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runUserCommand } from '../../src/server/cli/user-command'
import { makeTempDir } from './helpers'
import { PASSWORD } from './session-helpers'

// A real `kill -9` while an erasure removes the client's files: the next start finishes the erasure.

const ROOT = path.resolve(import.meta.dirname, '../..')
/** Enough pictures that removing them takes a moment, so the kill lands in the middle. */
const FILES = 20_000

let tmp: ReturnType<typeof makeTempDir>
const children: ChildProcess[] = []
beforeEach(() => {
  tmp = makeTempDir('stillroom-record-kill-')
})
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
  tmp.cleanup()
})

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })

/** The real server on the test's data folder, once /api/health answers. */
async function startReal(): Promise<{ child: ChildProcess; origin: string }> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', STILLROOM_DATA: tmp.dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 25_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`)
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return { child, origin }
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not answer within 25 s:\n${output}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

const count = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).length : 0)

describe('kill -9 during an erasure', () => {
  it('the next start removes the files the killed process had not reached', async () => {
    const io = { out: () => {}, err: () => {}, readStdin: async () => PASSWORD, dataDir: async () => tmp.dir }
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
    const images = path.join(tmp.dir, 'images', client.id)
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
