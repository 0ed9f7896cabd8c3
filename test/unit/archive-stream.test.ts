import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeArchive } from '../../src/server/record/archive'
import { readArchiveFile, UPLOAD_LIMITS } from '../../src/server/record/archive-stream'
import { createTarParser, readTar, writeTar } from '../../src/server/record/tar'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})
const fileWith = (data: Buffer) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stillroom-archive-stream-'))
  dirs.push(dir)
  const file = path.join(dir, 'a.tar.gz')
  fs.writeFileSync(file, data)
  return file
}
const OPTS = { format: 'stillroom-client' as const, maxSchemaVersion: 99 }

describe('the streaming tar reader', () => {
  it('reads the same entries whatever the chunking, with their checksums', () => {
    const entries = [
      { path: 'manifest.json', data: Buffer.from('{}') },
      { path: 'images/a.png', data: Buffer.alloc(1300, 7) },
      { path: 'empty.txt', data: Buffer.alloc(0) },
    ]
    const tar = writeTar(entries)
    for (const size of [1, 7, 511, 512, 513, 4096]) {
      const parser = createTarParser({ maxEntryBytes: 1e6 })
      for (let i = 0; i < tar.length; i += size) parser.write(tar.subarray(i, i + size))
      const back = parser.end()
      expect(back.map((e) => [e.path, e.data.length])).toEqual(entries.map((e) => [e.path, e.data.length]))
      expect(back[1]!.sha256).toMatch(/^[0-9a-f]{64}$/)
    }
    expect(readTar(tar, { maxEntryBytes: 1e6 })).toEqual(entries)
  })

  it('refuses an oversize entry at its header, before its bytes arrive', () => {
    const tar = writeTar([{ path: 'big.bin', data: Buffer.alloc(5000) }])
    const parser = createTarParser({ maxEntryBytes: 1024 })
    expect(() => parser.write(tar.subarray(0, 512))).toThrow(/larger than allowed/)
  })
})

describe('reading an archive file as a stream', () => {
  const archive = () =>
    writeArchive({
      format: 'stillroom-client',
      schemaVersion: 1,
      files: [
        { path: 'record.json', data: Buffer.from(JSON.stringify({ words: 'a calm lake '.repeat(2000) })) },
      ],
    })

  it('reads a good archive like readArchive does', async () => {
    const back = await readArchiveFile(fileWith(archive()), OPTS)
    expect([...back.files.keys()]).toEqual(['record.json'])
  })

  it('stops unpacking at the uncompressed cap, and at the ratio cap, with plain words', async () => {
    const file = fileWith(archive())
    await expect(
      readArchiveFile(file, OPTS, { ...UPLOAD_LIMITS, unpackedBytes: 4096 }),
    ).rejects.toMatchObject({
      name: 'ArchiveTooLargeError',
      message: expect.stringMatching(/larger than Stillroom accepts/),
    })
    await expect(
      readArchiveFile(file, OPTS, { ...UPLOAD_LIMITS, ratio: 1, ratioFloor: 0 }),
    ).rejects.toMatchObject({
      name: 'ArchiveTooLargeError',
      message: expect.stringMatching(/refused as unsafe/),
    })
  })

  it('refuses what is not gzip, and a damaged stream, as ArchiveError', async () => {
    await expect(readArchiveFile(fileWith(Buffer.from('hello')), OPTS)).rejects.toThrow(
      /not a Stillroom archive/,
    )
    const cut = archive().subarray(0, 40)
    await expect(readArchiveFile(fileWith(cut), OPTS)).rejects.toThrow(/damaged/)
  })
})
