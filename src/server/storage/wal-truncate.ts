import type Database from 'better-sqlite3'

/**
 * Empties the WAL file (`wal_checkpoint(TRUNCATE)`) after an erasure, so old copies of erased words do not stay in
 * it. Another connection that is reading (a backup, a sqlite3 shell) makes the checkpoint busy. Waiting for it on
 * this connection would stall every request (better-sqlite3 is synchronous), so each try answers at once: a few
 * tries with short pauses, then one try a second in the background until it succeeds.
 */
export interface WalTruncator {
  /** True when the WAL was emptied now; false when it is left to the background tries. */
  truncate(): Promise<boolean>
  /** Whether a background try is still owed (tests, the log). */
  owed(): boolean
  stop(): void
}

export interface WalTruncatorOptions {
  warn: (message: string) => void
  /** Tries before handing over to the background. @default 5 */
  tries?: number
  /** The first pause; it doubles after each busy try. @default 20 ms */
  firstPauseMs?: number
  /** Background tries. @default 1000 ms, the checkpoint worker's own pace */
  everyMs?: number
}

export function createWalTruncator(db: Database.Database, options: WalTruncatorOptions): WalTruncator {
  const tries = options.tries ?? 5
  const firstPauseMs = options.firstPauseMs ?? 20
  let timer: NodeJS.Timeout | undefined
  let stopped = false

  const tryOnce = (): boolean => {
    if (!db.open) return true
    const previous = Number(db.pragma('busy_timeout', { simple: true }))
    db.pragma('busy_timeout = 0')
    try {
      const [row] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
      return !row || row.busy === 0
    } catch {
      // SQLITE_BUSY may also come as an error rather than a busy row: the same answer, try again later.
      return false
    } finally {
      db.pragma(`busy_timeout = ${previous}`)
    }
  }

  const later = () => {
    if (timer || stopped) return
    timer = setInterval(() => {
      if (!tryOnce()) return
      clearInterval(timer)
      timer = undefined
      options.warn('storage: the WAL has now been emptied after the erasure')
    }, options.everyMs ?? 1000)
    // Never the reason a process stays alive; closing the database checkpoints and removes the WAL anyway.
    timer.unref()
  }

  return {
    async truncate() {
      for (let attempt = 0; attempt < tries; attempt++) {
        if (tryOnce()) {
          if (timer) clearInterval(timer)
          timer = undefined
          return true
        }
        await new Promise((r) => setTimeout(r, firstPauseMs * 2 ** attempt))
      }
      options.warn(
        'storage: the WAL could not be emptied after an erasure (another program is reading the database); ' +
          'trying again every second',
      )
      later()
      return false
    },
    owed: () => timer !== undefined,
    stop() {
      stopped = true
      if (timer) clearInterval(timer)
      timer = undefined
    },
  }
}
