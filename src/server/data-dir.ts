import fs from 'node:fs'
import path from 'node:path'
import { createAccessKey } from './security'

/**
 * The LAN access key, made once and kept in the data folder: a headset that bookmarked the printed
 * address keeps working after a restart. Delete the file to revoke every device at once.
 */
export function loadOrCreateAccessKey(dataDir: string): string {
  const file = path.join(dataDir, 'access-key')
  if (fs.existsSync(file)) {
    const key = fs.readFileSync(file, 'utf8').trim()
    // A hand-edited key that is too short to resist guessing is replaced rather than trusted.
    if (/^[A-Za-z0-9_-]{16,}$/.test(key)) return key
  }
  const key = createAccessKey()
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 })
  return key
}
