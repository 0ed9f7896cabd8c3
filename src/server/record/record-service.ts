import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { AuditRecord } from '../storage/audit-store'
import type { RecordStore } from './record-store'
import { IMAGE_NAME, readClientArchive, writeClientArchive } from './client-archive'

/**
 * Export, import and erasure of one client's record, shared by the HTTP routes and the retention timer.
 * The database rows are one transaction; the client's files (AI pictures, cached audio) live in the data folder
 * under the client's id and follow the rows.
 */

export interface RecordServiceDeps {
  record: RecordStore
  audit?: { record(entry: AuditRecord): void }
  /** Ends a running session before its rows go (the live hub); absent in tests without sessions. */
  endSession?: (sessionId: string) => Promise<void>
  /** The data folder; without it there are no client files to export, import or erase. */
  dataDir?: string
  now: () => number
  warn: (message: string) => void
}

export type ImportResult =
  | { ok: true; clientId: string; alias: string; sessions: number; images: number }
  | { ok: false; reason: 'conflict'; message: string }

/** Folders in the data folder that hold files per client, `<dir>/<clientId>/…`. */
export const CLIENT_FILE_DIRS = ['images', 'audio-cache'] as const

export function createRecordService(deps: RecordServiceDeps) {
  const clientDir = (kind: (typeof CLIENT_FILE_DIRS)[number], clientId: string) =>
    deps.dataDir ? path.join(deps.dataDir, kind, clientId) : undefined

  const readImages = (clientId: string): { name: string; data: Buffer }[] => {
    const dir = clientDir('images', clientId)
    if (!dir || !fs.existsSync(dir)) return []
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && IMAGE_NAME.test(e.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => ({ name: e.name, data: fs.readFileSync(path.join(dir, e.name)) }))
  }

  return {
    /** The client's archive, or undefined when there is no such client. */
    async exportClient(
      clientId: string,
      actor: string,
    ): Promise<{ archive: Buffer; alias: string } | undefined> {
      const found = await deps.record.readClient(clientId)
      if (!found) return undefined
      const images = readImages(clientId)
      const archive = writeClientArchive({
        data: found.data,
        images,
        schemaVersion: deps.record.schemaVersion(),
        now: new Date(deps.now()),
      })
      deps.audit?.record({
        actor,
        action: 'export',
        clientId,
        detail: `${found.data.sessions.length} sessions ${images.length} images`,
      })
      return { archive, alias: found.data.client.alias }
    },

    /** Verifies the archive (ArchiveError otherwise), then creates the client under `therapistId`. */
    async importClient(gz: Buffer, therapistId: string): Promise<ImportResult> {
      const parsed = readClientArchive(gz, {
        maxSchemaVersion: deps.record.schemaVersion(),
        therapistId,
        now: deps.now(),
      })
      const clientId = parsed.data.client.id
      // Pictures go to a staging folder first, so a refused import leaves nothing behind.
      const imagesRoot = deps.dataDir ? path.join(deps.dataDir, 'images') : undefined
      let staging: string | undefined
      if (imagesRoot && parsed.images.length) {
        fs.mkdirSync(imagesRoot, { recursive: true, mode: 0o700 })
        staging = path.join(imagesRoot, `.import-${crypto.randomBytes(6).toString('hex')}`)
        fs.mkdirSync(staging, { mode: 0o700 })
        for (const img of parsed.images)
          fs.writeFileSync(path.join(staging, img.name), img.data, { mode: 0o600 })
      }
      try {
        const outcome = await deps.record.importClient(parsed.data, therapistId)
        if (outcome === 'conflict') {
          return {
            ok: false,
            reason: 'conflict',
            message:
              'This client (or one of their sessions) is already in this Stillroom. Nothing was imported; ' +
              'erase the existing record first if this archive should replace it.',
          }
        }
        if (staging && imagesRoot) {
          const target = path.join(imagesRoot, clientId)
          // Files of a client who is not in the database belong to nobody; the archive's pictures replace them.
          fs.rmSync(target, { recursive: true, force: true })
          fs.renameSync(staging, target)
          staging = undefined
        }
      } finally {
        if (staging) fs.rmSync(staging, { recursive: true, force: true })
      }
      deps.audit?.record({
        actor: therapistId,
        action: 'import',
        clientId,
        detail: `${parsed.data.sessions.length} sessions ${parsed.images.length} images`,
      })
      return {
        ok: true,
        clientId,
        alias: parsed.data.client.alias,
        sessions: parsed.data.sessions.length,
        images: parsed.images.length,
      }
    },

    /**
     * Ends the client's running sessions, deletes their rows (secure delete, WAL emptied) and files. The audit
     * entry names the action only. False when there is no such client (nothing changed).
     */
    async eraseClient(
      clientId: string,
      actor: string,
      action: 'erase' | 'retention-erase' = 'erase',
    ): Promise<boolean> {
      const sessionIds = await deps.record.sessionIdsOf(clientId)
      if (deps.endSession) for (const id of sessionIds) await deps.endSession(id)
      const erased = await deps.record.eraseClient(clientId, {
        afterDelete: () => deps.audit?.record({ actor, action, clientId }),
      })
      if (!erased) return false
      for (const kind of CLIENT_FILE_DIRS) {
        const dir = clientDir(kind, clientId)
        if (!dir) continue
        try {
          fs.rmSync(dir, { recursive: true, force: true })
        } catch (err) {
          deps.warn(`record: could not remove the client's ${kind} folder (${(err as Error).message})`)
        }
      }
      return true
    },
  }
}

export type RecordService = ReturnType<typeof createRecordService>
