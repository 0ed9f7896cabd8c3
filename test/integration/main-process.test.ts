import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countRows, makeTempDir } from './helpers'

const ROOT = path.resolve(import.meta.dirname, '../..')

let tmp: ReturnType<typeof makeTempDir>
let child: ChildProcess | undefined
beforeEach(() => {
  tmp = makeTempDir()
})
afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  child = undefined
  tmp.cleanup()
})

/** Starts the server the way `npm start` does (minus the build) and waits for its ready line. */
function startMain(env: Record<string, string>): Promise<{ port: number; output: () => string }> {
  child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 20 s:\n${output}`)), 20_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Stillroom is ready at http:\/\/localhost:(\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve({ port: Number(match[1]), output: () => output })
      }
    }
    child?.stdout?.on('data', onData)
    child?.stderr?.on('data', onData)
    child?.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`main exited with ${code}:\n${output}`))
    })
  })
}

describe('main.ts as a process', () => {
  it('serves on PORT/HOST with data in STILLROOM_DATA, and stops cleanly on SIGTERM', async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000)
    const { port: printed } = await startMain({
      PORT: String(port),
      HOST: '127.0.0.1',
      STILLROOM_DATA: tmp.dir,
    })
    expect(printed).toBe(port)
    const health = await fetch(`http://127.0.0.1:${port}/api/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ ok: true, version: expect.any(String) })

    const created = await fetch(`http://127.0.0.1:${port}/api/artworks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'a soldier with a gun' }),
    })
    expect(created.status).toBe(201)
    expect(((await created.json()) as { artwork: { status: string } }).artwork.status).toBe('held')

    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)))
    child?.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(countRows(path.join(tmp.dir, 'stillroom.db'))).toBe(1)
  })

  it('explains a bad port instead of crashing with a stack trace', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', 'eighty'], {
      cwd: ROOT,
      env: { ...process.env, STILLROOM_DATA: tmp.dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()))
    const code = await new Promise((resolve) => child?.once('exit', resolve))
    expect(code).toBe(2)
    expect(stderr).toContain('"eighty" is not a port number')
    expect(stderr).toContain('Usage: stillroom serve')
  })
})
