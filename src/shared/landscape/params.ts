import { createRecipe } from '../recipe/create-recipe'
import { hexToRgb, luma, mix, shade, type Rgb as RecipeRgb } from '../recipe/colour'
import { BIOME_LOOK } from '../recipe/tables'
import { DEFAULT_SCENE_SPEC } from '../scene-constants'
import { SceneSpecSchema, type SceneSpec } from '../spec'
import { BIOME_BUILD, SUN_PATH, WEATHER_LOOK } from './tables'
import { landscapeSeed, terrainFor } from './terrain'
import { waterfallFor } from './waterfall'
import {
  PARTICLE_KINDS,
  type LandscapeLook,
  type LandscapeParams,
  type LandscapeStructure,
  type ParticleKind,
  type PropLayer,
  type Rgb,
  type Vec3,
  type VegetationLayer,
} from './types'

export type LandscapeOptions = {
  /** Soft distant lightning in a storm. Some clients find any flash unsettling, so it can be switched off. @default true */
  lightning?: boolean
  /** Seed for the hills and plants. @default a seed from the biome, so the same place stays the same place */
  seed?: number
}

/** How far off a storm's lightning sits, and how bright its glow may get on the horizon (0…1). */
export const LIGHTNING = { distanceM: 4000, maxGlow: 0.22 } as const

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v))
const rgb = (c: readonly number[]): Rgb => [c[0] ?? 0, c[1] ?? 0, c[2] ?? 0]

/**
 * Read a spec that may be old, partial or broken. Every field that is valid is kept; every other field takes the
 * quiet default, and the reason is returned so the caller can log it. Never throws.
 */
export function readSpec(spec: unknown): { spec: SceneSpec; reasons: string[] } {
  const whole = SceneSpecSchema.safeParse(spec)
  if (whole.success) return { spec: whole.data, reasons: [] }
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    return {
      spec: DEFAULT_SCENE_SPEC,
      reasons: [
        `spec is ${spec === null ? 'null' : Array.isArray(spec) ? 'an array' : typeof spec}, not an object`,
      ],
    }
  }
  const input = spec as Record<string, unknown>
  const out: Record<string, unknown> = {}
  const reasons: string[] = []
  const shape = SceneSpecSchema.shape
  for (const key of Object.keys(shape) as Array<keyof typeof shape>) {
    const field = shape[key].safeParse(input[key])
    if (field.success && field.data !== undefined) out[key] = field.data
    else {
      out[key] = DEFAULT_SCENE_SPEC[key]
      const why = input[key] === undefined ? 'missing' : (field.error?.issues[0]?.message ?? 'invalid')
      reasons.push(`${key}: ${why}; using the default`)
    }
  }
  const salvaged = SceneSpecSchema.safeParse(out)
  if (!salvaged.success) return { spec: DEFAULT_SCENE_SPEC, reasons: [...reasons, 'spec unreadable'] }
  return { spec: salvaged.data, reasons }
}

/** Lean a base colour toward the nearest palette colour while keeping its value (a forest stays deep). */
function tint(base: RecipeRgb, palette: readonly RecipeRgb[], k: number): Rgb {
  let best = base
  let bestD = Infinity
  for (const p of palette) {
    const d = (p[0] - base[0]) ** 2 + (p[1] - base[1]) ** 2 + (p[2] - base[2]) ** 2
    if (d < bestD) [best, bestD] = [p, d]
  }
  const t = mix(base, best, k)
  return rgb(shade(t, luma(base) / Math.max(0.02, luma(t))).map((v) => clamp(v, 0.02, 0.98)))
}

function direction(elevationDeg: number, azimuthDeg: number): Vec3 {
  const e = (elevationDeg * Math.PI) / 180
  const a = (azimuthDeg * Math.PI) / 180
  return [Math.cos(e) * Math.sin(a), Math.sin(e), -Math.cos(e) * Math.cos(a)]
}

const landColours = (c: { groundNear: Rgb; groundFar: Rgb; foliage: Rgb }) => ({
  groundNear: c.groundNear,
  groundFar: c.groundFar,
  treeColour: c.foliage,
})

const hasMotif = (spec: SceneSpec, ...words: string[]): boolean =>
  spec.motifs.some((m) => words.some((w) => m.includes(w)))

function buildLook(spec: SceneSpec, seed: number, lightning: boolean): LandscapeLook {
  const recipe = createRecipe(spec, seed)
  const palette = spec.palette.map(hexToRgb)
  const build = BIOME_BUILD[spec.biome]
  const base = { ...BIOME_LOOK[spec.biome], ...(build.colours && landColours(build.colours)) }
  const weather = WEATHER_LOOK[spec.weather]
  const night = spec.timeOfDay === 'night' || spec.biome === 'night-sky'
  const path = night ? SUN_PATH.night : SUN_PATH[spec.timeOfDay]
  const underwater = spec.biome === 'underwater'
  const sky = recipe.sky
  const zenith = rgb(sky.zenith)
  const horizon = rgb(sky.horizon)
  const groundNear = tint(base.groundNear, palette, 0.18)
  const waterCol = tint(base.water, palette, 0.15)
  const sunIntensity = clamp(path.intensity * (1 - weather.sunDim * 0.75) * (underwater ? 0.7 : 1), 0.08, 1)
  const particles = Object.fromEntries(PARTICLE_KINDS.map((k) => [k, 0])) as Record<ParticleKind, number>
  for (const [k, v] of [...Object.entries(build.particles), ...Object.entries(weather.particles)]) {
    particles[k as ParticleKind] = Math.max(particles[k as ParticleKind], v ?? 0)
  }
  if (underwater) {
    // No rain falls under the sea; stirred weather only brings a few more bubbles.
    particles.bubbles = Math.max(particles.bubbles, particles.rain, particles.snow * 0.8)
    particles.rain = particles.snow = particles.pollen = 0
  }
  if (night) particles.pollen = 0
  const fireflyPlace = build.fireflies === true
  if ((night || spec.timeOfDay === 'dusk') && fireflyPlace && particles.rain < 0.3) {
    particles.fireflies = Math.max(particles.fireflies, 0.45)
  }
  if (hasMotif(spec, 'firefl')) particles.fireflies = Math.max(particles.fireflies, underwater ? 0 : 0.6)
  if (hasMotif(spec, 'bubble')) particles.bubbles = Math.max(particles.bubbles, underwater ? 0.8 : 0)
  if (hasMotif(spec, 'snowflake') && !underwater) particles.snow = Math.max(particles.snow, 0.5)
  if (hasMotif(spec, 'butterfl', 'flower') && !night && !underwater) {
    particles.pollen = Math.max(particles.pollen, 0.3)
  }
  if (build.terrain.kind === 'room') {
    // Indoors nothing drifts in the air; the weather's rain shows only as drops on the window glass.
    for (const k of PARTICLE_KINDS) if (k !== 'rain') particles[k] = 0
  }

  const ambientK = night ? 0.75 : 1
  const waterScale =
    build.terrain.water.kind === 'ocean' ? 1.2 : build.terrain.water.kind === 'pond' ? 0.25 : 0.5
  return {
    sunDirection: direction(path.elevation, path.azimuth),
    sunColour: rgb(recipe.sun.colour),
    sunIntensity,
    moon: night ? 1 : 0,
    skyZenith: zenith,
    skyHorizon: horizon,
    skyGlow: rgb(sky.glow),
    ambientSky: rgb(shade(mix(zenith, horizon, 0.55), ambientK)),
    ambientGround: rgb(shade(mix(groundNear, rgb(recipe.light.shadow), 0.5), 0.7 * ambientK)),
    lightTint: rgb(mix(rgb(recipe.light.warm), rgb(recipe.accent), 0.15)),
    fogColour: underwater ? rgb(mix(waterCol, horizon, 0.35)) : rgb(mix(horizon, zenith, 0.12)),
    fogDensity: clamp(weather.fog * build.fogScale, 0.004, 0.08),
    stars: recipe.stars,
    clouds: recipe.weather.clouds,
    wind: underwater ? Math.max(0.3, weather.wind * 0.6) : weather.wind,
    lightning: lightning && weather.lightning > 0 && !underwater ? weather.lightning * LIGHTNING.maxGlow : 0,
    groundNear,
    groundFar: tint(base.groundFar, palette, 0.15),
    rock: tint(spec.biome === 'snow' ? [0.66, 0.68, 0.72] : [0.56, 0.54, 0.5], palette, 0.1),
    // Beach grass is sun-bleached: half way to the sand.
    foliage:
      spec.biome === 'beach'
        ? rgb(mix(tint(base.treeColour, palette, 0.15), tint(base.groundFar, palette, 0.1), 0.4))
        : tint(base.treeColour, palette, 0.15),
    foliageDry: rgb(mix(tint(base.treeColour, palette, 0.15), tint(base.groundFar, palette, 0.1), 0.45)),
    trunk: rgb(recipe.trees.trunk),
    flowers: [rgb(recipe.flowers.colours[0]), rgb(recipe.flowers.colours[1]), rgb(recipe.flowers.colours[2])],
    water: waterCol,
    waterDeep: rgb(mix(shade(waterCol, 0.55), zenith, 0.2)),
    waves: weather.waves * waterScale,
    particles,
  }
}

function buildStructure(spec: SceneSpec, seed: number): LandscapeStructure {
  const build = BIOME_BUILD[spec.biome]
  const night = spec.timeOfDay === 'night' || spec.biome === 'night-sky'
  const boost = (kinds: string[], k: number) => (l: VegetationLayer) =>
    kinds.includes(l.kind) ? { ...l, count: Math.round(l.count * k) } : l
  let vegetation = build.vegetation.map((l) => ({ ...l }))
  if (hasMotif(spec, 'tree')) vegetation = vegetation.map(boost(['conifer', 'broadleaf', 'palm'], 1.3))
  if (hasMotif(spec, 'rock')) vegetation = vegetation.map(boost(['rock'], 1.6))
  if (hasMotif(spec, 'cactus')) vegetation = vegetation.map(boost(['cactus'], 1.8))
  if (hasMotif(spec, 'kelp', 'coral')) vegetation = vegetation.map(boost(['kelp', 'coral'], 1.3))
  if (hasMotif(spec, 'flower')) {
    if (vegetation.some((l) => l.kind === 'flower')) vegetation = vegetation.map(boost(['flower'], 1.35))
    else if (build.plantsNamedFlowers) {
      vegetation.push({ kind: 'flower', count: 320, scale: 0.9 })
    }
  }
  if (hasMotif(spec, 'palm') && !vegetation.some((l) => l.kind === 'palm') && spec.biome !== 'underwater') {
    if (build.plantsNamedPalms) vegetation.push({ kind: 'palm', count: 5, scale: 1 })
  }
  const props: PropLayer[] = build.props.map((p) => ({ ...p }))
  const add = (kind: PropLayer['kind'], count: number): void => {
    const found = props.find((p) => p.kind === kind)
    if (found) found.count = Math.max(found.count, count)
    else props.push({ kind, count })
  }
  const water = build.terrain.water.kind
  if (hasMotif(spec, 'boat', 'canoe', 'pier') && (water === 'ocean' || water === 'lake')) add('boat', 2)
  const openSky = !['underwater', 'abstract'].includes(spec.biome) && !night
  if (hasMotif(spec, 'bird') && openSky) add('bird', 7)
  if (hasMotif(spec, 'fish', 'turtle', 'whale', 'dolphin', 'jellyfish') && spec.biome === 'underwater')
    add('fish', 40)
  if (hasMotif(spec, 'lantern', 'candle') && spec.biome !== 'underwater') add('lantern', 8)
  // No trees, lanterns or birds indoors, whatever the words name: the room has its own furniture.
  const indoors = build.terrain.kind === 'room'
  const terrain = terrainFor(spec.biome, seed)
  const waterfall = build.waterfall && waterfallFor(terrain, build.waterfall, seed)
  return {
    biome: spec.biome,
    seed,
    terrain,
    vegetation: indoors ? [] : vegetation.filter((l) => l.count > 0),
    props: indoors ? [] : props.filter((p) => p.count > 0),
    ...(waterfall && { waterfall }),
  }
}

/**
 * SceneSpec → everything a landscape needs. Pure: no clock, no randomness beyond the seed. A spec that cannot be
 * read (old, partial, out of range) gives the quiet default place for the broken parts and says why in `reasons`.
 */
export function landscapeParams(spec: unknown, options: LandscapeOptions = {}): LandscapeParams {
  const { spec: s, reasons } = readSpec(spec)
  const seed = (options.seed ?? landscapeSeed(s.biome)) >>> 0
  return {
    spec: s,
    seed,
    biome: s.biome,
    timeOfDay: s.timeOfDay,
    weather: s.weather,
    look: buildLook(s, seed, options.lightning ?? true),
    structure: buildStructure(s, seed),
    reasons,
  }
}

/** Two structures that build the same geometry share a key; a different key means a swap behind the veil. */
export function structureKey(s: LandscapeStructure): string {
  return JSON.stringify(s)
}
