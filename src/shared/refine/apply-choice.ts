import { BIOME_TABLE, perBiome } from '../biomes/table'
import { BIOMES, type Biome, type TimeOfDay, type Weather } from '../scene-constants'
import type { SceneSpec } from '../spec'
import type { RefineChoice } from './choices'
import { brighterPalette, coolerPalette, softerPalette, warmerPalette } from './palette-shift'

// Each quick choice is a small, deterministic and bounded change of the SceneSpec. They only ever remove
// stirring things or add calm, everyday ones (water, light), never words of their own: a quick choice cannot
// bring new content, which is why it may skip the therapist's approval (see docs in session-hub's makeVersion).

export const MAX_MOTIFS = 12
const CALMER_AROUSAL = 0.25
const SOFTER_AROUSAL = 0.1

const round2 = (v: number): number => Math.round(Math.max(-1, Math.min(1, v)) * 100) / 100

/** One step toward stillness; clear, cloudy, fog and snow are already still. */
const CALMER_WEATHER: Partial<Record<Weather, Weather>> = { storm: 'rain', rain: 'cloudy', wind: 'clear' }
/** One step toward a clearer sky; snow stays (it is the place, and it is bright). */
const LIGHTER_WEATHER: Partial<Record<Weather, Weather>> = {
  storm: 'rain',
  rain: 'cloudy',
  fog: 'cloudy',
  cloudy: 'clear',
}
/** One step toward more daylight. Night stays night (the client chose it): it gains lanterns and the moon. */
const LIGHTER_TIME: Partial<Record<TimeOfDay, TimeOfDay>> = {
  dusk: 'golden-hour',
  dawn: 'morning',
  'golden-hour': 'afternoon',
  morning: 'midday',
  afternoon: 'midday',
}
/** How much light a time of day has, for tests and for "is there anything left to add". */
export const TIME_LIGHT_RANK: Record<TimeOfDay, number> = {
  night: 0,
  dusk: 1,
  dawn: 2,
  'golden-hour': 3,
  morning: 4,
  afternoon: 4.5,
  midday: 5,
}
export const WEATHER_STIR: Record<Weather, number> = {
  clear: 0,
  cloudy: 0,
  fog: 0,
  snow: 0,
  wind: 1,
  rain: 1,
  storm: 2,
}

/** The motif that says more water in each place, from the biome table. */
const WATER_MOTIF: Record<Biome, string> = perBiome((b) => b.water.motif)
/** Where a place has a watery cousin, "add water" moves there (a forest or meadow by a mountain lake). */
const WATER_PLACE: Partial<Record<Biome, Biome>> = perBiome((b) => b.water.movesTo)
/** Places with water in the painting. */
export const WATER_BIOMES: readonly Biome[] = BIOMES.filter((b) => BIOME_TABLE[b].water.inPainting)
export const WATER_WORDS = [
  'waves',
  'lake',
  'river',
  'fountain',
  'stream',
  'pond',
  'sea',
  'ocean',
  'waterfall',
]

/** Things that close a view in; "more open" takes them away (and a forest opens to a meadow). */
export const ENCLOSING_MOTIFS = ['trees', 'mountains', 'rocks', 'clouds', 'cabin', 'cactus']

const hasWord = (motifs: readonly string[], words: readonly string[]) =>
  motifs.some((m) => words.some((w) => m.includes(w)))

/** Add a motif, making room by dropping the last-named other one when the list is full. */
export function withMotif(motifs: readonly string[], motif: string, keep: readonly string[] = []): string[] {
  if (motifs.includes(motif)) return [...motifs]
  const out = [...motifs]
  while (out.length >= MAX_MOTIFS) {
    const i = out.findLastIndex((m) => !keep.includes(m))
    out.splice(i < 0 ? out.length - 1 : i, 1)
  }
  out.push(motif)
  return out
}

function calmer(s: SceneSpec): SceneSpec {
  return {
    ...s,
    mood: { ...s.mood, arousal: round2(s.mood.arousal - CALMER_AROUSAL) },
    weather: CALMER_WEATHER[s.weather] ?? s.weather,
  }
}

function moreOpen(s: SceneSpec): SceneSpec {
  return {
    ...s,
    biome: s.biome === 'forest' ? 'meadow' : s.biome,
    weather: s.weather === 'fog' || s.weather === 'cloudy' ? 'clear' : s.weather,
    motifs: s.motifs.filter((m) => !ENCLOSING_MOTIFS.includes(m)),
  }
}

/** Drop the last-named third of the motifs (at least one): the first things named are what mattered most. */
function lessCrowded(s: SceneSpec): SceneSpec {
  const n = s.motifs.length
  const drop = n === 0 ? 0 : Math.max(1, Math.round(n / 3))
  return {
    ...s,
    motifs: s.motifs.slice(0, n - drop),
    mood: { ...s.mood, arousal: round2(s.mood.arousal - 0.05) },
  }
}

function addWater(s: SceneSpec): SceneSpec {
  const biome = WATER_PLACE[s.biome] ?? s.biome
  let motifs = [...s.motifs]
  // Moving a forest to a lake keeps its trees (the landscape plants more of them for the motif).
  if (s.biome === 'forest') motifs = withMotif(motifs, 'trees')
  // More water where there is some already: a stream joins the sea or the lake.
  const motif = [WATER_MOTIF[biome], 'river', 'lake'].find((m) => !motifs.includes(m))
  if (motif) motifs = withMotif(motifs, motif, WATER_WORDS)
  return { ...s, biome, motifs }
}

function addLight(s: SceneSpec): SceneSpec {
  const night = s.timeOfDay === 'night' || s.biome === 'night-sky'
  let motifs = [...s.motifs]
  if (night) {
    motifs = withMotif(motifs, 'lanterns')
    motifs = withMotif(motifs, 'moon', ['lanterns'])
  }
  return {
    ...s,
    timeOfDay: night ? s.timeOfDay : (LIGHTER_TIME[s.timeOfDay] ?? s.timeOfDay),
    weather: LIGHTER_WEATHER[s.weather] ?? s.weather,
    palette: brighterPalette(s.palette, 0.1),
    motifs,
  }
}

/**
 * Apply one quick choice to a spec. Pure and total; the result is always a valid SceneSpec (same shape, every
 * number clamped, at most 12 motifs). Safety is never touched: refinements cannot clear a hold.
 */
export function applyChoice(spec: SceneSpec, choice: RefineChoice): SceneSpec {
  switch (choice) {
    case 'calmer':
      return calmer(spec)
    case 'warmer':
      return { ...spec, palette: warmerPalette(spec.palette) }
    case 'cooler':
      return { ...spec, palette: coolerPalette(spec.palette) }
    case 'brighter':
      return { ...spec, palette: brighterPalette(spec.palette) }
    case 'softer':
      return {
        ...spec,
        palette: softerPalette(spec.palette),
        mood: { ...spec.mood, arousal: round2(spec.mood.arousal - SOFTER_AROUSAL) },
      }
    case 'more-open':
      return moreOpen(spec)
    case 'less-crowded':
      return lessCrowded(spec)
    case 'add-water':
      return addWater(spec)
    case 'add-light':
      return addLight(spec)
  }
}

/** Measures the tests (and the "nothing to change" message) use to say a choice did what it says. */
export const measure = {
  water: (s: SceneSpec): number =>
    (WATER_BIOMES.includes(s.biome) ? 1 : 0) + s.motifs.filter((m) => hasWord([m], WATER_WORDS)).length,
  light: (s: SceneSpec): number =>
    TIME_LIGHT_RANK[s.timeOfDay] -
    WEATHER_STIR[s.weather] -
    (s.weather === 'fog' || s.weather === 'cloudy' ? 0.5 : 0) +
    (hasWord(s.motifs, ['lantern']) ? 0.5 : 0) +
    (hasWord(s.motifs, ['moon']) ? 0.25 : 0),
  enclosure: (s: SceneSpec): number =>
    (s.biome === 'forest' ? 1 : 0) +
    s.motifs.filter((m) => ENCLOSING_MOTIFS.includes(m)).length +
    (s.weather === 'fog' || s.weather === 'cloudy' ? 1 : 0),
}
