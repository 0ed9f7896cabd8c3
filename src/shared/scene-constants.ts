import { BIOME_IDS } from './biomes/ids'
import type { SceneSpec } from './spec'

// Plain constants with no zod: the headset's first bundle imports these, and the schemas stay out of it.

/** The places Stillroom can paint (their names only: each is described in src/shared/biomes/table.ts). */
export const BIOMES = BIOME_IDS
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
