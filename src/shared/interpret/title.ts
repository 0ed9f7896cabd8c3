import { perBiome } from '../biomes/table'
import type { Biome, TimeOfDay, Weather } from '../spec'

const PLACE_LABEL: Record<Biome, string> = perBiome((b) => b.title)

const WEATHER_ADJECTIVE: Partial<Record<Weather, string>> = { fog: 'misty', rain: 'rainy', snow: 'snowy' }

export interface TitleInput {
  biome: Biome
  timeOfDay: TimeOfDay
  weather: Weather
  /** The client's own name for the place ("pine forest"), English only. */
  placeWords?: string
  adjective?: string
  /** "at sunset", when the words named a time. */
  timePhrase?: string
}

/** "An" before a vowel sound ("An old space"), "A" otherwise; good enough for the adjectives the interpreter finds. */
const article = (word: string) =>
  /^[aeiou]/i.test(word) && !/^(uni|use|usu|eu|one)/i.test(word) ? 'An' : 'A'

/** A short title from the words: "Quiet beach at sunset", "A calm space". At most 80 characters. */
export function buildTitle(input: TitleInput): string {
  const place = input.placeWords ?? PLACE_LABEL[input.biome]
  const adjective = input.adjective ?? WEATHER_ADJECTIVE[input.weather]
  const time = input.biome === 'night-sky' && input.timeOfDay === 'night' ? undefined : input.timePhrase
  let title: string
  if (input.biome === 'abstract') title = `${article(adjective ?? 'quiet')} ${adjective ?? 'quiet'} space`
  else if (adjective && !place.split(' ').includes(adjective)) title = `${adjective} ${place}`
  else title = place
  if (time) title = `${title} ${time}`
  title = title.replace(/\s+/g, ' ').trim().slice(0, 80)
  return title.charAt(0).toUpperCase() + title.slice(1)
}
