import { parseVolumes, type VolumeSettings } from '../../shared/soundscape'

/**
 * Where the listener's volumes are kept. On the device (localStorage) in solo use; a session hands in a source
 * that keeps them with the client's record instead, without changing anything else.
 */
export interface VolumeSource {
  load(): { settings: VolumeSettings; problems: string[] }
  save(settings: VolumeSettings): void
}

export const VOLUME_KEY = 'stillroom.sound'

export function createDeviceVolumeSource(storage: Storage | undefined, key = VOLUME_KEY): VolumeSource {
  return {
    load() {
      let raw: string | null = null
      try {
        raw = storage?.getItem(key) ?? null
      } catch {
        raw = null
      }
      if (raw === null) return parseVolumes(undefined)
      try {
        return parseVolumes(JSON.parse(raw))
      } catch {
        return {
          ...parseVolumes(undefined),
          problems: ['stored sound settings were not JSON: defaults used'],
        }
      }
    },
    save(settings) {
      try {
        storage?.setItem(key, JSON.stringify(settings))
      } catch {
        // Private mode or a full disk: the volumes last for this visit only.
      }
    },
  }
}
