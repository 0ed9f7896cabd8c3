import type { Biome, TimeOfDay, Weather } from '../scene-constants'
import type { ParticleKind, PropKind, TerrainParams, VegetationLayer } from './types'

/**
 * Where the sun (or moon) stands. Azimuth in degrees from the start view (-z) toward +x: morning light comes
 * from the left, evening light from the right, always somewhere ahead so the painted sky meets the eye.
 */
export const SUN_PATH: Record<TimeOfDay, { elevation: number; azimuth: number; intensity: number }> = {
  dawn: { elevation: 4, azimuth: -38, intensity: 0.55 },
  morning: { elevation: 28, azimuth: -30, intensity: 0.85 },
  midday: { elevation: 62, azimuth: 12, intensity: 0.95 },
  afternoon: { elevation: 38, azimuth: 26, intensity: 0.9 },
  'golden-hour': { elevation: 11, azimuth: 32, intensity: 0.75 },
  dusk: { elevation: 2, azimuth: 38, intensity: 0.35 },
  // The moon: high enough to light the place softly, low enough to be seen without looking up.
  night: { elevation: 34, azimuth: 24, intensity: 0.32 },
}

/** Gentle weather, in the numbers the shaders read. A storm stays far away: it only dims the light a little. */
export const WEATHER_LOOK: Record<
  Weather,
  {
    fog: number
    wind: number
    waves: number
    sunDim: number
    particles: Partial<Record<ParticleKind, number>>
    lightning: number
  }
> = {
  clear: { fog: 0.011, wind: 0.18, waves: 0.1, sunDim: 0, particles: {}, lightning: 0 },
  cloudy: { fog: 0.014, wind: 0.3, waves: 0.14, sunDim: 0.45, particles: {}, lightning: 0 },
  fog: { fog: 0.034, wind: 0.08, waves: 0.06, sunDim: 0.55, particles: {}, lightning: 0 },
  rain: { fog: 0.02, wind: 0.35, waves: 0.16, sunDim: 0.6, particles: { rain: 0.75 }, lightning: 0 },
  snow: { fog: 0.022, wind: 0.15, waves: 0.08, sunDim: 0.5, particles: { snow: 0.8 }, lightning: 0 },
  wind: { fog: 0.012, wind: 0.75, waves: 0.22, sunDim: 0.15, particles: { pollen: 0.25 }, lightning: 0 },
  storm: { fog: 0.016, wind: 0.5, waves: 0.2, sunDim: 0.5, particles: { rain: 0.35 }, lightning: 1 },
}

type BiomeBuild = {
  terrain: Omit<TerrainParams, 'offset'>
  vegetation: VegetationLayer[]
  /** Props every place of this kind has, before motifs add theirs. */
  props: Array<{ kind: PropKind; count: number }>
  /** Particles the place has in any weather (pollen in a meadow, bubbles under the sea). */
  particles: Partial<Record<ParticleKind, number>>
  /** Fog multiplier: underwater is closer, the night sky more open. */
  fogScale: number
}

const none: TerrainParams['water'] = { kind: 'none', level: -10, centre: [0, 0], radius: 0 }

export const BIOME_BUILD: Record<Biome, BiomeBuild> = {
  beach: {
    terrain: {
      kind: 'shore',
      amplitude: 3,
      scale: 30,
      mountains: 0,
      water: { kind: 'ocean', level: -0.55, centre: [0, -140], radius: 400 },
    },
    vegetation: [
      { kind: 'palm', count: 7, scale: 1 },
      { kind: 'grass', count: 260, scale: 0.7 },
      { kind: 'rock', count: 18, scale: 0.8 },
    ],
    props: [],
    particles: {},
    fogScale: 0.8,
  },
  forest: {
    terrain: { kind: 'woodland', amplitude: 5, scale: 36, mountains: 0, water: { ...none, centre: [0, 0] } },
    vegetation: [
      { kind: 'conifer', count: 170, scale: 1 },
      { kind: 'broadleaf', count: 80, scale: 1 },
      { kind: 'grass', count: 1400, scale: 0.9 },
      { kind: 'bush', count: 60, scale: 0.9 },
      { kind: 'rock', count: 22, scale: 1 },
    ],
    props: [],
    particles: { pollen: 0.15 },
    fogScale: 1.25,
  },
  meadow: {
    terrain: { kind: 'hills', amplitude: 8, scale: 46, mountains: 0, water: { ...none, centre: [0, 0] } },
    vegetation: [
      { kind: 'grass', count: 2600, scale: 1 },
      { kind: 'flower', count: 900, scale: 1 },
      { kind: 'broadleaf', count: 14, scale: 1.2 },
      { kind: 'rock', count: 8, scale: 0.8 },
    ],
    props: [],
    particles: { pollen: 0.35 },
    fogScale: 0.85,
  },
  'mountain-lake': {
    terrain: {
      kind: 'basin',
      amplitude: 6,
      scale: 34,
      mountains: 48,
      water: { kind: 'lake', level: -0.7, centre: [0, -58], radius: 44 },
    },
    vegetation: [
      { kind: 'conifer', count: 150, scale: 1.1 },
      { kind: 'grass', count: 1100, scale: 0.8 },
      { kind: 'rock', count: 40, scale: 1.2 },
    ],
    props: [],
    particles: {},
    fogScale: 0.7,
  },
  snow: {
    terrain: { kind: 'drifts', amplitude: 5, scale: 40, mountains: 38, water: { ...none, centre: [0, 0] } },
    vegetation: [
      { kind: 'conifer', count: 110, scale: 1 },
      { kind: 'rock', count: 16, scale: 1 },
    ],
    props: [],
    particles: {},
    fogScale: 0.9,
  },
  garden: {
    terrain: {
      kind: 'hills',
      amplitude: 3,
      scale: 30,
      mountains: 0,
      water: { kind: 'pond', level: -0.35, centre: [9, -11], radius: 4.6 },
    },
    vegetation: [
      { kind: 'grass', count: 1600, scale: 0.75 },
      { kind: 'flower', count: 1500, scale: 1 },
      { kind: 'bush', count: 70, scale: 1 },
      { kind: 'broadleaf', count: 18, scale: 0.9 },
    ],
    props: [{ kind: 'lantern', count: 8 }],
    particles: { pollen: 0.3 },
    fogScale: 0.95,
  },
  desert: {
    terrain: { kind: 'dunes', amplitude: 9, scale: 52, mountains: 0, water: { ...none, centre: [0, 0] } },
    vegetation: [
      { kind: 'grass', count: 140, scale: 0.7 },
      { kind: 'rock', count: 26, scale: 1 },
      { kind: 'cactus', count: 10, scale: 1 },
    ],
    props: [],
    particles: {},
    fogScale: 0.6,
  },
  underwater: {
    terrain: {
      kind: 'seafloor',
      amplitude: 4,
      scale: 26,
      mountains: 0,
      water: { kind: 'surface', level: 9, centre: [0, 0], radius: 400 },
    },
    vegetation: [
      { kind: 'kelp', count: 140, scale: 1 },
      { kind: 'coral', count: 130, scale: 1 },
      { kind: 'rock', count: 36, scale: 1 },
    ],
    props: [{ kind: 'fish', count: 24 }],
    particles: { bubbles: 0.6 },
    fogScale: 3.4,
  },
  'night-sky': {
    terrain: { kind: 'hills', amplitude: 7, scale: 50, mountains: 14, water: { ...none, centre: [0, 0] } },
    vegetation: [
      { kind: 'grass', count: 1500, scale: 0.9 },
      { kind: 'conifer', count: 40, scale: 1 },
      { kind: 'rock', count: 10, scale: 1 },
    ],
    props: [],
    particles: { fireflies: 0.5 },
    fogScale: 0.6,
  },
  abstract: {
    terrain: { kind: 'soft', amplitude: 4, scale: 44, mountains: 0, water: { ...none, centre: [0, 0] } },
    vegetation: [{ kind: 'orb', count: 46, scale: 1 }],
    props: [],
    particles: { pollen: 0.45 },
    fogScale: 1,
  },
}
