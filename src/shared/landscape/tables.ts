import type { Biome, TimeOfDay, Weather } from '../scene-constants'
import { perBiome } from '../biomes/table'
import type { BiomeBuild } from '../biomes/types'
import type { ParticleKind } from './types'

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

/** How each place's landscape is built, from the biome table. */
export const BIOME_BUILD: Record<Biome, BiomeBuild> = perBiome((b) => b.landscape)
