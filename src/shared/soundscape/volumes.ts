import { z } from 'zod'
import { isLayerId, type LayerId } from './layers'

/** The listener's own volume choices, remembered on the device (or with the client's record in a session). */
export type VolumeSettings = {
  /** 0…1 */
  master: number
  muted: boolean
  /** 0…1 per layer; a layer not listed plays at 1. */
  layers: Partial<Record<LayerId, number>>
}

export const DEFAULT_VOLUMES: VolumeSettings = { master: 0.8, muted: false, layers: {} }

const Level = z.number().finite().min(0).max(1)

/**
 * Reads stored volume settings. Keeps every valid field, defaults the rest, and skips unknown layer ids with a
 * reason (stored data may come from a newer or older version), so one bad value never loses the others.
 */
export function parseVolumes(input: unknown): { settings: VolumeSettings; problems: string[] } {
  const problems: string[] = []
  const settings: VolumeSettings = { ...DEFAULT_VOLUMES, layers: {} }
  if (input === undefined || input === null) return { settings, problems }
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push('volume settings are not an object: defaults used')
    return { settings, problems }
  }
  const raw = input as Record<string, unknown>
  if (raw.master !== undefined) {
    const m = Level.safeParse(raw.master)
    if (m.success) settings.master = m.data
    else problems.push(`master volume ${JSON.stringify(raw.master)} is not 0…1: kept ${settings.master}`)
  }
  if (raw.muted !== undefined) {
    if (typeof raw.muted === 'boolean') settings.muted = raw.muted
    else problems.push(`muted ${JSON.stringify(raw.muted)} is not true/false: kept false`)
  }
  if (raw.layers !== undefined) {
    if (typeof raw.layers !== 'object' || raw.layers === null || Array.isArray(raw.layers))
      problems.push('layer volumes are not an object: skipped')
    else
      for (const [id, value] of Object.entries(raw.layers as Record<string, unknown>)) {
        if (!isLayerId(id)) {
          problems.push(`unknown sound layer "${id}" skipped`)
          continue
        }
        const v = Level.safeParse(value)
        if (v.success) settings.layers[id] = v.data
        else problems.push(`volume of ${id} ${JSON.stringify(value)} is not 0…1: skipped`)
      }
  }
  return { settings, problems }
}

/** The gain a layer should play at: scene level × the listener's layer volume (master is applied separately). */
export function layerGain(mixGain: number, settings: VolumeSettings, id: LayerId): number {
  return mixGain * (settings.layers[id] ?? 1)
}

/** The master gain: silence when muted. */
export function masterGain(settings: VolumeSettings): number {
  return settings.muted ? 0 : settings.master
}
