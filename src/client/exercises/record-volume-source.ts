import type { VolumeSettings } from '../../shared/soundscape/volumes'
import { parsePrefsVolumes, type PrefsVolumes } from '../../shared/prefs'
import {
  createDebouncedSave,
  type PrefsLoad,
  type RecordPrefsClient,
  type Timers,
} from '../comfort/record-prefs-client'
import type { VolumeSource } from './volume-source'

// Only types come from ./volume-source and the soundscape: this module rides in the session chunk, which must not
// pull the sound code (or zod) along with it.

/** Where the device keeps volumes (VOLUME_KEY in ./volume-source.ts; equal, see test/unit/prefs-sources.test.ts). */
export const DEVICE_VOLUME_KEY = 'stillroom.sound'

export type RecordVolumeSource = VolumeSource & { flush(): Promise<void>; dispose(): void }

const toSettings = (v: PrefsVolumes): VolumeSettings => ({
  master: v.master,
  muted: v.muted,
  // The runtime merges layers and skips names it does not play, so a layer from a newer version is harmless.
  layers: { ...v.layers } as VolumeSettings['layers'],
})

export function toPrefsVolumes(v: VolumeSettings): PrefsVolumes {
  const layers: Record<string, number> = {}
  for (const [id, value] of Object.entries(v.layers)) if (typeof value === 'number') layers[id] = value
  return { master: v.master, muted: v.muted, layers }
}

/** The volumes this device has now (what the sound runtime last saved), read without loading the sound code. */
export function readDeviceVolumes(storage: Storage | undefined): PrefsVolumes {
  const fallback: PrefsVolumes = { master: 0.8, muted: false, layers: {} }
  try {
    const raw = storage?.getItem(DEVICE_VOLUME_KEY)
    return (raw ? parsePrefsVolumes(JSON.parse(raw)) : undefined) ?? fallback
  } catch {
    return fallback
  }
}

/**
 * Volumes kept with the client's record. `load` is synchronous (the sound runtime reads it once when it starts): the
 * record's volumes as read at join, else `fallback` (what the device had). Saves are debounced and mirrored on the
 * device; a failed save keeps the volumes for this visit.
 */
export function createRecordVolumeSource(
  client: RecordPrefsClient,
  options: {
    loaded: PrefsLoad
    fallback: PrefsVolumes
    mirror?: Storage | undefined
    debounceMs?: number
    timers?: Timers
  },
): RecordVolumeSource {
  const saver = createDebouncedSave<PrefsVolumes>(
    (volumes) => client.put({ volumes }),
    options.debounceMs ?? 500,
    options.timers,
  )
  let disposed = false
  return {
    load() {
      const v = options.loaded.ok ? options.loaded.prefs.volumes : undefined
      return { settings: toSettings(v ?? options.fallback), problems: [] }
    },
    save(settings) {
      if (disposed) return
      try {
        options.mirror?.setItem(DEVICE_VOLUME_KEY, JSON.stringify(settings))
      } catch {
        // A full or private storage: the record still has them.
      }
      saver.push(toPrefsVolumes(settings))
    },
    flush: () => saver.flush(),
    dispose() {
      disposed = true
      saver.cancel()
    },
  }
}
