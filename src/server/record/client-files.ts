import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { SPEECH_CACHE_DIR } from '../ai/speech-cache'
import { IMAGE_NAME } from './client-archive'

/**
 * A client's files in the data folder, `<dir>/<clientId>/…` (AI pictures, spoken lines): read for export, staged and
 * put in place on import, removed on erasure. Folders 0700 and files 0600: they are health information.
 */

/** Folders in the data folder that hold files per client. */
export const CLIENT_FILE_DIRS = ['images', SPEECH_CACHE_DIR] as const
/** Pictures of an import are written here first, so a refused import leaves nothing behind. */
const STAGING_PREFIX = '.import-'

export interface ClientFiles {
  readImages(clientId: string): { name: string; data: Buffer }[]
  /** Writes the pictures to a new staging folder; undefined when there are none. */
  stageImages(images: readonly { name: string; data: Buffer }[]): string | undefined
  /** Moves a staging folder to the client's picture folder, replacing files that belonged to nobody. */
  placeImages(staging: string, clientId: string): void
  discardStaging(staging: string): void
  /** Every folder of the client. Returns the kinds that could not be removed (the next start tries again). */
  removeAll(clientId: string, warn: (message: string) => void): string[]
  /** Staging folders of imports that never finished (none runs before the server is ready). */
  sweepStaging(): number
}

export function createClientFiles(dataDir: string): ClientFiles {
  const imagesRoot = path.join(dataDir, 'images')
  const clientDir = (kind: (typeof CLIENT_FILE_DIRS)[number], clientId: string) =>
    path.join(dataDir, kind, clientId)

  return {
    readImages(clientId) {
      const dir = clientDir('images', clientId)
      if (!fs.existsSync(dir)) return []
      return fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile() && IMAGE_NAME.test(e.name))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((e) => ({ name: e.name, data: fs.readFileSync(path.join(dir, e.name)) }))
    },
    stageImages(images) {
      if (!images.length) return undefined
      fs.mkdirSync(imagesRoot, { recursive: true, mode: 0o700 })
      const staging = path.join(imagesRoot, `${STAGING_PREFIX}${crypto.randomBytes(6).toString('hex')}`)
      fs.mkdirSync(staging, { mode: 0o700 })
      try {
        for (const img of images) fs.writeFileSync(path.join(staging, img.name), img.data, { mode: 0o600 })
      } catch (err) {
        fs.rmSync(staging, { recursive: true, force: true })
        throw err
      }
      return staging
    },
    placeImages(staging, clientId) {
      const target = clientDir('images', clientId)
      fs.rmSync(target, { recursive: true, force: true })
      fs.renameSync(staging, target)
    },
    discardStaging(staging) {
      fs.rmSync(staging, { recursive: true, force: true })
    },
    removeAll(clientId, warn) {
      const failed: string[] = []
      for (const kind of CLIENT_FILE_DIRS) {
        try {
          fs.rmSync(clientDir(kind, clientId), { recursive: true, force: true })
        } catch (err) {
          failed.push(kind)
          warn(`record: could not remove the client's ${kind} folder (${(err as Error).message})`)
        }
      }
      return failed
    },
    sweepStaging() {
      if (!fs.existsSync(imagesRoot)) return 0
      const left = fs.readdirSync(imagesRoot).filter((name) => name.startsWith(STAGING_PREFIX))
      for (const name of left) fs.rmSync(path.join(imagesRoot, name), { recursive: true, force: true })
      return left.length
    },
  }
}
