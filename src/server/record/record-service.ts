import type { Clock } from '../../shared/clock'
import type { AuditRecord } from '../storage/audit-store'
import type { UploadLimits } from './archive-stream'
import { sweepUploads } from './archive-stream'
import { readClientArchive, readClientArchiveFile, writeClientArchive } from './client-archive'
import { createClientFiles } from './client-files'
import type { RecordStore } from '../storage/record-store'

/**
 * Export, import and erasure of one client's record, shared by the HTTP routes and the retention timer.
 * The database rows are one transaction; the client's files (AI pictures, spoken lines) live in the data folder
 * under the client's id and follow the rows. A journal entry, written in the rows' transaction, stays until the files
 * have followed, so an operation stopped in between (the process killed) is finished or undone at the next start.
 */

/** The points between the database part and the files part, where a test may stop an operation for good. */
export type RecordStep = 'erase-files' | 'import-files'

export interface RecordServiceDeps {
  record: RecordStore
  audit?: { record(entry: AuditRecord): void }
  /** Ends a running session before its rows go (the live hub); absent in tests without sessions. */
  endSession?: (sessionId: string) => Promise<void>
  /** Drops the erased sessions from the live hub's memory and closes their sockets, once their rows are gone. */
  forgetSessions?: (sessionIds: string[]) => void
  /** The data folder; without it there are no client files to export, import or erase. */
  dataDir?: string
  now: Clock
  warn: (message: string) => void
  /**
   * A test seam, awaited between the database part and the files part: a test that never resolves it sees what a
   * process killed at that moment leaves behind.
   */
  pauseAt?: (step: RecordStep) => Promise<void>
  /** Caps for uploaded archives; tests pass small ones. @default UPLOAD_LIMITS */
  uploadLimits?: UploadLimits
}

export type ImportResult =
  | { ok: true; clientId: string; alias: string; sessions: number; images: number }
  | { ok: false; reason: 'conflict'; message: string }

export { CLIENT_FILE_DIRS } from './client-files'

export function createRecordService(deps: RecordServiceDeps) {
  const files = deps.dataDir ? createClientFiles(deps.dataDir) : undefined

  /** The files part of an erasure, then its journal entry, then the old copies in the database files. */
  const finishErase = async (clientId: string) => {
    const failed = files ? files.removeAll(clientId, deps.warn) : []
    // A folder that could not be removed keeps the entry, so the next start tries again.
    if (!failed.length) await deps.record.settle(clientId, 'erase')
    await deps.record.scrub()
  }

  /** An import that did not finish: its rows and whatever files it placed go (the client did not exist before). */
  const undoImport = async (clientId: string) => {
    await deps.record.rollbackImport(clientId)
    files?.removeAll(clientId, deps.warn)
  }

  return {
    /** The client's archive, or undefined when there is no such client. */
    async exportClient(
      clientId: string,
      actor: string,
    ): Promise<{ archive: Buffer; alias: string } | undefined> {
      const found = await deps.record.readClient(clientId)
      if (!found) return undefined
      const images = files?.readImages(clientId) ?? []
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
    async importClient(archive: Buffer | { file: string }, therapistId: string): Promise<ImportResult> {
      const options = { maxSchemaVersion: deps.record.schemaVersion(), therapistId, now: deps.now() }
      // An upload arrives as a file and is unpacked as a stream; a Buffer (tests, tools) is read in memory.
      const parsed = Buffer.isBuffer(archive)
        ? readClientArchive(archive, options)
        : await readClientArchiveFile(archive.file, {
            ...options,
            ...(deps.uploadLimits ? { limits: deps.uploadLimits } : {}),
          })
      const clientId = parsed.data.client.id
      let staging = files?.stageImages(parsed.images)
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
        try {
          await deps.pauseAt?.('import-files')
          if (staging && files) {
            files.placeImages(staging, clientId)
            staging = undefined
          }
          // Complete: the journal entry goes in one transaction with the audit row.
          const detail = `${parsed.data.sessions.length} sessions ${parsed.images.length} images`
          await deps.record.settle(clientId, 'import', {
            inTransaction: () =>
              deps.audit?.record({ actor: therapistId, action: 'import', clientId, detail }),
          })
        } catch (err) {
          // Never a client without their pictures: the whole import is undone.
          await undoImport(clientId)
          throw err
        }
      } finally {
        if (staging) files?.discardStaging(staging)
      }
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
        inTransaction: () => deps.audit?.record({ actor, action, clientId }),
        afterDelete: (ids) => deps.forgetSessions?.(ids),
      })
      if (!erased) return false
      await deps.pauseAt?.('erase-files')
      await finishErase(clientId)
      return true
    },

    /**
     * Finishes the erasures and undoes the imports that a stop interrupted, and removes staging folders left by
     * imports. Runs once at start, before anyone is served.
     */
    async recover(): Promise<{ erased: number; undone: number; staging: number }> {
      const staging = (files?.sweepStaging() ?? 0) + (deps.dataDir ? sweepUploads(deps.dataDir) : 0)
      let erased = 0
      let undone = 0
      for (const { op, clientId } of await deps.record.pending()) {
        if (op === 'import') {
          await undoImport(clientId)
          undone++
        } else if (await deps.record.clientExists(clientId)) {
          // Imported again after a failed removal: the files there now are the new record's; only the entry goes.
          await deps.record.settle(clientId, 'erase')
        } else {
          await finishErase(clientId)
          erased++
        }
      }
      if (undone) await deps.record.scrub()
      return { erased, undone, staging }
    },
  }
}

export type RecordService = ReturnType<typeof createRecordService>
