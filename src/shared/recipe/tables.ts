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

/** What each place is made of. Colours are starting points; the client's palette tints them. */
export type BiomeLook = {
  /** Horizon choices (each on a third, nudged); the seed picks one. */
  horizons: readonly number[]
  ridgeCount: readonly [number, number]
  /** Where the farthest and nearest ridge lines sit relative to the horizon. */
  ridgeSpan: readonly [number, number]
  ridgeAmp: readonly [number, number]
  /** Hills across the canvas, farthest and nearest ridge (long dunes and drifts want few). */
  ridgeFreq?: readonly [number, number]
  sharp: number
  /** Colour of the nearest land; farther planes fade from it toward the sky. */
  land: Rgb
  groundFar: Rgb
  groundNear: Rgb
  water: Rgb
  trees: number
  treeColour: Rgb
  flowers: number
}

export const BIOME_LOOK: Record<Biome, BiomeLook> = {
  beach: {
    horizons: [0.4, 0.36],
    ridgeCount: [3, 3],
    ridgeSpan: [0.0, 0.03],
    ridgeAmp: [0.02, 0.05],
    sharp: 0.2,
    land: c('#7f9a8a'),
    groundFar: c('#e8d3ae'),
    groundNear: c('#d6b07e'),
    water: c('#5fa0ad'),
    trees: 0,
    treeColour: c('#5d7a66'),
    flowers: 0,
  },
  forest: {
    horizons: [0.34, 0.3],
    ridgeCount: [3, 4],
    ridgeSpan: [0.02, 0.06],
    ridgeAmp: [0.02, 0.04],
    sharp: 0.3,
    land: c('#46694a'),
    groundFar: c('#9fb58a'),
    groundNear: c('#5a7b48'),
    water: c('#6d9aa0'),
    trees: 0.75,
    treeColour: c('#4d6a52'),
    flowers: 0.1,
  },
  meadow: {
    horizons: [0.38, 0.34],
    ridgeCount: [3, 4],
    ridgeSpan: [0.02, 0.1],
    ridgeAmp: [0.03, 0.07],
    sharp: 0.1,
    land: c('#6f9a4e'),
    groundFar: c('#b5c98a'),
    groundNear: c('#76a04e'),
    water: c('#6fa3b2'),
    trees: 0.15,
    treeColour: c('#55734c'),
    flowers: 0.55,
  },
  'mountain-lake': {
    horizons: [0.36, 0.4],
    ridgeCount: [3, 4],
    ridgeSpan: [0.08, 0.03],
    ridgeAmp: [0.26, 0.1],
    sharp: 0.85,
    land: c('#4e6c68'),
    groundFar: c('#9bb09a'),
    groundNear: c('#5a7c52'),
    water: c('#5e8fa6'),
    trees: 0.35,
    treeColour: c('#46645a'),
    flowers: 0,
  },
  snow: {
    horizons: [0.4, 0.36],
    ridgeCount: [3, 4],
    ridgeSpan: [0.06, -0.14],
    ridgeAmp: [0.14, 0.08],
    ridgeFreq: [1.8, 1.1],
    sharp: 0.55,
    land: c('#c9d6e4'),
    groundFar: c('#eef1f4'),
    groundNear: c('#e6ebf0'),
    water: c('#9db8cc'),
    trees: 0.25,
    treeColour: c('#4f6a6c'),
    flowers: 0,
  },
  garden: {
    horizons: [0.6, 0.56],
    ridgeCount: [3, 3],
    ridgeSpan: [0.06, 0.02],
    ridgeAmp: [0.06, 0.05],
    sharp: 0.05,
    land: c('#6f9460'),
    groundFar: c('#a7bf88'),
    groundNear: c('#6c9650'),
    water: c('#7fb0b8'),
    trees: 0.5,
    treeColour: c('#5a7f55'),
    flowers: 0.85,
  },
  desert: {
    horizons: [0.38, 0.34],
    ridgeCount: [4, 5],
    ridgeSpan: [0.03, -0.22],
    ridgeAmp: [0.05, 0.2],
    ridgeFreq: [2.8, 1.5],
    sharp: 0.2,
    land: c('#cd8f5c'),
    groundFar: c('#ebc99a'),
    groundNear: c('#d49a66'),
    water: c('#8fb4b0'),
    trees: 0,
    treeColour: c('#7d8a5a'),
    flowers: 0,
  },
  underwater: {
    horizons: [0.3, 0.26],
    ridgeCount: [3, 4],
    ridgeSpan: [0.06, 0.0],
    ridgeAmp: [0.04, 0.06],
    sharp: 0.3,
    land: c('#5c8f8a'),
    groundFar: c('#b5c6a8'),
    groundNear: c('#c9c29a'),
    water: c('#3f8c9c'),
    trees: 0.5,
    treeColour: c('#4f8a6e'),
    flowers: 0.2,
  },
  'night-sky': {
    horizons: [0.3, 0.27],
    ridgeCount: [3, 4],
    ridgeSpan: [0.07, 0.0],
    ridgeAmp: [0.1, 0.06],
    ridgeFreq: [2.4, 1.2],
    sharp: 0.45,
    land: c('#3a4868'),
    groundFar: c('#4b5a7c'),
    groundNear: c('#3d4a6a'),
    water: c('#4a5c88'),
    trees: 0.2,
    treeColour: c('#323f5e'),
    flowers: 0,
  },
  abstract: {
    horizons: [0.38, 0.62],
    ridgeCount: [3, 3],
    ridgeSpan: [0.1, -0.2],
    ridgeAmp: [0.1, 0.1],
    sharp: 0,
    land: c('#b59a9a'),
    groundFar: c('#d8c6b4'),
    groundNear: c('#c4a99c'),
    water: c('#9fb8c4'),
    trees: 0,
    treeColour: c('#8a8a8a'),
    flowers: 0,
  },
}

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
