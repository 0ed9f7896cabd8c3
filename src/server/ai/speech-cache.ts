import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

// Spoken lines, kept per client: `<dataDir>/audio-cache/<clientId>/<key>.audio`. One client's lines are never served
// to another, and erasing the client removes their folder with the rest of their files (record-service.ts).
// Folders 0700 and files 0600, like the AI pictures: what a client heard is their health information.

export const SPEECH_CACHE_DIR = 'audio-cache' as const
/** Lines kept per client; the oldest go first. */
export const SPEECH_CACHE_MAX_LINES = 200

const SEGMENT = /^[A-Za-z0-9_-]{1,80}$/
const KEY = /^[a-f0-9]{64}$/

export interface SpeechCache {
  /** The key of a line: everything that changes the audio (model, voice, speed and the text that is sent). */
  keyOf(parts: readonly (string | number | undefined)[]): string
  read(clientId: string, key: string): Promise<Buffer | undefined>
  /**
   * Stores a line. Synchronous on purpose: the caller checks that the client still exists right before, and no
   * erasure can run between that check and the write.
   */
  write(clientId: string, key: string, audio: Buffer): void
}

export function createSpeechCache(dataDir: string, warn: (message: string) => void): SpeechCache {
  const root = path.join(path.resolve(dataDir), SPEECH_CACHE_DIR)
  // Both parts are checked against strict patterns, so no `..`, slash or NUL can reach the path.
  const folderOf = (clientId: string) => (SEGMENT.test(clientId) ? path.join(root, clientId) : undefined)
  const fileOf = (clientId: string, key: string) => {
    const folder = folderOf(clientId)
    return folder && KEY.test(key) ? path.join(folder, `${key}.audio`) : undefined
  }

  const prune = (folder: string) => {
    const names = fs.readdirSync(folder).filter((n) => n.endsWith('.audio'))
    if (names.length <= SPEECH_CACHE_MAX_LINES) return
    const byAge = names
      .map((name) => ({ name, at: fs.statSync(path.join(folder, name)).mtimeMs }))
      .sort((a, b) => a.at - b.at)
    for (const { name } of byAge.slice(0, names.length - SPEECH_CACHE_MAX_LINES))
      fs.rmSync(path.join(folder, name), { force: true })
  }

  return {
    keyOf(parts) {
      return crypto
        .createHash('sha256')
        .update(parts.map((p) => String(p ?? '')).join('\u0000'))
        .digest('hex')
    },
    async read(clientId, key) {
      const file = fileOf(clientId, key)
      if (!file) return undefined
      try {
        return await fs.promises.readFile(file)
      } catch {
        return undefined
      }
    },
    write(clientId, key, audio) {
      const file = fileOf(clientId, key)
      if (!file) return
      const folder = path.dirname(file)
      const tmp = `${file}.${crypto.randomBytes(6).toString('hex')}.tmp`
      try {
        fs.mkdirSync(folder, { recursive: true, mode: 0o700 })
        // mkdir's mode is filtered by the umask and skips existing folders; say it once more.
        fs.chmodSync(root, 0o700)
        fs.chmodSync(folder, 0o700)
        fs.writeFileSync(tmp, audio, { mode: 0o600, flag: 'wx' })
        fs.renameSync(tmp, file)
        prune(folder)
      } catch (err) {
        // A line that cannot be kept is fetched again next time; the voice itself carries on.
        fs.rmSync(tmp, { force: true })
        warn(`speech cache: a line could not be kept (${(err as Error).message})`)
      }
    },
  }
}
