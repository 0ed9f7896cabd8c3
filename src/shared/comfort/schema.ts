import { z } from 'zod'
import { BRIGHTNESS, LOCOMOTIONS, POSTURES, SMOOTH_TURN_SPEED, TURNS, type ComfortSettings } from './settings'

/**
 * The strict shape of complete comfort settings, for the server (it keeps them with the client's record).
 * Lenient repair of stored or partial settings is `parseComfort` (zod-free so the headset bundle stays small);
 * everything `parseComfort` returns passes this schema.
 */
export const ComfortSettingsSchema = z.object({
  locomotion: z.enum(LOCOMOTIONS),
  turn: z.enum(TURNS),
  snapDegrees: z.union([z.literal(30), z.literal(45)]),
  smoothTurnSpeed: z.number().min(SMOOTH_TURN_SPEED.min).max(SMOOTH_TURN_SPEED.max),
  posture: z.enum(POSTURES),
  vignette: z.boolean(),
  reducedMotion: z.boolean(),
  brightness: z.number().min(BRIGHTNESS.min).max(BRIGHTNESS.max),
  lightning: z.boolean(),
})

// Keeps the schema and the hand-written type from drifting apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _same: Same<z.infer<typeof ComfortSettingsSchema>, ComfortSettings> = true
void _same
