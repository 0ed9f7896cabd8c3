import crypto from 'node:crypto'
import zlib from 'node:zlib'
import { z } from 'zod'
import { readTar, TAR_END, tarEntryParts, TarError } from './tar'
import type { TarEntry } from './tar'

/**
 * One Stillroom archive: a gzip'd tar whose first entry is `manifest.json`, listing every other file with its
 * size and SHA-256. Used for one client's record (export/import) and for a whole data folder (backup/restore).
 * Reading checks everything — gzip, tar headers, paths, the manifest, every size and checksum — before the
 * caller may change anything.
 */

export const ARCHIVE_VERSION = 1
export const MANIFEST_PATH = 'manifest.json'
export type ArchiveFormat = 'stillroom-client' | 'stillroom-backup'

export const ARCHIVE_LIMITS = {
  /** Everything unpacked. */
  totalBytes: 2 * 1024 ** 3,
  /** One picture in a client archive. */
  imageBytes: 50 * 1024 ** 2,
  /** The record JSON of one client. */
  recordBytes: 200 * 1024 ** 2,
}

const ManifestSchema = z.object({
  format: z.enum(['stillroom-client', 'stillroom-backup']),
  version: z.number().int().positive(),
  createdAt: z.string().min(1).max(40),
  schemaVersion: z.number().int().nonnegative(),
  files: z
    .array(
      z.object({
        path: z.string().min(1).max(255),
        bytes: z.number().int().nonnegative(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .max(100_000),
})
export type Manifest = z.infer<typeof ManifestSchema>

/** Why an archive was refused, in words a clinic can act on. Nothing has been changed when this is thrown. */
export class ArchiveError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArchiveError'
  }
}

/** Refused for its size (too large to send, or unpacking to far more than it could hold: a gzip bomb). */
export class ArchiveTooLargeError extends ArchiveError {
  constructor(message: string) {
    super(message)
    this.name = 'ArchiveTooLargeError'
  }
}

const sha256 = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex')

export function writeArchive(input: {
  format: ArchiveFormat
  schemaVersion: number
  files: readonly TarEntry[]
  now?: Date
}): Buffer {
  const now = input.now ?? new Date()
  const manifest: Manifest = {
    format: input.format,
    version: ARCHIVE_VERSION,
    createdAt: now.toISOString(),
    schemaVersion: input.schemaVersion,
    files: input.files.map((f) => ({ path: f.path, bytes: f.data.length, sha256: sha256(f.data) })),
  }
  const entries = [
    { path: MANIFEST_PATH, data: Buffer.from(JSON.stringify(manifest, null, 2)) },
    ...input.files,
  ]
  // Pictures and audio are already compressed: deflating them again costs seconds and saves nothing. So runs of
  // entries are gzip'd as separate members (RFC 1952 allows several in one file; gunzip and tar read them as one
  // stream) — stored for compressed media, deflated for the JSON and the database.
  const members: Buffer[] = []
  let run: Buffer[] = []
  let runLevel = -1
  const flush = () => {
    if (run.length) members.push(zlib.gzipSync(Buffer.concat(run), { level: runLevel }))
    run = []
  }
  for (const entry of entries) {
    const level = ALREADY_COMPRESSED.test(entry.path) ? 0 : entry.data.length > 1024 ** 2 ? 1 : 6
    if (level !== runLevel) flush()
    runLevel = level
    run.push(...tarEntryParts(entry, now))
  }
  run.push(TAR_END)
  flush()
  return Buffer.concat(members)
}

const ALREADY_COMPRESSED = /\.(png|jpe?g|webp|mp3|ogg|gz)$/i

export interface ReadArchiveOptions {
  format: ArchiveFormat
  /** The newest schema this code knows; a newer archive is refused. */
  maxSchemaVersion: number
  /** Per-file cap (besides the manifest). @default ARCHIVE_LIMITS.totalBytes */
  maxFileBytes?: number
  /** Per-file cap by path prefix, e.g. { 'images/': 50 MB }. */
  maxBytesUnder?: Record<string, number>
}

export interface ReadArchive {
  manifest: Manifest
  /** Every file but the manifest, in archive order, each checked against the manifest. */
  files: Map<string, Buffer>
}

const FORMAT_NAMES: Record<ArchiveFormat, string> = {
  'stillroom-client': "one client's record",
  'stillroom-backup': 'a Stillroom backup',
}

/** Verifies and unpacks an archive in memory; throws ArchiveError with a plain reason. */
export function readArchive(gz: Buffer, options: ReadArchiveOptions): ReadArchive {
  checkGzipMagic(gz, options.format)
  let tar: Buffer
  try {
    tar = zlib.gunzipSync(gz, { maxOutputLength: ARCHIVE_LIMITS.totalBytes + 1024 ** 2 })
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ERR_BUFFER_TOO_LARGE' || (err as RangeError).name === 'RangeError')
      throw new ArchiveTooLargeError('This archive is larger than Stillroom accepts (2 GB unpacked).')
    throw new ArchiveError('This archive is damaged (it does not unpack); nothing was changed.')
  }
  let entries: TarEntry[]
  try {
    entries = readTar(tar, { maxEntryBytes: options.maxFileBytes ?? ARCHIVE_LIMITS.totalBytes })
  } catch (err) {
    if (err instanceof TarError) throw new ArchiveError(`This archive is damaged or unsafe: ${err.message}.`)
    throw err
  }
  return checkEntries(entries, options)
}

export function checkGzipMagic(head: Buffer, format: ArchiveFormat): void {
  if (head.length < 2 || head[0] !== 0x1f || head[1] !== 0x8b)
    throw new ArchiveError(`This file is not a Stillroom archive (expected ${FORMAT_NAMES[format]}).`)
}

/** The manifest, then every file against it. Entries from the streaming reader bring their checksum along. */
export function checkEntries(
  entries: readonly (TarEntry & { sha256?: string })[],
  options: ReadArchiveOptions,
): ReadArchive {
  const expected = FORMAT_NAMES[options.format]
  const first = entries[0]
  if (!first || first.path !== MANIFEST_PATH)
    throw new ArchiveError(`This is not a Stillroom archive (no manifest first; expected ${expected}).`)
  let parsedJson: unknown
  try {
    parsedJson = JSON.parse(first.data.toString('utf8'))
  } catch {
    throw new ArchiveError('The archive manifest is damaged (not JSON).')
  }
  const parsed = ManifestSchema.safeParse(parsedJson)
  if (!parsed.success) throw new ArchiveError('This is not a Stillroom archive (its manifest is not one).')
  const manifest = parsed.data
  if (manifest.format !== options.format)
    throw new ArchiveError(`This archive is ${FORMAT_NAMES[manifest.format]}, not ${expected}.`)
  if (manifest.version > ARCHIVE_VERSION)
    throw new ArchiveError(
      `This archive was made by a newer Stillroom (archive version ${manifest.version}). Update Stillroom.`,
    )
  if (manifest.schemaVersion > options.maxSchemaVersion)
    throw new ArchiveError(
      `This archive holds database schema ${manifest.schemaVersion}, newer than this Stillroom knows ` +
        `(${options.maxSchemaVersion}). Update Stillroom first.`,
    )

  const listed = new Map(manifest.files.map((f) => [f.path, f]))
  if (listed.size !== manifest.files.length)
    throw new ArchiveError('The archive manifest lists a file twice.')
  const files = new Map<string, Buffer>()
  let total = 0
  for (const entry of entries.slice(1)) {
    const meta = listed.get(entry.path)
    if (!meta) throw new ArchiveError(`The archive holds "${entry.path}", which its manifest does not list.`)
    if (entry.data.length !== meta.bytes)
      throw new ArchiveError(`"${entry.path}" in the archive has the wrong size; the archive is damaged.`)
    if ((entry.sha256 ?? sha256(entry.data)) !== meta.sha256)
      throw new ArchiveError(`"${entry.path}" in the archive fails its checksum; the archive is damaged.`)
    for (const [prefix, cap] of Object.entries(options.maxBytesUnder ?? {})) {
      if (entry.path.startsWith(prefix) && entry.data.length > cap)
        throw new ArchiveError(
          `"${entry.path}" is larger than Stillroom accepts (${Math.round(cap / 1024 ** 2)} MB).`,
        )
    }
    total += entry.data.length
    files.set(entry.path, entry.data)
  }
  if (total > ARCHIVE_LIMITS.totalBytes)
    throw new ArchiveTooLargeError('This archive is larger than Stillroom accepts.')
  for (const path of listed.keys()) {
    if (!files.has(path)) throw new ArchiveError(`"${path}" is missing from the archive; it is incomplete.`)
  }
  return { manifest, files }
}
