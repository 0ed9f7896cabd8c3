import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../src/server/cli'
import { writeArchive } from '../../src/server/record/archive'
import { makeTempDir } from './helpers'

const ROOT = path.resolve(import.meta.dirname, '../..')

let tmp: ReturnType<typeof makeTempDir>
let child: ChildProcess | undefined
beforeEach(() => {
  tmp = makeTempDir('stillroom-backup-')
})
afterEach(async () => {
  await stopServer()
  tmp.cleanup()
})

async function stopServer() {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  child = undefined
}

function startServer(dataDir: string): Promise<number> {
  child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/main.ts', '--port', '0', '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: { ...process.env, STILLROOM_DATA: dataDir, STILLROOM_RATE_LIMIT: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 20 s:\n${output}`)), 20_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /ready at http:\/\/[^:]+:(\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    }
    child?.stdout?.on('data', onData)
    child?.stderr?.on('data', onData)
    child?.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
}

/** `npx stillroom …` as a separate process, like a clinic would run it. */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = spawn(process.execPath, [path.join(ROOT, 'bin', 'stillroom.mjs'), ...args], { cwd: ROOT })
  let stdout = ''
  let stderr = ''
  p.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
  p.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
  return new Promise((resolve) => p.once('exit', (code) => resolve({ code, stdout, stderr })))
}

/** The same CLI in this process: same code, without a few seconds of start-up per call. */
async function inProcess(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(
    args,
    (t) => (stdout += `${t}\n`),
    (t) => (stderr += `${t}\n`),
  )
  return { code, stdout, stderr }
}

const artworkIds = (dbFile: string): string[] => {
  const db = new Database(dbFile, { readonly: true })
  try {
    expect(db.pragma('quick_check', { simple: true })).toBe('ok')
    return (db.prepare('SELECT id FROM artworks').all() as { id: string }[]).map((r) => r.id)
  } finally {
    db.close()
  }
}

function plantFiles(dataDir: string) {
  fs.mkdirSync(path.join(dataDir, 'images', 'client1'), { recursive: true })
  fs.writeFileSync(
    path.join(dataDir, 'images', 'client1', 'art1.png'),
    Buffer.from([137, 80, 78, 71, 1, 2, 3]),
  )
  fs.mkdirSync(path.join(dataDir, 'tls'), { recursive: true })
  fs.writeFileSync(path.join(dataDir, 'tls', 'cert.pem'), '-----BEGIN CERTIFICATE-----\nabc\n')
  fs.writeFileSync(path.join(dataDir, 'access-key'), 'k'.repeat(24))
}

describe('stillroom backup / restore', () => {
  it('backs up while the server writes, restores into a fresh folder, and refuses to restore under a running server', async () => {
    const dataA = path.join(tmp.dir, 'a')
    // Private, as the server makes a new folder: a folder others can read would (rightly) be warned about.
    fs.mkdirSync(dataA, { mode: 0o700 })
    plantFiles(dataA)
    const port = await startServer(dataA)
    expect(fs.readFileSync(path.join(dataA, 'stillroom.pid'), 'utf8').trim()).toBe(String(child?.pid))

    const acked: string[] = []
    let writing = true
    const post = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/api/artworks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: `a quiet beach number ${acked.length}` }),
      })
      if (res.status === 201) acked.push(((await res.json()) as { artwork: { id: string } }).artwork.id)
    }
    while (acked.length < 20) await post()
    const writer = (async () => {
      while (writing) await post()
    })()
    const beforeBackup = [...acked]
    const file = path.join(tmp.dir, 'backup.tar.gz')
    const made = await cli('backup', file, '--data', dataA)
    writing = false
    await writer
    expect(made.stderr).toBe('')
    expect(made.code).toBe(0)
    expect(made.stdout).toMatch(/Backed up .* \(\d+ files/)
    // The server kept writing during the backup.
    expect(acked.length).toBeGreaterThan(beforeBackup.length)

    const refused = await inProcess('restore', file, '--data', dataA)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /Restore refused: Stillroom is running on .* \(process \d+\). Stop it, then restore./,
    )
    expect(fs.readdirSync(tmp.dir).filter((n) => n.includes('before-restore') || n.startsWith('.'))).toEqual(
      [],
    )
    expect(artworkIds(path.join(dataA, 'stillroom.db')).length).toBe(acked.length)

    const dataB = path.join(tmp.dir, 'b')
    const restored = await inProcess('restore', file, '--data', dataB)
    expect(restored.stderr).toBe('')
    expect(restored.code).toBe(0)
    const ids = artworkIds(path.join(dataB, 'stillroom.db'))
    // A consistent snapshot: everything acknowledged before the backup began, nothing that was never written.
    for (const id of beforeBackup) expect(ids).toContain(id)
    for (const id of ids) expect(acked).toContain(id)
    for (const f of ['images/client1/art1.png', 'tls/cert.pem', 'access-key'])
      expect(fs.readFileSync(path.join(dataB, f))).toEqual(fs.readFileSync(path.join(dataA, f)))
    expect(fs.existsSync(path.join(dataB, 'stillroom.pid'))).toBe(false)

    // Stopped, the server leaves no lock behind, and a restore over its folder keeps the old one beside it.
    await stopServer()
    expect(fs.existsSync(path.join(dataA, 'stillroom.pid'))).toBe(false)
    const over = await inProcess('restore', file, '--data', dataA)
    expect(over.code).toBe(0)
    expect(over.stdout).toMatch(/kept at .*a\.before-restore-/)
    expect(artworkIds(path.join(dataA, 'stillroom.db')).sort()).toEqual([...ids].sort())
  }, 60_000)

  it('refuses corrupt and foreign archives, changing nothing', async () => {
    const data = path.join(tmp.dir, 'data')
    fs.mkdirSync(data)
    fs.writeFileSync(path.join(data, 'stillroom.db'), 'the current database')
    // A lock file from a crashed server (its process is gone) does not block a restore, but these still fail.
    fs.writeFileSync(path.join(data, 'stillroom.pid'), '999999\n')
    const client = path.join(tmp.dir, 'client.tar.gz')
    fs.writeFileSync(client, writeArchive({ format: 'stillroom-client', schemaVersion: 1, files: [] }))
    const newer = path.join(tmp.dir, 'newer.tar.gz')
    fs.writeFileSync(newer, writeArchive({ format: 'stillroom-backup', schemaVersion: 999, files: [] }))
    const noDb = path.join(tmp.dir, 'nodb.tar.gz')
    fs.writeFileSync(
      noDb,
      writeArchive({
        format: 'stillroom-backup',
        schemaVersion: 1,
        files: [{ path: 'files/x', data: Buffer.from('x') }],
      }),
    )
    const badDb = path.join(tmp.dir, 'baddb.tar.gz')
    const junk = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4096, 7)])
    fs.writeFileSync(
      badDb,
      writeArchive({
        format: 'stillroom-backup',
        schemaVersion: 1,
        files: [{ path: 'db/stillroom.db', data: junk }],
      }),
    )
    const corrupt = path.join(tmp.dir, 'corrupt.tar.gz')
    const bytes = fs.readFileSync(newer)
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff
    fs.writeFileSync(corrupt, bytes)

    const cases: [string, RegExp][] = [
      [client, /is one client's record, not a Stillroom backup/],
      [newer, /schema 999, newer than this Stillroom knows/],
      [noDb, /no readable database/],
      [badDb, /database in this backup (is damaged|cannot be read)/],
      [corrupt, /damaged/],
      [path.join(tmp.dir, 'missing.tar.gz'), /There is no file/],
    ]
    for (const [file, message] of cases) {
      const res = await inProcess('restore', file, '--data', data)
      expect(res.code, file).toBe(1)
      expect(res.stderr).toMatch(message)
    }
    expect(fs.readFileSync(path.join(data, 'stillroom.db'), 'utf8')).toBe('the current database')
    expect(fs.readdirSync(tmp.dir).sort()).toEqual([
      'baddb.tar.gz',
      'client.tar.gz',
      'corrupt.tar.gz',
      'data',
      'newer.tar.gz',
      'nodb.tar.gz',
    ])
    const usage = await inProcess('backup')
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/backups themselves are deleted|keep erased|hold erased data/)
  }, 60_000)
})
