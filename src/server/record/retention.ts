import type { Clock } from '../../shared/clock'
import type { AuditRecord } from '../storage/audit-store'
import type { SoloStore } from '../storage/solo-store'
import type { RecordService } from './record-service'
import type { RecordStore } from '../storage/record-store'

/**
 * `STILLROOM_RETENTION_MONTHS`: records whose last session ended more than N months ago are erased, on start and
 * once a day. Unset or 0 keeps records forever (the default: erasing is the clinic's decision, never a surprise).
 */

export const RETENTION_USAGE =
  'Env STILLROOM_RETENTION_MONTHS: erase client records whose last session ended more than N months ago,\n' +
  '  and solo artworks made more than N months ago (checked on start and daily; unset or 0 keeps them forever).'

/** The setting as a whole number of months (0 = keep forever); throws a plain message for anything else. */
export function parseRetentionMonths(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0
  const text = value.trim()
  if (!/^\d+$/.test(text) || Number(text) > 1200)
    throw new Error(
      `STILLROOM_RETENTION_MONTHS must be a whole number of months (0 or unset keeps records forever), not "${value}".`,
    )
  return Number(text)
}

/** The moment N calendar months before `now` (day clamped, so 31 March − 1 month is 28/29 February). */
export function retentionCutoff(now: number, months: number): number {
  const d = new Date(now)
  const day = d.getDate()
  d.setDate(1)
  d.setMonth(d.getMonth() - months)
  const last = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate()
  d.setDate(Math.min(day, last))
  return d.getTime()
}

export const RETENTION_EVERY_MS = 24 * 60 * 60 * 1000

/**
 * Runs one pass: erases every client past the cutoff, and every solo artwork made before it (a device's or, from
 * before devices, nobody's). Returns how many clients were erased.
 */
export async function runRetention(deps: {
  months: number
  record: RecordStore
  service: RecordService
  now: Clock
  solo?: Pick<SoloStore, 'eraseBefore'> | undefined
  audit?: { record(entry: AuditRecord): void } | undefined
}): Promise<number> {
  if (deps.months <= 0) return 0
  const cutoff = retentionCutoff(deps.now(), deps.months)
  const ids = await deps.record.retentionCandidates(cutoff)
  let erased = 0
  for (const id of ids) if (await deps.service.eraseClient(id, 'system', 'retention-erase')) erased++
  const artworks = deps.solo?.eraseBefore(new Date(cutoff).toISOString()) ?? 0
  if (artworks > 0) {
    deps.audit?.record({ actor: 'system', action: 'retention-erase', detail: `${artworks} solo artworks` })
    // The deleted words leave the WAL too, as a client's erasure does.
    await deps.record.scrub()
  }
  return erased
}

/** Starts the daily pass (the first one at once); `stop` ends it. Never keeps the process alive. */
export function startRetention(deps: Parameters<typeof runRetention>[0] & { warn: (m: string) => void }): {
  stop(): void
  /** The first pass, for tests and the log. */
  first: Promise<number>
} {
  let running: Promise<number> = Promise.resolve(0)
  const pass = () => {
    running = running
      .catch(() => 0)
      .then(() => runRetention(deps))
      .catch((err: unknown) => {
        deps.warn(`record: retention pass failed (${err instanceof Error ? err.message : String(err)})`)
        return 0
      })
    return running
  }
  const first = deps.months > 0 ? pass() : Promise.resolve(0)
  const timer = deps.months > 0 ? setInterval(() => void pass(), RETENTION_EVERY_MS) : undefined
  timer?.unref()
  return {
    first,
    stop: () => {
      if (timer) clearInterval(timer)
    },
  }
}
