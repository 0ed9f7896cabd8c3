// The zod-free reader and constants: this runs in the headset's sound chunk, which carries no schema library.
import { perBiome } from '../biomes/table'
import { DEFAULT_SCENE_SPEC, TIMES_OF_DAY, WEATHERS } from '../scene-constants'
import { parseSceneSpec } from '../spec-parse'
import type { Biome, SceneSpec, TimeOfDay, Weather } from '../spec'
import { LAYER_INFO, type LayerId, type LayerKind } from './layers'

/** One layer of a soundscape: its level before the listener's own volume, and where it sits. */
export type LayerMix = {
  id: LayerId
  kind: LayerKind
  /** Linear gain 0…1. */
  gain: number
  /** World position in metres (three.js axes, -z ahead of the gallery's start), null for surrounding beds. */
  position: readonly [number, number, number] | null
}

/** The tonal pad: its chord and how bright it is, both following the mood. */
export type PadParams = {
  /** Root frequency in Hz. */
  rootHz: number
  /** Semitones above the root. */
  chord: readonly number[]
  /** 0 (dark, muffled) … 1 (open, airy). */
  brightness: number
}

export type SoundscapeMix = { layers: LayerMix[]; pad: PadParams; problems: string[] }

export type MixOptions = {
  /** The landscape's time of day, when it overrides the spec's (landscape mode). */
  timeOfDay?: unknown
  /** The landscape's weather, when it overrides the spec's. */
  weather?: unknown
}

/** Where each point source sits (the sea ahead, birds up in the trees, the stream to one side). */
const POSITIONS: Partial<Record<LayerId, readonly [number, number, number]>> = {
  waves: [0, 0, -22],
  stream: [-9, 0, -5],
  birds: [5, 7, -9],
  leaves: [-6, 4, -7],
  // The fire sits low, a few steps away to one side, never at the listener's ear.
  hearth: [5, 0.6, -4],
}

type Levels = Partial<Record<LayerId, number>>

/** Each place's own layers, from the biome table. */
const BIOME_LAYERS: Record<Biome, Levels> = perBiome((b) => b.sound)

/** Words in the motifs that bring a layer in even when the biome would not. */
const MOTIF_LAYERS: Array<[RegExp, LayerId, number]> = [
  [/\b(river|stream|brook|creek|waterfall|fountain|spring)s?\b/, 'stream', 0.3],
  [/\b(sea|ocean|waves?|surf|shore|tide)\b/, 'waves', 0.55],
  [/\b(birds?|birdsong|songbirds?|robins?|sparrows?)\b/, 'birds', 0.3],
  [/\b(trees?|leaves|leaf|woods?|branches)\b/, 'leaves', 0.2],
  [/\b(crickets?|cicadas?)\b/, 'crickets', 0.25],
  [/\b(rain|raindrops?|drizzle)\b/, 'rain', 0.3],
]
const SHELTER = /\b(cabin|house|home|roof|porch|tent|hut|cottage|window|shelter|veranda)s?\b/

const pick = <T extends string>(value: unknown, allowed: readonly T[]): T | null =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null

function timeAndWeather(levels: Levels, biome: Biome, time: TimeOfDay, weather: Weather): void {
  const underwater = biome === 'underwater'
  if (underwater) return // below the surface the weather is not heard
  const night = time === 'night'
  const evening = time === 'dusk' || night
  if (night) delete levels.birds
  else if (time === 'dawn' || time === 'morning') {
    if (levels.birds !== undefined || biome === 'beach') levels.birds = (levels.birds ?? 0.14) * 1.3
  } else if (time === 'dusk' && levels.birds !== undefined) levels.birds *= 0.5
  if (evening && biome !== 'snow' && biome !== 'desert' && biome !== 'abstract')
    levels.crickets = Math.max(levels.crickets ?? 0, night ? 0.28 : 0.16)
  switch (weather) {
    case 'rain':
    case 'storm':
      levels.rain = Math.max(levels.rain ?? 0, weather === 'storm' ? 0.5 : 0.42)
      levels.wind = Math.max(levels.wind ?? 0, weather === 'storm' ? 0.32 : 0.14)
      // Birds shelter and crickets fall silent in the rain.
      delete levels.birds
      delete levels.crickets
      break
    case 'wind':
      levels.wind = Math.max(levels.wind ?? 0, 0.4)
      if (levels.leaves !== undefined) levels.leaves *= 1.4
      break
    case 'snow':
      // Snow muffles everything.
      levels.wind = Math.max(levels.wind ?? 0, 0.2)
      if (levels.birds !== undefined) levels.birds *= 0.4
      delete levels.crickets
      break
    case 'fog':
      if (levels.birds !== undefined) levels.birds *= 0.6
      break
    case 'cloudy':
    case 'clear':
      break
  }
}

const ROOTS_HZ = [98, 110, 123.47, 130.81, 146.83] // G2 A2 B2 C3 D3: low and warm

function padFor(spec: SceneSpec): PadParams {
  const { valence, arousal } = spec.mood
  const rootHz = ROOTS_HZ[Math.min(4, Math.max(0, Math.floor(((valence + 1) / 2) * 5)))]!
  // Always consonant: open fifths with a ninth; a major third for pleasant moods, a suspended second for the rest
  // (a minor chord can sound sad to someone already low, so it is avoided).
  const chord = valence >= 0.15 ? [0, 7, 16, 26] : [0, 7, 14, 19]
  const brightness = Math.min(1, Math.max(0, 0.35 + 0.25 * valence + 0.2 * arousal))
  return { rootHz, chord, brightness }
}

/**
 * Which layers play for a scene, how loud and where. Never throws: a spec that cannot be read falls back to the
 * quiet default scene and says why in `problems` (the caller logs them).
 */
export function soundscapeMix(spec: unknown, options: MixOptions = {}): SoundscapeMix {
  const problems: string[] = []
  const parsed = parseSceneSpec(spec)
  let scene: SceneSpec = DEFAULT_SCENE_SPEC
  if (parsed.ok) scene = parsed.spec
  else problems.push(`scene spec unreadable, using the quiet default: ${parsed.problem}`)

  const time = pick(options.timeOfDay, TIMES_OF_DAY) ?? scene.timeOfDay
  if (options.timeOfDay !== undefined && time !== options.timeOfDay)
    problems.push(`unknown time of day ${JSON.stringify(options.timeOfDay)} skipped`)
  const weather = pick(options.weather, WEATHERS) ?? scene.weather
  if (options.weather !== undefined && weather !== options.weather)
    problems.push(`unknown weather ${JSON.stringify(options.weather)} skipped`)

  const levels: Levels = { ...BIOME_LAYERS[scene.biome] }
  if (scene.biome !== 'underwater') {
    const words = scene.motifs.join(' ').toLowerCase()
    for (const [pattern, id, level] of MOTIF_LAYERS)
      if (pattern.test(words)) levels[id] = Math.max(levels[id] ?? 0, level)
    if (SHELTER.test(words)) levels['rain-roof'] = 0 // only heard when it rains (below)
  }
  timeAndWeather(levels, scene.biome, time, weather)
  if (levels['rain-roof'] !== undefined) {
    // Under a roof the rain is heard on it; the open-air rain steps back. A place with its own rain on the roof
    // (a room with rain on the window) keeps it in any weather; a shelter the words named hears it only in rain.
    if (levels.rain) {
      levels['rain-roof'] = Math.max(levels['rain-roof'], levels.rain)
      levels.rain *= 0.4
    } else if (!(levels['rain-roof'] > 0)) delete levels['rain-roof']
  }

  // Calmer moods are a little quieter overall (docs/ART.md: quieter than you think).
  const moodScale = 0.8 + 0.15 * ((scene.mood.arousal + 1) / 2)
  const layers: LayerMix[] = []
  for (const [id, level] of Object.entries(levels) as Array<[LayerId, number]>) {
    if (!(level > 0)) continue
    const gain = Math.min(1, level * moodScale)
    const kind = LAYER_INFO[id].kind
    layers.push({ id, kind, gain, position: kind === 'point' ? (POSITIONS[id] ?? [0, 2, -8]) : null })
  }
  layers.sort((a, b) => b.gain - a.gain)
  return { layers, pad: padFor(scene), problems }
}
