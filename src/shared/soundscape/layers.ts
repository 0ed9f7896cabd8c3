import { z } from 'zod'
import type { BaseKey } from '../i18n/catalog'
import type { HeadsetKey } from '../i18n/headset-en'

/** Every sound layer Stillroom can synthesise. Stored data naming anything else is skipped with a reason. */
export const LAYER_IDS = [
  'waves',
  'wind',
  'rain',
  'rain-roof',
  'stream',
  'birds',
  'crickets',
  'leaves',
  'underwater',
  'hearth',
  'pad',
] as const
export const LayerIdSchema = z.enum(LAYER_IDS)
export type LayerId = z.infer<typeof LayerIdSchema>

/**
 * `point` layers are mono and placed in the world (HRTF at playback); `bed` layers are stereo and surround the
 * listener (rain, wind, a pad have no single direction, so panning them would sound wrong).
 */
export type LayerKind = 'point' | 'bed'

export type LayerInfo = {
  kind: LayerKind
  /** Shown next to the volume slider: a catalogue key (src/shared/i18n/headset/exercises-*.ts). */
  label: BaseKey<HeadsetKey>
  /** Length of the rendered loop, seconds: long enough that the repeat is not noticed. */
  loopSeconds: number
}

export const LAYER_INFO: Record<LayerId, LayerInfo> = {
  waves: { kind: 'point', label: 'sound.layer.waves', loopSeconds: 48 },
  wind: { kind: 'bed', label: 'sound.layer.wind', loopSeconds: 30 },
  rain: { kind: 'bed', label: 'sound.layer.rain', loopSeconds: 20 },
  'rain-roof': { kind: 'bed', label: 'sound.layer.rain-roof', loopSeconds: 20 },
  stream: { kind: 'point', label: 'sound.layer.stream', loopSeconds: 24 },
  birds: { kind: 'point', label: 'sound.layer.birds', loopSeconds: 40 },
  crickets: { kind: 'bed', label: 'sound.layer.crickets', loopSeconds: 16 },
  leaves: { kind: 'point', label: 'sound.layer.leaves', loopSeconds: 24 },
  underwater: { kind: 'bed', label: 'sound.layer.underwater', loopSeconds: 30 },
  hearth: { kind: 'point', label: 'sound.layer.hearth', loopSeconds: 28 },
  pad: { kind: 'bed', label: 'sound.layer.pad', loopSeconds: 32 },
}

export function isLayerId(id: unknown): id is LayerId {
  return LayerIdSchema.safeParse(id).success
}
