import { DEFAULT_COMFORT, parseComfort, type ComfortParse, type ComfortSettings } from '../../shared/comfort'

/**
 * Where a client's comfort settings are kept. On the device (local storage) by default; a session can
 * swap in a source backed by the client's record on the server (clinic headsets are shared), without the rest of
 * the app noticing: the store only calls `load` and `save`.
 */
export interface ComfortSource {
  /** The stored settings, repaired (see `parseComfort`); `problems` says what was wrong with what was stored. */
  load(): ComfortParse | Promise<ComfortParse>
  /** Keep the settings. Failures are the source's business: settings then last for this visit only. */
  save(settings: ComfortSettings): void | Promise<void>
}

export const COMFORT_KEY = 'stillroom.comfort'
/** Older versions of the app kept two settings under their own keys; they are read once, then removed. */
export const LEGACY_KEYS = { snapDegrees: 'stillroom.snapDegrees', posture: 'stillroom.posture' } as const

function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}

function write(storage: Storage | undefined, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key)
    else storage?.setItem(key, value)
  } catch {
    // Private mode or a full quota: the settings last for this visit only.
  }
}

/** The device source is synchronous (a `ComfortSource` whose `load` never returns a promise). */
export type DeviceComfortSource = { load(): ComfortParse; save(settings: ComfortSettings): void }

export type DeviceSourceOptions = {
  /** The system's "reduce motion" preference, the default for `reducedMotion` until the client chooses. */
  prefersReducedMotion?: boolean
}

/** Reads `prefers-reduced-motion` where there is a window (never throws). */
export function systemPrefersReducedMotion(): boolean {
  try {
    return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
  } catch {
    return false
  }
}

/**
 * Settings in this device's local storage, as JSON under `stillroom.comfort`. The first load migrates the old
 * `stillroom.snapDegrees` / `stillroom.posture` keys into it (then removes them); unreadable or partly bad JSON
 * keeps every good field. Synchronous, so the first frame already uses the client's settings.
 */
export function createDeviceComfortSource(
  storage: Storage | undefined,
  options: DeviceSourceOptions = {},
): DeviceComfortSource {
  const defaults: ComfortSettings = {
    ...DEFAULT_COMFORT,
    reducedMotion: options.prefersReducedMotion ?? DEFAULT_COMFORT.reducedMotion,
  }
  return {
    load(): ComfortParse {
      const stored = read(storage, COMFORT_KEY)
      const legacySnap = read(storage, LEGACY_KEYS.snapDegrees)
      const legacyPosture = read(storage, LEGACY_KEYS.posture)
      const hadLegacy = legacySnap !== null || legacyPosture !== null
      if (stored !== null) {
        let raw: unknown
        try {
          raw = JSON.parse(stored)
        } catch {
          if (hadLegacy) return migrate()
          return {
            settings: { ...defaults },
            problems: ['stored comfort settings were not readable; using the defaults'],
          }
        }
        if (hadLegacy) {
          write(storage, LEGACY_KEYS.snapDegrees, null)
          write(storage, LEGACY_KEYS.posture, null)
        }
        return parseComfort(raw, defaults)
      }
      if (hadLegacy) return migrate()
      return { settings: { ...defaults }, problems: [] }

      function migrate(): ComfortParse {
        const partial: Record<string, unknown> = {}
        // The old shell wrote '30' or '45' and 'standing' or 'seated'.
        if (legacySnap !== null) partial.snapDegrees = Number(legacySnap)
        if (legacyPosture !== null) partial.posture = legacyPosture
        const result = parseComfort(partial, defaults)
        write(storage, COMFORT_KEY, JSON.stringify(result.settings))
        write(storage, LEGACY_KEYS.snapDegrees, null)
        write(storage, LEGACY_KEYS.posture, null)
        return result
      }
    },
    save(settings: ComfortSettings): void {
      write(storage, COMFORT_KEY, JSON.stringify(settings))
    },
  }
}
