import { z } from 'zod'

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
  /** Shown next to the volume slider. */
  label: string
  /** Length of the rendered loop, seconds: long enough that the repeat is not noticed. */
  loopSeconds: number
}

export const LAYER_INFO: Record<LayerId, LayerInfo> = {
  waves: { kind: 'point', label: 'Waves', loopSeconds: 48 },
  wind: { kind: 'bed', label: 'Wind', loopSeconds: 30 },
  rain: { kind: 'bed', label: 'Rain', loopSeconds: 20 },
  'rain-roof': { kind: 'bed', label: 'Rain on the roof', loopSeconds: 20 },
  stream: { kind: 'point', label: 'Stream', loopSeconds: 24 },
  birds: { kind: 'point', label: 'Birds', loopSeconds: 40 },
  crickets: { kind: 'bed', label: 'Crickets', loopSeconds: 16 },
  leaves: { kind: 'point', label: 'Leaves', loopSeconds: 24 },
  underwater: { kind: 'bed', label: 'Underwater', loopSeconds: 30 },
  hearth: { kind: 'point', label: 'Fire in the hearth', loopSeconds: 28 },
  pad: { kind: 'bed', label: 'Soft tone', loopSeconds: 32 },
}

export function isLayerId(id: unknown): id is LayerId {
  return LayerIdSchema.safeParse(id).success
}
