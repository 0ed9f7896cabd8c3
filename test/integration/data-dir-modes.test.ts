import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseServeConfig, startServer } from '../../src/server/main'
import { makeTempDir } from './helpers'

// The data folder holds words, password hashes, TOTP secrets and the audit key: private to the account running
// Stillroom. A new folder is made so; an existing one that others can read is reported, never changed silently.

const ROOT = path.resolve(import.meta.dirname, '../..')
const run = promisify(execFile)
const modeOf = (p: string) => fs.statSync(p).mode & 0o777

let tmp: ReturnType<typeof makeTempDir>
beforeEach(() => {
  tmp = makeTempDir('stillroom-modes-')
})
afterEach(() => tmp.cleanup())

async function serveOn(dataDir: string) {
  const logs: string[] = []
  const config = parseServeConfig(['--port', '0', '--host', '127.0.0.1', '--data', dataDir], {})
  const server = await startServer(config, (line) => logs.push(line))
  return { server, logs }
}

describe.skipIf(process.platform === 'win32')('data folder modes', () => {
  it('a new data folder is 0700 and its database files 0600, whatever the umask', async () => {
    const dataDir = path.join(tmp.dir, 'clinic', 'data')
    const { server, logs } = await serveOn(dataDir)
    try {
      expect(modeOf(dataDir)).toBe(0o700)
      expect(modeOf(path.join(tmp.dir, 'clinic'))).toBe(0o700)
      for (const name of ['stillroom.db', 'stillroom.db-wal', 'stillroom.db-shm'])
        expect(modeOf(path.join(dataDir, name)).toString(8), name).toBe('600')
      expect(logs.join('\n')).not.toMatch(/chmod/)
    } finally {
      await server.close()
    }
  })

  it('an existing folder that others can read gets a plain warning with the chmod to run, and is left as it is', async () => {
    const dataDir = path.join(tmp.dir, "shared o'folder")
    fs.mkdirSync(dataDir)
    fs.chmodSync(dataDir, 0o755)
    const { server, logs } = await serveOn(dataDir)
    try {
      const text = logs.join('\n')
      expect(text).toMatch(/other accounts on this computer can open the data folder/)
      expect(text).toMatch(/mode 0755/)
      expect(text).toContain(`chmod -R go-rwx '${tmp.dir}/shared o'\\''folder'`)
      expect(modeOf(dataDir)).toBe(0o755)
    } finally {
      await server.close()
    }
  })

  it('a private existing folder gets no warning', async () => {
    fs.chmodSync(tmp.dir, 0o700)
    const { server, logs } = await serveOn(tmp.dir)
    await server.close()
    expect(logs.join('\n')).not.toMatch(/chmod/)
  })

  it('the server process sets a private umask before it writes anything', async () => {
    const script = `
      const { main } = await import(${JSON.stringify(path.join(ROOT, 'src/server/main.ts'))})
      const code = await main(['--port', '0', '--host', '127.0.0.1', '--data', ${JSON.stringify(tmp.dir)}], {})
      console.log('umask ' + process.umask().toString(8) + ' code ' + code)
      process.exit(0)
    `
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    })
    expect(stdout).toMatch(/umask 77 code 0/)
  })
})
