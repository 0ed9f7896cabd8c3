import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

// Where AI pictures live: `<dataDir>/images/<clientId>/<artworkId>.<ext>`, one folder per client so erasing a client
// is one `rm -r`. Folders 0700 and files 0600: these are a client's health information, not web assets.

export type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp'

const EXTENSION: Record<ImageMime, 'png' | 'jpg' | 'webp'> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
}
const MIME_OF: Record<string, ImageMime> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' }

/** The only file names that are ever written or served (the same shape as `ArtworkImage.file`). */
export const IMAGE_FILE_PATTERN = /^[A-Za-z0-9_-]{1,80}\.(png|jpg|webp)$/
const SEGMENT = /^[A-Za-z0-9_-]{1,80}$/

export interface ImageFiles {
  /** Writes atomically (temp file + rename); resolves to the stored file's name (`<artworkId>.<ext>`). */
  write(clientId: string, artworkId: string, data: Buffer, mime: ImageMime): Promise<string>
  /** The picture's bytes and type, or undefined when the name is not ours or the file is gone. */
  read(clientId: string, file: string): Promise<{ data: Buffer; mime: ImageMime } | undefined>
  remove(clientId: string, file: string): Promise<void>
  /** The absolute path (for tests and the report); undefined for a name that is not ours. */
  pathOf(clientId: string, file: string): string | undefined
}

export function createImageFiles(dataDir: string): ImageFiles {
  const root = path.join(path.resolve(dataDir), 'images')

  const pathOf = (clientId: string, file: string): string | undefined => {
    // Both parts are checked against strict patterns, so no `..`, slash or NUL can reach the path.
    if (!SEGMENT.test(clientId) || !IMAGE_FILE_PATTERN.test(file)) return undefined
    return path.join(root, clientId, file)
  }

  const ensureDir = async (dir: string) => {
    await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 })
    // mkdir's mode is filtered by the umask and skips existing folders; say it once more.
    await fs.promises.chmod(root, 0o700)
    await fs.promises.chmod(dir, 0o700)
  }

  return {
    async write(clientId, artworkId, data, mime) {
      const file = `${artworkId}.${EXTENSION[mime]}`
      const target = pathOf(clientId, file)
      if (!target) throw new Error('not a storable image name')
      await ensureDir(path.dirname(target))
      const tmp = `${target}.${crypto.randomBytes(6).toString('hex')}.tmp`
      try {
        await fs.promises.writeFile(tmp, data, { mode: 0o600, flag: 'wx' })
        await fs.promises.rename(tmp, target)
      } catch (err) {
        await fs.promises.rm(tmp, { force: true }).catch(() => {})
        throw err
      }
      return file
    },
    async read(clientId, file) {
      const target = pathOf(clientId, file)
      const mime = MIME_OF[file.split('.').pop() ?? '']
      if (!target || !mime) return undefined
      try {
        return { data: await fs.promises.readFile(target), mime }
      } catch {
        return undefined
      }
    },
    async remove(clientId, file) {
      const target = pathOf(clientId, file)
      if (target) await fs.promises.rm(target, { force: true })
    },
    pathOf,
  }
}
