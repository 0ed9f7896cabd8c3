export * from './types'
export { landscapeParams, readSpec, structureKey, LIGHTNING, type LandscapeOptions } from './params'
export {
  crossfade,
  cloneLook,
  easeInOut,
  flashRate,
  lightningGlow,
  CROSSFADE_SECONDS,
  LIGHTNING_WINDOW_S,
} from './crossfade'
export {
  terrainHeight,
  isUnderWater,
  terrainFor,
  landscapeSeed,
  fbm,
  valueNoise,
  WALK_RADIUS,
  TERRAIN_RADIUS,
} from './terrain'
export { scatterVegetation, scatterProps, INSTANCE_STRIDE } from './scatter'
export { waterfallFor, inWaterfallView, type Waterfall, type WaterfallParams } from './waterfall'
export * from './walk-area'
export { SUN_PATH, WEATHER_LOOK, BIOME_BUILD } from './tables'
export { panoramaProfiles, PANORAMA_PROFILE_WIDTH, PANORAMA_PROFILE_ROWS } from './panorama-profiles'
