import type { Biome, TimeOfDay, Weather } from '../scene-constants'
import type { SceneSpec } from '../spec'
import type { Waterfall } from './waterfall'

/** sRGB triple in [0, 1], the same space the painter mixes in. */
export type Rgb = [number, number, number]
export type Vec3 = [number, number, number]

export const PARTICLE_KINDS = ['rain', 'snow', 'fireflies', 'bubbles', 'pollen'] as const
export type ParticleKind = (typeof PARTICLE_KINDS)[number]

export const VEGETATION_KINDS = [
  'grass',
  'flower',
  'broadleaf',
  'conifer',
  'palm',
  'bush',
  'rock',
  'kelp',
  'coral',
  'cactus',
  'orb',
] as const
export type VegetationKind = (typeof VEGETATION_KINDS)[number]

export const PROP_KINDS = ['boat', 'bird', 'fish', 'lantern'] as const
export type PropKind = (typeof PROP_KINDS)[number]

/** `room`: indoors: a level floor inside walls (src/shared/landscape/room.ts), the sky only through the windows. */
export type TerrainKind =
  'shore' | 'woodland' | 'hills' | 'basin' | 'drifts' | 'dunes' | 'seafloor' | 'soft' | 'valley' | 'room'
/** `river`: a winding channel from far ahead toward the clearing, under a water plane of `radius` about `centre`. */
export type WaterKind = 'none' | 'ocean' | 'lake' | 'pond' | 'surface' | 'river'

/**
 * Everything that can glide: plain numbers and colours, blended frame by frame by `crossfade` when the time,
 * weather or palette changes. Directions are unit vectors in world space (y up, the start view looks to -z).
 */
export type LandscapeLook = {
  sunDirection: Vec3
  sunColour: Rgb
  /** Strength of the direct light, 0 (heavy overcast, night) … ~1. */
  sunIntensity: number
  /** 0 sun, 1 moon (blended while crossing dusk ↔ night). */
  moon: number
  skyZenith: Rgb
  skyHorizon: Rgb
  skyGlow: Rgb
  /** Hemisphere fill from above and from the ground. */
  ambientSky: Rgb
  ambientGround: Rgb
  /** The palette's quiet accent, tinting highlights and warm light a little. */
  lightTint: Rgb
  fogColour: Rgb
  /** exp² fog density per metre: depth, never murk. */
  fogDensity: number
  stars: number
  clouds: number
  /** 0 still … 1 breezy: grass and tree sway, wave height, particle drift. */
  wind: number
  /** 0 none … 1: soft distant flashes behind the horizon; 0 whenever lightning is switched off. */
  lightning: number
  groundNear: Rgb
  groundFar: Rgb
  rock: Rgb
  foliage: Rgb
  foliageDry: Rgb
  trunk: Rgb
  flowers: [Rgb, Rgb, Rgb]
  water: Rgb
  waterDeep: Rgb
  /** Wave height in metres; calm water stays low. */
  waves: number
  particles: Record<ParticleKind, number>
}

export type TerrainParams = {
  kind: TerrainKind
  /** Height of hills beyond the walkable area, metres. */
  amplitude: number
  /** Feature size of the hills, metres. */
  scale: number
  /** Height of the far ring of mountains (0 = none). */
  mountains: number
  /** Noise offset from the seed, so each place has its own hills. */
  offset: [number, number]
  water: { kind: WaterKind; level: number; centre: [number, number]; radius: number }
}

export type VegetationLayer = { kind: VegetationKind; count: number; scale: number }
export type PropLayer = { kind: PropKind; count: number }

/** What the place is made of. Changing it means new geometry, so it swaps behind a soft veil of haze. */
export type LandscapeStructure = {
  biome: Biome
  seed: number
  terrain: TerrainParams
  vegetation: VegetationLayer[]
  props: PropLayer[]
  /** A waterfall where the river comes from, when the place has one (waterfall.ts). */
  waterfall?: Waterfall
}

export type LandscapeParams = {
  /** The spec as read: valid fields kept, broken ones replaced by the default's. */
  spec: SceneSpec
  seed: number
  biome: Biome
  timeOfDay: TimeOfDay
  weather: Weather
  look: LandscapeLook
  structure: LandscapeStructure
  /** Why the spec (or parts of it) fell back to the default; empty for a good spec. The caller logs them. */
  reasons: string[]
}
