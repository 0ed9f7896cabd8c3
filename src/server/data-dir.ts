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

/**
 * The data folder holds clients' words, password hashes, TOTP secrets and the audit key, so it is private to the
 * account that runs Stillroom. A new folder is made 0700. An existing one is left as it is (a clinic may share it on
 * purpose), but when other accounts can read it the answer is a plain warning with the command that fixes it.
 */
export function preparePrivateDataDir(dataDir: string): { created: boolean; warning?: string } {
  const existed = fs.existsSync(dataDir)
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  if (!existed && process.platform !== 'win32') {
    // mkdir's mode is filtered by the umask: say it once more.
    fs.chmodSync(dataDir, 0o700)
    return { created: true }
  }
  const warning = readableFolderWarning(dataDir)
  return { created: !existed, ...(warning ? { warning } : {}) }
}

/**
 * The warning for an existing data folder that other accounts can open, with the `chmod` that fixes it; undefined
 * when it is private or missing. The server says it at start, and every CLI command that opens the folder says it
 * too, since an administrator may never read the server's log.
 */
export function readableFolderWarning(dataDir: string): string | undefined {
  // Folder modes mean nothing to Windows; its folders follow the user profile's access rules.
  if (process.platform === 'win32') return undefined
  let mode: number
  try {
    mode = fs.statSync(dataDir).mode & 0o777
  } catch {
    return undefined
  }
  if ((mode & 0o077) === 0) return undefined
  const quoted = `'${dataDir.replace(/'/g, `'\\''`)}'`
  return (
    `Warning: other accounts on this computer can open the data folder ${dataDir} ` +
    `(mode ${mode.toString(8).padStart(4, '0')}). It holds clients' words, password hashes and keys.\n` +
    `Unless it is shared on purpose, make it private with:\n  chmod -R go-rwx ${quoted}`
  )
}

/**
 * Files made from now on are private (0600, folders 0700) whatever mode a call asks for: the server and the CLI
 * write health information. Worker threads may not change the umask; they inherit the process's.
 */
export function setPrivateUmask(): void {
  try {
    process.umask(0o077)
  } catch {
    // A worker thread (tests): the process's umask stands.
  }
}
