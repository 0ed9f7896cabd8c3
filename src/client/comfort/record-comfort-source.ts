import { parseComfort, type ComfortParse, type ComfortSettings } from '../../shared/comfort'
import type { ComfortSource } from './comfort-source'
import {
  createDebouncedSave,
  type PrefsLoad,
  type RecordPrefsClient,
  type Timers,
} from './record-prefs-client'

export type RecordComfortSourceOptions = {
  /** What the client has now: kept when the record cannot be read (never a jump). */
  current: () => ComfortSettings
  /** The record as read at join (so the source and the volumes share one GET); read lazily otherwise. */
  loaded?: PrefsLoad
  /** Also keep a copy on the device, so a reload mid-session starts with the same settings (wiped at the end). */
  mirror?: { save(settings: ComfortSettings): void }
  debounceMs?: number
  timers?: Timers
  log?: (message: string) => void
}

export type RecordComfortSource = ComfortSource & {
  /** Sends a pending save now (at the end of a session, before the token stops working). */
  flush(): Promise<void>
  dispose(): void
}

/**
 * Comfort settings kept with the client's record (clinic headsets are shared). `load` takes the record's
 * settings; when the record has none yet (the client's first session) it keeps what the device has and saves that
 * to the record, and when the record cannot be read it keeps the current settings and logs why. Saves are debounced;
 * a failed save keeps the settings for this visit (the store already shows them).
 */
export function createRecordComfortSource(
  client: RecordPrefsClient,
  options: RecordComfortSourceOptions,
): RecordComfortSource {
  const log = options.log ?? ((m: string) => console.warn(`Stillroom comfort: ${m}`))
  const saver = createDebouncedSave<ComfortSettings>(
    (comfort) => client.put({ comfort }),
    options.debounceMs ?? 500,
    options.timers,
  )
  let disposed = false
  return {
    async load(): Promise<ComfortParse> {
      const current = options.current()
      const record = options.loaded ?? (await client.get())
      if (!record.ok) {
        log(`the client's saved settings could not be read (${record.reason}); keeping the current ones`)
        return { settings: current, problems: [] }
      }
      if (!record.prefs.comfort) {
        // First session for this client: what they have now becomes what the record keeps.
        void client.put({ comfort: current })
        return { settings: current, problems: [] }
      }
      const parsed = parseComfort(record.prefs.comfort, current)
      options.mirror?.save(parsed.settings)
      return parsed
    },
    save(settings) {
      if (disposed) return
      options.mirror?.save(settings)
      saver.push(settings)
    },
    flush: () => saver.flush(),
    dispose() {
      disposed = true
      saver.cancel()
    },
  }
}
