import type { Clock } from '../../shared/clock'
import type { AuditRecord } from './audit-store'

/**
 * Refused sign-ins are written to the append-only log, which nothing may shorten: unbounded, a script guessing
 * passwords would fill the disk with rows nobody can delete. So per account (the actor) and reason, the first
 * refusal in a minute is written at once and the rest of that minute are counted, then written as one row
 * ("wrong password, 37 more refused") when the minute is over, or when the storage closes.
 */

export const LOGIN_FAILED_WINDOW_MS = 60_000

interface Window {
  started: number
  more: number
  entry: AuditRecord
  timer: ReturnType<typeof setTimeout> | undefined
}

export interface LoginFailureBound {
  /** True when the caller should write `entry` now; false when it was counted into the current minute. */
  admit(entry: AuditRecord): boolean
  /** Writes the counts still pending (on close). */
  flush(): void
}

export function createLoginFailureBound(
  write: (entry: AuditRecord) => void,
  now: Clock,
  windowMs = LOGIN_FAILED_WINDOW_MS,
): LoginFailureBound {
  const windows = new Map<string, Window>()
  const close = (key: string) => {
    const w = windows.get(key)
    if (!w) return
    windows.delete(key)
    if (w.timer) clearTimeout(w.timer)
    if (w.more > 0) {
      const reason = w.entry.detail ? `${w.entry.detail}, ` : ''
      write({ ...w.entry, detail: `${reason}${w.more} more refused` })
    }
  }
  return {
    admit(entry) {
      const key = `${entry.actor}\0${entry.detail ?? ''}`
      const open = windows.get(key)
      if (open && now() - open.started < windowMs) {
        open.more++
        // The count is written when the minute ends, even if no further refusal comes to trigger it.
        open.timer ??= setTimeout(
          () => {
            try {
              close(key)
            } catch {
              // The database closed without a flush (a test, a crash): the count goes with it.
            }
          },
          Math.max(0, open.started + windowMs - now()),
        )
        open.timer.unref?.()
        return false
      }
      close(key)
      windows.set(key, { started: now(), more: 0, entry, timer: undefined })
      return true
    },
    flush() {
      for (const key of [...windows.keys()]) close(key)
    },
  }
}
