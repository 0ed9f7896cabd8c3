import type { Biome, TimeOfDay, Weather } from '../spec'

/** What one lexicon word or phrase contributes to a scene. Entries with the same words are merged. */
export interface Effect {
  biome?: Partial<Record<Biome, number>>
  time?: Partial<Record<TimeOfDay, number>>
  weather?: Partial<Record<Weather, number>>
  motifs?: string[]
  /** A `#rrggbb` colour the words name (already softened to Stillroom's calm range). */
  colour?: string
  /** [valence, arousal] in [-1, 1]. */
  mood?: readonly [number, number]
  /** A direct name of a place ("beach", "playa"); paraphrase tests make sure their text has none. */
  place?: Biome
  /** Usable as the title's adjective ("quiet", "misty"). */
  adjective?: boolean
  /** Usable as the title's time phrase ("at sunset"). */
  timePhrase?: string
}

export type LexiconEntry = readonly [string, Effect]

/** Direct names of a place: strong evidence, and the title may use them. */
export function names(biome: Biome, weight: number, terms: readonly string[]): LexiconEntry[] {
  return terms.map((t) => [t, { biome: { [biome]: weight }, place: biome }] as const)
}

/** Cue words: weaker evidence that add up ("salt air and gulls" → beach). */
export function cues(
  biome: Biome,
  weight: number,
  terms: readonly string[],
  motifs?: string[],
): LexiconEntry[] {
  return terms.map((t) => [t, { biome: { [biome]: weight }, ...(motifs ? { motifs } : {}) }] as const)
}

export function times(
  time: TimeOfDay,
  weight: number,
  terms: readonly string[],
  phrase?: string,
): LexiconEntry[] {
  return terms.map(
    (t) => [t, { time: { [time]: weight }, ...(phrase ? { timePhrase: phrase } : {}) }] as const,
  )
}

export function weathers(weather: Weather, weight: number, terms: readonly string[]): LexiconEntry[] {
  return terms.map((t) => [t, { weather: { [weather]: weight } }] as const)
}

export function motif(name: string, terms: readonly string[], extra: Effect = {}): LexiconEntry[] {
  return terms.map((t) => [t, { motifs: [name], ...extra }] as const)
}

function addScores<K extends string>(
  a: Partial<Record<K, number>> | undefined,
  b: Partial<Record<K, number>> | undefined,
): Partial<Record<K, number>> | undefined {
  if (!a) return b
  if (!b) return a
  const out: Partial<Record<K, number>> = { ...a }
  for (const k of Object.keys(b) as K[]) out[k] = (out[k] ?? 0) + (b[k] ?? 0)
  return out
}

export function mergeEffects(a: Effect, b: Effect): Effect {
  const motifs = [...(a.motifs ?? []), ...(b.motifs ?? [])]
  const biome = addScores(a.biome, b.biome)
  const time = addScores(a.time, b.time)
  const weather = addScores(a.weather, b.weather)
  const colour = a.colour ?? b.colour
  const mood = a.mood ?? b.mood
  const place = a.place ?? b.place
  const timePhrase = a.timePhrase ?? b.timePhrase
  return {
    ...(biome ? { biome } : {}),
    ...(time ? { time } : {}),
    ...(weather ? { weather } : {}),
    ...(motifs.length ? { motifs: [...new Set(motifs)] } : {}),
    ...(colour ? { colour } : {}),
    ...(mood ? { mood } : {}),
    ...(place ? { place } : {}),
    ...(a.adjective || b.adjective ? { adjective: true } : {}),
    ...(timePhrase ? { timePhrase } : {}),
  }
}

/** One language's words for the interpreter, read together with the English lexicon. */
export interface InterpretWords {
  readonly entries: readonly LexiconEntry[]
  /**
   * Single words of `entries` that also count as the end of a compound word, for languages that join words
   * ("see" reads "Bergsee" as a lake, "wald" reads "Kiefernwald" as a forest).
   */
  readonly heads?: readonly string[]
}
