import crypto from 'node:crypto'

/**
 * A deliberately small ustar writer and reader: regular files only, no links, no directories, no pax headers.
 * Stillroom's archives are made by Stillroom, so anything else in one is a sign it is foreign or tampered with,
 * and the reader refuses it instead of interpreting it.
 */

const BLOCK = 512

export interface TarEntry {
  path: string
  data: Buffer
}

export class TarError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TarError'
  }
}

/** Relative, forward-slash, no `..`, no empty or dot parts, short enough for ustar (prefix + name). */
export function isSafeArchivePath(p: string): boolean {
  if (!p || p.length > 255 || p.startsWith('/') || p.includes('\\') || p.includes('\0')) return false
  if (/^[A-Za-z]:/.test(p)) return false
  return p
    .split('/')
    .every((part) => part !== '' && part !== '.' && part !== '..' && /^[\w.@+-]+$/.test(part))
}

function writeString(block: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8')
  if (bytes.length > length) throw new TarError(`"${value}" does not fit a tar header field`)
  bytes.copy(block, offset)
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  // length - 1 digits and a NUL, as ustar expects.
  const text = Math.floor(value)
    .toString(8)
    .padStart(length - 1, '0')
  if (text.length > length - 1) throw new TarError('a tar header number is too large')
  writeString(block, offset, length, `${text}\0`)
}

function checksum(block: Buffer): number {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0)
  return sum
}

function header(path: string, size: number, mtimeSeconds: number): Buffer {
  if (!isSafeArchivePath(path)) throw new TarError(`unsafe archive path "${path}"`)
  const block = Buffer.alloc(BLOCK)
  // Longer paths go into ustar's prefix field, split at a slash: name ≤ 100 bytes, prefix ≤ 155.
  let name = path
  let prefix = ''
  if (Buffer.byteLength(path) > 100) {
    const cut = path.lastIndexOf('/', 155)
    if (cut <= 0 || Buffer.byteLength(path.slice(cut + 1)) > 100) throw new TarError(`"${path}" is too long`)
    prefix = path.slice(0, cut)
    name = path.slice(cut + 1)
  }
  writeString(block, 0, 100, name)
  writeString(block, 345, 155, prefix)
  writeOctal(block, 100, 8, 0o600)
  writeOctal(block, 108, 8, 0)
  writeOctal(block, 116, 8, 0)
  writeOctal(block, 124, 12, size)
  writeOctal(block, 136, 12, mtimeSeconds)
  block.write('        ', 148, 'latin1')
  block.write('0', 156, 'latin1')
  writeString(block, 257, 6, 'ustar\0')
  writeString(block, 263, 2, '00')
  const sum = checksum(block)
  writeString(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `)
  return block
}

/** One entry's blocks: header, data, padding. */
export function tarEntryParts(entry: TarEntry, mtime: Date): Buffer[] {
  const parts = [header(entry.path, entry.data.length, Math.floor(mtime.getTime() / 1000)), entry.data]
  const pad = (BLOCK - (entry.data.length % BLOCK)) % BLOCK
  if (pad) parts.push(Buffer.alloc(pad))
  return parts
}

/** The end-of-archive marker: two zero blocks. */
export const TAR_END = Buffer.alloc(BLOCK * 2)

/** Entries → one tar stream (uncompressed), in the given order. */
export function writeTar(entries: readonly TarEntry[], mtime = new Date()): Buffer {
  return Buffer.concat([...entries.flatMap((e) => tarEntryParts(e, mtime)), TAR_END])
}

function readString(block: Buffer, offset: number, length: number): string {
  const slice = block.subarray(offset, offset + length)
  const end = slice.indexOf(0)
  return slice.subarray(0, end === -1 ? length : end).toString('utf8')
}

function readOctal(block: Buffer, offset: number, length: number, what: string): number {
  const text = readString(block, offset, length).trim()
  if (!/^[0-7]+$/.test(text)) throw new TarError(`the ${what} field of an entry is not a number`)
  return parseInt(text, 8)
}

export interface ReadTarLimits {
  /** Largest single entry. */
  maxEntryBytes: number
  /** Most entries. @default 100000 */
  maxEntries?: number
}

/** An entry as the streaming reader gives it: with its SHA-256, taken while it arrived. */
export interface ReadTarEntry extends TarEntry {
  sha256: string
}

export interface TarParser {
  /** The next bytes of the tar stream, in any chunking; throws TarError as soon as something is wrong. */
  write(chunk: Buffer): void
  /** The stream is over: every entry, or TarError when it was cut short. */
  end(): ReadTarEntry[]
}

/**
 * Tar stream → entries, refusing (TarError) anything but plain files with safe paths, bad header checksums,
 * duplicate paths, truncation and oversize entries. Fed in chunks, so an upload is read as it is unpacked and an
 * oversize entry is refused at its header, before its bytes are held. Returns entries only at the end, so a caller
 * acts on a whole, checked archive or on nothing.
 */
export function createTarParser(limits: ReadTarLimits): TarParser {
  const entries: ReadTarEntry[] = []
  const seen = new Set<string>()
  const maxEntries = limits.maxEntries ?? 100_000
  let pending: Buffer = Buffer.alloc(0)
  let current: { path: string; left: number; parts: Buffer[]; hash: crypto.Hash; pad: number } | undefined
  let skip = 0
  let ended = false

  const readHeader = (block: Buffer) => {
    if (block.every((b) => b === 0)) {
      // The end marker is two zero blocks; one is tolerated (some writers stop there) but nothing may follow.
      ended = true
      return
    }
    if (readString(block, 257, 6) !== 'ustar') throw new TarError('an entry is not in ustar format')
    const stored = readOctal(block, 148, 8, 'checksum')
    if (stored !== checksum(block)) throw new TarError('an entry header is damaged (checksum mismatch)')
    const prefix = readString(block, 345, 155)
    const name = readString(block, 0, 100)
    const path = prefix ? `${prefix}/${name}` : name
    const type = String.fromCharCode(block[156] ?? 0)
    if (type !== '0' && type !== '\0') {
      const kind = type === '1' || type === '2' ? 'a link' : type === '5' ? 'a folder' : `type "${type}"`
      throw new TarError(`the entry "${path.slice(0, 100)}" is ${kind}; only plain files are allowed`)
    }
    if (!isSafeArchivePath(path)) throw new TarError(`the entry "${path.slice(0, 100)}" has an unsafe path`)
    if (seen.has(path)) throw new TarError(`the entry "${path}" appears twice`)
    seen.add(path)
    const size = readOctal(block, 124, 12, 'size')
    if (size > limits.maxEntryBytes) throw new TarError(`the entry "${path}" is larger than allowed`)
    if (entries.length + 1 > maxEntries) throw new TarError('the archive has too many entries')
    current = {
      path,
      left: size,
      parts: [],
      hash: crypto.createHash('sha256'),
      pad: (BLOCK - (size % BLOCK)) % BLOCK,
    }
    if (size === 0) finishEntry()
  }
  const finishEntry = () => {
    if (!current) return
    const data = Buffer.concat(current.parts)
    entries.push({ path: current.path, data, sha256: current.hash.digest('hex') })
    skip = current.pad
    current = undefined
  }

  return {
    write(chunk) {
      let offset = 0
      while (offset < chunk.length) {
        if (ended) {
          for (let i = offset; i < chunk.length; i++)
            if (chunk[i] !== 0) throw new TarError('there is data after the end of the archive')
          return
        }
        if (current) {
          const take = Math.min(current.left, chunk.length - offset)
          // A copy: the chunk's memory belongs to the stream that gave it.
          const part = Buffer.from(chunk.subarray(offset, offset + take))
          current.parts.push(part)
          current.hash.update(part)
          current.left -= take
          offset += take
          if (current.left === 0) finishEntry()
          continue
        }
        if (skip > 0) {
          const take = Math.min(skip, chunk.length - offset)
          skip -= take
          offset += take
          continue
        }
        const need = BLOCK - pending.length
        const take = Math.min(need, chunk.length - offset)
        pending = Buffer.concat([pending, chunk.subarray(offset, offset + take)])
        offset += take
        if (pending.length === BLOCK) {
          const block = pending
          pending = Buffer.alloc(0)
          readHeader(block)
        }
      }
    },
    end() {
      if (current) throw new TarError(`the entry "${current.path}" is cut short`)
      if (!ended) throw new TarError('the archive is cut short (no end marker)')
      return entries
    },
  }
}

/** A whole tar in memory → entries; see createTarParser. */
export function readTar(tar: Buffer, limits: ReadTarLimits): TarEntry[] {
  const parser = createTarParser(limits)
  parser.write(tar)
  return parser.end().map(({ path, data }) => ({ path, data }))
}
