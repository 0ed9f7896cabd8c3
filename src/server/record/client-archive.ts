import { z } from 'zod'
import { ClientPrefsSchema } from '../../shared/prefs/schema'
import { AI_CAPABILITIES, AiConsentSchema } from '../../shared/privacy/ai-contract'
import { applyCommand } from '../../shared/session/reducer'
import { SafePlaceSchema, SessionStateSchema } from '../../shared/session/state'
import { ARCHIVE_LIMITS, ArchiveError, readArchive, writeArchive } from './archive'
import type { ReadArchive, ReadArchiveOptions } from './archive'
import { readArchiveFile } from './archive-stream'
import type { UploadLimits } from './archive-stream'
import type { ClientRecordData } from '../storage/record-store'

/**
 * One client's record as an archive (`stillroom-client`): `record.json` (the client row, sessions with their
 * whole state, consent, prefs, the sent texts) plus `images/<artworkId>.<ext>`. Importing validates every
 * part with the same schemas the server trusts, so nothing unreadable enters the database.
 */

export const RECORD_PATH = 'record.json'
// The names the AI picture store writes (src/server/ai/image-files.ts), and nothing else.
export const IMAGE_NAME = /^[A-Za-z0-9_-]{1,80}\.(png|jpg|webp)$/

const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a Stillroom id')

const RecordSchema = z.object({
  client: z.object({
    id: Id,
    alias: z.string().trim().min(1).max(60),
    sudsScale: z.union([z.literal(10), z.literal(100)]),
    safePlace: SafePlaceSchema.nullable(),
    createdAt: z.string().min(1).max(40),
    prefs: ClientPrefsSchema.nullable(),
    consent: AiConsentSchema.nullable(),
  }),
  sessions: z
    .array(
      z.object({
        id: Id,
        phase: z.string().min(1).max(20),
        createdAt: z.number().int().nonnegative(),
        updatedAt: z.number().int().nonnegative(),
        state: SessionStateSchema,
      }),
    )
    .max(10_000),
  sentTexts: z
    .array(
      z.object({
        at: z.number().int().nonnegative(),
        capability: z.enum(AI_CAPABILITIES),
        text: z.string().max(20_000),
      }),
    )
    .max(100_000),
})

export function writeClientArchive(input: {
  data: ClientRecordData
  images: readonly { name: string; data: Buffer }[]
  schemaVersion: number
  now?: Date
}): Buffer {
  return writeArchive({
    format: 'stillroom-client',
    schemaVersion: input.schemaVersion,
    ...(input.now ? { now: input.now } : {}),
    files: [
      { path: RECORD_PATH, data: Buffer.from(JSON.stringify(input.data)) },
      ...input.images.map((img) => ({ path: `images/${img.name}`, data: img.data })),
    ],
  })
}

export interface ParsedClientArchive {
  data: ClientRecordData
  images: { name: string; data: Buffer }[]
}

/**
 * Verifies a client archive and prepares its record for `therapistId`: sessions move to the importing therapist,
 * a session that was still running where it came from is ended (a headset must not resume it here), and the AI
 * consent is dropped (nobody gave it on this server).
 */
export function readClientArchive(gz: Buffer, options: ClientArchiveOptions): ParsedClientArchive {
  return prepareRecord(readArchive(gz, archiveOptions(options)), options)
}

/** The same, from an uploaded file, unpacked as a stream with the upload limits (archive-stream.ts). */
export async function readClientArchiveFile(
  file: string,
  options: ClientArchiveOptions & { limits?: UploadLimits },
): Promise<ParsedClientArchive> {
  return prepareRecord(await readArchiveFile(file, archiveOptions(options), options.limits), options)
}

export interface ClientArchiveOptions {
  maxSchemaVersion: number
  therapistId: string
  now: number
}

const archiveOptions = (options: ClientArchiveOptions): ReadArchiveOptions => ({
  format: 'stillroom-client',
  maxSchemaVersion: options.maxSchemaVersion,
  maxFileBytes: ARCHIVE_LIMITS.recordBytes,
  maxBytesUnder: { 'images/': ARCHIVE_LIMITS.imageBytes },
})

function prepareRecord(archive: ReadArchive, options: ClientArchiveOptions): ParsedClientArchive {
  const images: ParsedClientArchive['images'] = []
  let recordJson: Buffer | undefined
  for (const [path, data] of archive.files) {
    if (path === RECORD_PATH) recordJson = data
    else if (path.startsWith('images/') && IMAGE_NAME.test(path.slice('images/'.length)))
      images.push({ name: path.slice('images/'.length), data })
    else throw new ArchiveError(`The archive holds "${path}", which a client record never has.`)
  }
  if (!recordJson) throw new ArchiveError('The archive has no record.json; it is not a client record.')
  let raw: unknown
  try {
    raw = JSON.parse(recordJson.toString('utf8'))
  } catch {
    throw new ArchiveError('The record in the archive is damaged (not JSON).')
  }
  const parsed = RecordSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? ` (at ${issue.path.map(String).join('.')})` : ''
    throw new ArchiveError(`The record in the archive does not read as a Stillroom record${where}.`)
  }
  const record = parsed.data
  const sessionIds = new Set<string>()
  for (const s of record.sessions) {
    if (s.state.id !== s.id || s.state.clientId !== record.client.id)
      throw new ArchiveError(`Session ${s.id} in the archive does not belong to this client.`)
    if (sessionIds.has(s.id)) throw new ArchiveError(`Session ${s.id} appears twice in the archive.`)
    sessionIds.add(s.id)
  }
  const sessions = record.sessions.map((s) => {
    let state = { ...s.state, therapistId: options.therapistId }
    if (state.phase !== 'ended') state = applyCommand(state, { type: 'end' }, options.now)
    return { ...s, phase: state.phase, state }
  })
  // Consent to cloud AI was given to the server the archive came from, not to this one: the client is asked again
  // here. Approvals inside the sessions are history and stay; the sessions themselves arrive ended (above).
  const client = { ...record.client, consent: null }
  return { data: { client, sessions, sentTexts: record.sentTexts }, images }
}
