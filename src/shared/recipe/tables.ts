import { perBiome } from '../biomes/table'
import type { BiomeLook } from '../biomes/types'
import type { Biome, TimeOfDay, Weather } from '../spec'
import type { Rgb } from './colour'
import { hexToRgb } from './colour'

/** Light by time of day. Sky values stay mid-to-light; even night is a luminous blue, never black. */
export type TimeLight = {
  zenith: Rgb
  horizon: Rgb
  /** The band of sky nearest the sun. */
  glow: Rgb
  sun: Rgb
  /** Sun height above the horizon as a fraction of the sky (negative: just set, only its glow). */
  elevation: number
  warm: Rgb
  shadow: Rgb
  kind: 0 | 1
  /** How bright the land is lit, 0.5 … 1. */
  daylight: number
}

const c = hexToRgb
export const TIME_LIGHT: Record<TimeOfDay, TimeLight> = {
  dawn: {
    zenith: c('#8e9cc4'),
    horizon: c('#f1cbbb'),
    glow: c('#f6b89c'),
    sun: c('#ffe2c2'),
    elevation: 0.06,
    warm: c('#f6cdb4'),
    shadow: c('#8d8fb8'),
    kind: 0,
    daylight: 0.8,
  },
  morning: {
    zenith: c('#86b4da'),
    horizon: c('#e4eef0'),
    glow: c('#f8ecd2'),
    sun: c('#fff4dc'),
    elevation: 0.42,
    warm: c('#fbeccf'),
    shadow: c('#8ea6c4'),
    kind: 0,
    daylight: 0.95,
  },
  midday: {
    zenith: c('#78acdb'),
    horizon: c('#dcebf2'),
    glow: c('#f4f4ea'),
    sun: c('#fffaf0'),
    elevation: 0.78,
    warm: c('#fdf6e6'),
    shadow: c('#8aa4c6'),
    kind: 0,
    daylight: 1,
  },
  afternoon: {
    zenith: c('#80acd4'),
    horizon: c('#ebe6d6'),
    glow: c('#f8e6c4'),
    sun: c('#fff0d2'),
    elevation: 0.5,
    warm: c('#fae7c8'),
    shadow: c('#8c9fc0'),
    kind: 0,
    daylight: 0.95,
  },
  'golden-hour': {
    zenith: c('#92a8c8'),
    horizon: c('#f7d4a0'),
    glow: c('#fbbf7c'),
    sun: c('#ffd9a0'),
    elevation: 0.14,
    warm: c('#f9cf98'),
    shadow: c('#8f8cb4'),
    kind: 0,
    daylight: 0.85,
  },
  dusk: {
    zenith: c('#5a6898'),
    horizon: c('#e6aa9c'),
    glow: c('#f09a84'),
    sun: c('#f8b490'),
    elevation: -0.04,
    warm: c('#e8a898'),
    shadow: c('#6a6c9c'),
    kind: 0,
    daylight: 0.62,
  },
  night: {
    zenith: c('#27365f'),
    horizon: c('#62739f'),
    glow: c('#8d9cc4'),
    sun: c('#f2eedc'),
    elevation: 0.55,
    warm: c('#b8c0dc'),
    shadow: c('#3e4a78'),
    kind: 1,
    daylight: 0.5,
  },
}

export type { BiomeLook } from '../biomes/types'

/** What each place is made of, from the biome table. */
export const BIOME_LOOK: Record<Biome, BiomeLook> = perBiome((b) => b.painting)

/** How much of each gentle weather a description gets; "storm" stays far off. */
export const WEATHER_AMOUNTS: Record<
  Weather,
  { clouds: number; fog: number; rain: number; snow: number; wind: number; storm: number }
> = {
  clear: { clouds: 0.18, fog: 0, rain: 0, snow: 0, wind: 0, storm: 0 },
  cloudy: { clouds: 0.7, fog: 0.1, rain: 0, snow: 0, wind: 0.1, storm: 0 },
  fog: { clouds: 0.3, fog: 0.75, rain: 0, snow: 0, wind: 0, storm: 0 },
  rain: { clouds: 0.75, fog: 0.3, rain: 0.6, snow: 0, wind: 0.2, storm: 0 },
  snow: { clouds: 0.55, fog: 0.25, rain: 0, snow: 0.65, wind: 0.05, storm: 0 },
  wind: { clouds: 0.45, fog: 0.05, rain: 0, snow: 0, wind: 0.8, storm: 0 },
  storm: { clouds: 0.6, fog: 0.2, rain: 0.2, snow: 0, wind: 0.4, storm: 0.7 },
}
