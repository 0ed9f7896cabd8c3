import fs from 'node:fs'
import path from 'node:path'

/**
 * `<dataDir>/stillroom.pid`: written by a running server so `stillroom restore` can refuse to swap files under it.
 * A file left by a crashed server (its process gone) does not count.
 */
export const LOCK_FILE = 'stillroom.pid'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to someone else — still a running server.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The pid of a live server using this data folder, or undefined. */
export function liveServerPid(dataDir: string): number | undefined {
  let text: string
  try {
    text = fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')
  } catch {
    return undefined
  }
  const pid = Number((/^\s*(\d+)/.exec(text) ?? [])[1])
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined
  return alive(pid) ? pid : undefined
}

/** Marks the folder as in use by this process; the returned function removes the mark (if still ours). */
export function writeServerLock(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE)
  fs.writeFileSync(file, `${process.pid}\n`, { mode: 0o600 })
  return () => {
    try {
      if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file, { force: true })
    } catch {
      // already gone
    }
  }
}
