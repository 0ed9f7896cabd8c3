import zlib from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ArchiveError, readArchive, writeArchive } from '../../src/server/record/archive'
import { parseRetentionMonths, retentionCutoff } from '../../src/server/record/retention'
import { exportFileName } from '../../src/server/record/record-routes'
import { isSafeArchivePath, readTar, TarError, writeTar } from '../../src/server/record/tar'

const LIMITS = { maxEntryBytes: 10 * 1024 ** 2 }

/** Rewrites one header field of the entry at `offset` and fixes the header checksum, like a hostile tool would. */
function patchHeader(
  tar: Buffer,
  offset: number,
  field: { at: number; length: number; value: string },
): Buffer {
  const out = Buffer.from(tar)
  out.fill(0, offset + field.at, offset + field.at + field.length)
  out.write(field.value, offset + field.at, 'latin1')
  out.write('        ', offset + 148, 'latin1')
  let sum = 0
  for (let i = 0; i < 512; i++) sum += out[offset + i] ?? 0
  out.write(`${sum.toString(8).padStart(6, '0')}\0 `, offset + 148, 'latin1')
  return out
}

describe('tar writer and reader', () => {
  it('round-trips files of every size boundary, in order, byte for byte', () => {
    const entries = [0, 1, 511, 512, 513, 5000].map((n, i) => ({
      path: `dir${i % 2}/file-${n}.bin`,
      data: Buffer.from(Array.from({ length: n }, (_, k) => (k * 31 + i) % 256)),
    }))
    const tar = writeTar(entries)
    expect(tar.length % 512).toBe(0)
    const back = readTar(tar, LIMITS)
    expect(back.map((e) => e.path)).toEqual(entries.map((e) => e.path))
    back.forEach((e, i) => expect(e.data.equals(entries[i]!.data)).toBe(true))
  })

  it('keeps long paths whole through the ustar prefix field', () => {
    const long = `files/images/${'c'.repeat(64)}/${'a'.repeat(80)}.webp`
    expect(long.length).toBeGreaterThan(100)
    const back = readTar(writeTar([{ path: long, data: Buffer.from('p') }]), LIMITS)
    expect(back[0]?.path).toBe(long)
    expect(() => writeTar([{ path: 'x'.repeat(120), data: Buffer.alloc(1) }])).toThrow(TarError)
  })

  it('refuses to write an unsafe path', () => {
    expect(() => writeTar([{ path: '../x', data: Buffer.alloc(1) }])).toThrow(TarError)
    expect(() => writeTar([{ path: '/etc/passwd', data: Buffer.alloc(1) }])).toThrow(TarError)
  })

  it('knows which paths are safe', () => {
    for (const ok of ['manifest.json', 'images/abc_-1.png', 'files/tls/cert.pem'])
      expect(isSafeArchivePath(ok)).toBe(true)
    for (const bad of [
      '',
      '../a',
      'a/../b',
      '/abs',
      'a//b',
      './a',
      'C:/x',
      'a\\b',
      'a/',
      'x'.repeat(256),
      'a b',
    ])
      expect(isSafeArchivePath(bad)).toBe(false)
  })

  it('refuses links, folders, traversal, damaged headers, truncation, trailing data and duplicates', () => {
    const tar = writeTar([{ path: 'aaaaaaaa', data: Buffer.from('hello') }])
    const cases: [Buffer, RegExp][] = [
      [patchHeader(tar, 0, { at: 156, length: 1, value: '2' }), /is a link/],
      [patchHeader(tar, 0, { at: 156, length: 1, value: '1' }), /is a link/],
      [patchHeader(tar, 0, { at: 156, length: 1, value: '5' }), /is a folder/],
      [patchHeader(tar, 0, { at: 156, length: 1, value: 'x' }), /type "x"/],
      [patchHeader(tar, 0, { at: 0, length: 100, value: '../evil' }), /unsafe path/],
      [patchHeader(tar, 0, { at: 0, length: 100, value: '/etc/cron' }), /unsafe path/],
      [patchHeader(tar, 0, { at: 257, length: 6, value: 'gnu  ' }), /ustar/],
      [patchHeader(tar, 0, { at: 124, length: 12, value: '00000077777\0' }), /cut short/],
      [tar.subarray(0, 512 + 100), /cut short/],
      [tar.subarray(0, 512), /cut short/],
      [Buffer.concat([tar, Buffer.from('x')]), /after the end/],
      [
        writeTar([
          { path: 'a', data: Buffer.from('1') },
          { path: 'a', data: Buffer.from('2') },
        ]),
        /twice/,
      ],
    ]
    const flipped = Buffer.from(tar)
    flipped[10] = (flipped[10] ?? 0) ^ 1
    cases.push([flipped, /checksum/])
    for (const [bytes, message] of cases) expect(() => readTar(bytes, LIMITS)).toThrow(message)
  })

  it('refuses an entry larger than the cap', () => {
    const tar = writeTar([{ path: 'big', data: Buffer.alloc(2048) }])
    expect(() => readTar(tar, { maxEntryBytes: 1024 })).toThrow(/larger than allowed/)
  })
})

describe('archive manifest', () => {
  const files = [
    { path: 'record.json', data: Buffer.from('{"a":1}') },
    { path: 'images/x.png', data: Buffer.from([1, 2, 3]) },
  ]
  const opts = { format: 'stillroom-client' as const, maxSchemaVersion: 6 }
  const make = (over: Partial<Parameters<typeof writeArchive>[0]> = {}) =>
    writeArchive({ format: 'stillroom-client', schemaVersion: 5, files, ...over })
  /** Unpacks, lets a test change the entries, packs again (the manifest stays the original one). */
  const tamper = (gz: Buffer, change: (entries: { path: string; data: Buffer }[]) => void) => {
    const entries = readTar(zlib.gunzipSync(gz), LIMITS)
    change(entries)
    return zlib.gzipSync(writeTar(entries))
  }

  it('reads back what it wrote, manifest first, with checksums', () => {
    const back = readArchive(make(), opts)
    expect(back.manifest.format).toBe('stillroom-client')
    expect(back.manifest.schemaVersion).toBe(5)
    expect(back.manifest.files.map((f) => f.path)).toEqual(['record.json', 'images/x.png'])
    expect(back.files.get('images/x.png')).toEqual(Buffer.from([1, 2, 3]))
    const first = readTar(zlib.gunzipSync(make()), LIMITS)[0]
    expect(first?.path).toBe('manifest.json')
  })

  it('says plainly why a damaged or foreign file is refused', () => {
    const good = make()
    const flipped = Buffer.from(good)
    flipped[Math.floor(good.length / 2)] = (flipped[Math.floor(good.length / 2)] ?? 0) ^ 0xff
    const cases: [Buffer, RegExp][] = [
      [Buffer.from('PK\u0003\u0004 a zip file'), /not a Stillroom archive/],
      [Buffer.alloc(0), /not a Stillroom archive/],
      [flipped, /damaged/],
      [good.subarray(0, good.length - 20), /damaged/],
      [zlib.gzipSync(Buffer.from('just some text')), /damaged or unsafe/],
      [zlib.gzipSync(writeTar([{ path: 'notes.txt', data: Buffer.from('hi') }])), /no manifest first/],
      [zlib.gzipSync(writeTar([{ path: 'manifest.json', data: Buffer.from('{') }])), /not JSON/],
      [
        zlib.gzipSync(writeTar([{ path: 'manifest.json', data: Buffer.from('{"format":"zip"}') }])),
        /not one/,
      ],
      [make({ format: 'stillroom-backup' }), /is a Stillroom backup, not one client's record/],
      [make({ schemaVersion: 7 }), /schema 7, newer/],
      [
        tamper(good, (e) => {
          e[1]!.data = Buffer.from('{"a":2}')
        }),
        /fails its checksum/,
      ],
      [
        tamper(good, (e) => {
          e[1]!.data = Buffer.from('{"a":12}')
        }),
        /wrong size/,
      ],
      [tamper(good, (e) => void e.splice(2, 1)), /missing from the archive/],
      [tamper(good, (e) => void e.push({ path: 'extra.bin', data: Buffer.from('x') })), /does not list/],
    ]
    for (const [bytes, message] of cases) {
      let caught: unknown
      try {
        readArchive(bytes, opts)
      } catch (err) {
        caught = err
      }
      expect(caught, String(message)).toBeInstanceOf(ArchiveError)
      expect((caught as Error).message).toMatch(message)
    }
  })

  it('refuses a newer archive version and an oversize image', () => {
    const newer = tamper(make(), (e) => {
      const m = JSON.parse(e[0]!.data.toString()) as { version: number }
      m.version = 99
      e[0]!.data = Buffer.from(JSON.stringify(m))
    })
    expect(() => readArchive(newer, opts)).toThrow(/newer Stillroom/)
    expect(() => readArchive(make(), { ...opts, maxBytesUnder: { 'images/': 2 } })).toThrow(
      /larger than Stillroom accepts/,
    )
  })
})

describe('retention setting', () => {
  it('parses whole months and refuses anything else with a plain message', () => {
    expect(parseRetentionMonths(undefined)).toBe(0)
    expect(parseRetentionMonths('')).toBe(0)
    expect(parseRetentionMonths('0')).toBe(0)
    expect(parseRetentionMonths(' 24 ')).toBe(24)
    for (const bad of ['-1', '1.5', 'six', '12m', '99999'])
      expect(() => parseRetentionMonths(bad)).toThrow(/STILLROOM_RETENTION_MONTHS must be a whole number/)
  })

  it('counts calendar months back, clamping the day', () => {
    const at = (s: string) => new Date(s).getTime()
    expect(new Date(retentionCutoff(at('2026-11-29T12:00:00'), 6)).getMonth()).toBe(4)
    const clamped = new Date(retentionCutoff(at('2026-03-31T12:00:00'), 1))
    expect([clamped.getMonth(), clamped.getDate()]).toEqual([1, 28])
    expect(new Date(retentionCutoff(at('2026-01-15T12:00:00'), 13)).getFullYear()).toBe(2024)
  })
})

describe('export file name', () => {
  it('keeps the pseudonym readable and safe', () => {
    const now = new Date('2026-11-29T10:00:00Z')
    expect(exportFileName('Robin', now)).toBe('stillroom-Robin-2026-11-29.tar.gz')
    expect(exportFileName('Zoë "R" / x', now)).toBe('stillroom-Zoe-R-x-2026-11-29.tar.gz')
    expect(exportFileName('鳥', now)).toBe('stillroom-client-2026-11-29.tar.gz')
  })
})
