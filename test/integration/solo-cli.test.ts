import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runSoloCommand } from '../../src/server/cli/solo-command'
import { createStorage } from '../../src/server/storage'
import { DEFAULT_SCENE_SPEC } from '../../src/shared/spec'
import { makeTempDir } from './helpers'

// Solo artworks stored before they belonged to a device are listed to no headset; an administrator can take them
// out or erase them, and the CLI says when the data folder is open to other accounts.

const ROOT = path.resolve(import.meta.dirname, '../..')
let tmp: ReturnType<typeof makeTempDir>
let dataDir: string
beforeEach(() => {
  tmp = makeTempDir('stillroom-solo-cli-')
  dataDir = path.join(tmp.dir, 'data')
})
afterEach(() => tmp.cleanup())

async function seed() {
  const storage = createStorage(path.join(dataDir, 'stillroom.db'))
  await storage.insertArtwork(
    {
      id: 'own1',
      text: 'my own harbour',
      createdAt: new Date().toISOString(),
      spec: DEFAULT_SCENE_SPEC,
      seed: 1,
      status: 'shown',
    },
    'a'.repeat(64),
  )
  await storage.close()
  const db = new Database(path.join(dataDir, 'stillroom.db'))
  const insert = db.prepare(
    `INSERT INTO artworks (id, text, created_at, spec_json, seed, status) VALUES (?, ?, ?, ?, 7, 'shown')`,
  )
  insert.run('old1', 'an old garden', '2025-01-02T03:04:05.000Z', JSON.stringify(DEFAULT_SCENE_SPEC))
  insert.run('old2', 'a lake at dawn', '2025-02-02T03:04:05.000Z', JSON.stringify(DEFAULT_SCENE_SPEC))
  db.close()
}

async function solo(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runSoloCommand([...args, '--data', dataDir], {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    dataDir: async () => dataDir,
  })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const texts = async () => {
  const storage = createStorage(path.join(dataDir, 'stillroom.db'))
  try {
    return (await storage.listArtworks()).map((a) => a.text)
  } finally {
    await storage.close()
  }
}

describe('stillroom solo export-unowned | erase-unowned', () => {
  it('writes only the artworks no device owns to a new private file, audited, and never overwrites one', async () => {
    await seed()
    const file = path.join(tmp.dir, 'unowned.json')
    const first = await solo(['export-unowned', file])
    expect(first).toMatchObject({ code: 0, err: '' })
    expect(first.out).toMatch(/Wrote 2 solo artwork/)
    const written = JSON.parse(fs.readFileSync(file, 'utf8')) as { artworks: { id: string; text: string }[] }
    expect(written.artworks.map((a) => a.text)).toEqual(['an old garden', 'a lake at dawn'])
    expect(written.artworks[0]).toMatchObject({
      id: 'old1',
      seed: 7,
      spec: { biome: DEFAULT_SCENE_SPEC.biome },
    })
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600)

    fs.writeFileSync(file, 'keep me')
    const again = await solo(['export-unowned', file])
    expect(again.code).toBe(1)
    expect(again.err).toMatch(/already exists; nothing was written/)
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me')
    // Exporting takes nothing away.
    expect(await texts()).toEqual(['an old garden', 'a lake at dawn', 'my own harbour'])
  })

  it('erases them and keeps the artworks a device owns; both commands leave an audit row', async () => {
    await seed()
    await solo(['export-unowned', path.join(tmp.dir, 'x.json')])
    const erased = await solo(['erase-unowned'])
    expect(erased).toMatchObject({ code: 0, out: 'Erased 2 solo artwork(s) that no device owned.' })
    expect(await texts()).toEqual(['my own harbour'])
    expect((await solo(['erase-unowned'])).out).toMatch(/Erased 0/)
    const storage = createStorage(path.join(dataDir, 'stillroom.db'))
    try {
      const rows = storage.audit!.list().entries.map((e) => `${e.actor} ${e.action} ${e.detail ?? ''}`)
      expect(rows).toEqual(
        expect.arrayContaining([
          'cli export unowned solo artworks 2',
          'cli erase unowned solo artworks 2',
          'cli erase unowned solo artworks 0',
        ]),
      )
    } finally {
      await storage.close()
    }
  })

  it('says what is wrong with bad arguments and changes nothing', async () => {
    await seed()
    for (const args of [
      ['export-unowned'],
      ['erase-unowned', 'extra'],
      ['delete-all'],
      ['export-unowned', 'a', 'b'],
    ]) {
      const r = await solo(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toMatch(/Usage: stillroom solo/)
    }
    expect(await texts()).toHaveLength(3)
  })
})

describe.skipIf(process.platform === 'win32')('the CLI and a data folder others can read', () => {
  it('warns with the chmod to run, as the server does, through bin/stillroom.mjs', () => {
    fs.mkdirSync(dataDir)
    fs.chmodSync(dataDir, 0o755)
    const res = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin', 'stillroom.mjs'), 'solo', 'erase-unowned', '--data', dataDir],
      { cwd: ROOT, encoding: 'utf8' },
    )
    expect(res.status).toBe(0)
    expect(res.stderr).toMatch(/other accounts on this computer can open the data folder/)
    expect(res.stderr).toContain(`chmod -R go-rwx '${dataDir}'`)
    // Left as it is: a clinic may share it on purpose.
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o755)
    const backup = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin', 'stillroom.mjs'), 'backup', path.join(tmp.dir, 'b.tar.gz'), '--data', dataDir],
      { cwd: ROOT, encoding: 'utf8' },
    )
    expect(backup.stderr).toMatch(/chmod -R go-rwx/)
  })

  it('is quiet about a private folder, and makes a new one private', async () => {
    const r = await solo(['erase-unowned'])
    expect(r).toMatchObject({ code: 0, err: '' })
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700)
  })
})
