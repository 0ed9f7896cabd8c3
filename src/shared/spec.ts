import { z } from 'zod'

/** The places Stillroom can paint. Order matters only for display. */
export const BIOMES = [
  'beach',
  'forest',
  'meadow',
  'mountain-lake',
  'snow',
  'garden',
  'desert',
  'underwater',
  'night-sky',
  'abstract',
] as const
export const TIMES_OF_DAY = [
  'dawn',
  'morning',
  'midday',
  'afternoon',
  'golden-hour',
  'dusk',
  'night',
] as const
export const WEATHERS = ['clear', 'cloudy', 'fog', 'rain', 'snow', 'wind', 'storm'] as const

export type Biome = (typeof BIOMES)[number]
export type TimeOfDay = (typeof TIMES_OF_DAY)[number]
export type Weather = (typeof WEATHERS)[number]

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
  /** Detected language of the words ('en', 'es', 'fr' or 'other'); non-English text falls back gracefully. */
  language: z.string().min(2).max(8).default('en'),
})
export type SceneSpec = z.infer<typeof SceneSpecSchema>

/** The quiet scene used whenever a spec is missing or cannot be read. */
export const DEFAULT_SCENE_SPEC: SceneSpec = {
  biome: 'abstract',
  timeOfDay: 'golden-hour',
  weather: 'clear',
  palette: ['#e8d5b7', '#a8c5c9', '#7d9db5', '#d9a78b'],
  mood: { valence: 0.4, arousal: -0.5 },
  motifs: [],
  title: 'A quiet space',
  safety: { held: false, reasons: [], mentioned: [] },
  language: 'en',
}

/** Limits on the client's words; the server and the form use the same numbers. */
export const TEXT_MAX_CHARS = 2000
