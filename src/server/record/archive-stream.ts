import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Transform, Writable } from 'node:stream'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import { ARCHIVE_LIMITS, ArchiveError, ArchiveTooLargeError, checkEntries, checkGzipMagic } from './archive'
import type { ReadArchive, ReadArchiveOptions } from './archive'
import { createTarParser, TarError } from './tar'

/**
 * Uploaded archives go to a private file in the data folder, then are unpacked as a stream: gunzip runs on zlib's
 * own threads and the tar reader takes one chunk at a time, so a large or hostile upload never holds the event
 * loop (a running session's commands keep flowing) and never sits whole in memory.
 */

export const UPLOAD_LIMITS = {
  /** The archive as sent. */
  compressedBytes: 1024 ** 3,
  /** Unpacked: at most this many times the archive's size (plus `ratioFloor`); a gzip bomb is far beyond it. */
  ratio: 200,
  ratioFloor: 1024 ** 2,
  /** Unpacked, whatever the ratio (the tar headers and padding come on top of the files). */
  unpackedBytes: ARCHIVE_LIMITS.totalBytes + 64 * 1024 ** 2,
}
export type UploadLimits = typeof UPLOAD_LIMITS

/** Names of upload files: dot-named, so a backup never takes one, and swept at start when a stop left one. */
const UPLOAD_PREFIX = '.import-upload-'

const mb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024 ** 2))} MB`

function counter(max: number, tooLarge: () => Error): Transform {
  let seen = 0
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length
      done(seen > max ? tooLarge() : null, chunk)
    },
  })
}

/** Writes `body` to a new 0600 file in `dir`, refusing it past `maxBytes`. The caller removes the file. */
export async function receiveUpload(body: Readable, dir: string, maxBytes: number): Promise<string> {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  const file = path.join(dir, `${UPLOAD_PREFIX}${crypto.randomBytes(8).toString('hex')}.tar.gz`)
  try {
    await pipeline(
      body,
      counter(
        maxBytes,
        () => new ArchiveTooLargeError(`This archive is larger than Stillroom accepts (${mb(maxBytes)}).`),
      ),
      fs.createWriteStream(file, { flags: 'wx', mode: 0o600 }),
    )
    return file
  } catch (err) {
    fs.rmSync(file, { force: true })
    throw err
  }
}

/** Upload files a stopped process left behind (none is being written before the server is ready). */
export function sweepUploads(dir: string): number {
  if (!fs.existsSync(dir)) return 0
  const left = fs.readdirSync(dir).filter((name) => name.startsWith(UPLOAD_PREFIX))
  for (const name of left) fs.rmSync(path.join(dir, name), { force: true })
  return left.length
}

/** Verifies and unpacks an archive file as a stream, with the checks of readArchive and a running size cap. */
export async function readArchiveFile(
  file: string,
  options: ReadArchiveOptions,
  limits: UploadLimits = UPLOAD_LIMITS,
): Promise<ReadArchive> {
  const handle = await fs.promises.open(file, 'r')
  let size: number
  try {
    const head = Buffer.alloc(2)
    await handle.read(head, 0, 2, 0)
    checkGzipMagic(head, options.format)
    size = (await handle.stat()).size
  } finally {
    await handle.close()
  }
  const byRatio = limits.ratioFloor + size * limits.ratio
  const cap = Math.min(limits.unpackedBytes, byRatio)
  const tooLarge = () =>
    new ArchiveTooLargeError(
      cap === byRatio
        ? `This archive unpacks to far more than its size (over ${mb(cap)} from ${mb(size)}), which a Stillroom ` +
            'archive never does; it was refused as unsafe. Nothing was changed.'
        : `This archive is larger than Stillroom accepts (${mb(cap)} unpacked). Nothing was changed.`,
    )
  const parser = createTarParser({ maxEntryBytes: options.maxFileBytes ?? ARCHIVE_LIMITS.totalBytes })
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      try {
        parser.write(chunk)
        done()
      } catch (err) {
        done(err as Error)
      }
    },
  })
  try {
    await pipeline(fs.createReadStream(file), zlib.createGunzip(), counter(cap, tooLarge), sink)
    return checkEntries(parser.end(), options)
  } catch (err) {
    if (err instanceof ArchiveError) throw err
    if (err instanceof TarError) throw new ArchiveError(`This archive is damaged or unsafe: ${err.message}.`)
    if (String((err as NodeJS.ErrnoException).code).startsWith('Z_'))
      throw new ArchiveError('This archive is damaged (it does not unpack); nothing was changed.')
    throw err
  }
}
