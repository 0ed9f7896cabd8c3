import { z } from 'zod'
import { BIOMES, TIMES_OF_DAY, WEATHERS } from './scene-constants'

// The constants live apart from the schemas so the headset bundle can use them without zod.
export * from './scene-constants'

/** A colour as `#rrggbb`, lower case. */
export const HexColourSchema = z.string().regex(/^#[0-9a-f]{6}$/, 'expected a #rrggbb colour')

export const SafetySchema = z.object({
  /** True when the words must wait for the therapist before any image is shown. */
  held: z.boolean(),
  /** Why it is held, in plain words for the therapist ("violence: 'fight'"). */
  reasons: z.array(z.string()),
  /** Trauma-related words that appeared but did not hold (negated, or look-alikes such as "campfire"). */
  mentioned: z.array(z.string()),
})
export type Safety = z.infer<typeof SafetySchema>

export const MoodSchema = z.object({
  /** -1 unpleasant … 1 pleasant */
  valence: z.number().min(-1).max(1),
  /** -1 very calm … 1 very stirred */
  arousal: z.number().min(-1).max(1),
})
export type Mood = z.infer<typeof MoodSchema>

export const SceneSpecSchema = z.object({
  biome: z.enum(BIOMES),
  timeOfDay: z.enum(TIMES_OF_DAY),
  weather: z.enum(WEATHERS),
  palette: z.array(HexColourSchema).min(3).max(6),
  mood: MoodSchema,
  motifs: z.array(z.string().min(1).max(40)).max(12),
  title: z.string().min(1).max(80),
  safety: SafetySchema,
  /** Detected language of the words ('en', 'es', 'fr', 'de', or 'other' for a language Stillroom does not read yet, held). */
  language: z.string().min(2).max(8).default('en'),
})
export type SceneSpec = z.infer<typeof SceneSpecSchema>
