import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { makeTempDir } from './helpers'

const ROOT = path.resolve(import.meta.dirname, '../..')

export interface RealServer {
  child: ChildProcess
  origin: string
  port: number
}

export interface RealServerFixture {
  /** This test's data folder. */
  readonly dir: string
  /** `node --import tsx src/server/main.ts` on the test's data folder, once /api/health answers. */
  start(env?: Record<string, string>): Promise<RealServer>
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })

/**
 * For tests that kill the real server process (`kill -9`) and start it again on the same folder: a fresh data folder
 * per test, and every process still running killed after it.
 */
export function createRealServerFixture(prefix: string): RealServerFixture {
  let tmp: ReturnType<typeof makeTempDir> | undefined
  const children: ChildProcess[] = []
  beforeEach(() => {
    tmp = makeTempDir(prefix)
  })
  afterEach(() => {
    for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
    tmp?.cleanup()
  })
  const dir = () => {
    if (!tmp) throw new Error('no data folder outside a test')
    return tmp.dir
  }
  return {
    get dir() {
      return dir()
    },
    async start(env = {}) {
      const port = await freePort()
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
        cwd: ROOT,
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', STILLROOM_DATA: dir(), ...env },
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
          if ((await fetch(`${origin}/api/health`)).ok) return { child, origin, port }
        } catch {
          /* not up yet */
        }
        if (Date.now() > deadline) throw new Error(`server did not answer within 25 s:\n${output}`)
        await new Promise((r) => setTimeout(r, 100))
      }
    },
  }
}
