import { HEADSET_EN, type HeadsetKey } from '../i18n/headset-en'
import { createTranslator, type Translate } from '../i18n/translate'
import type { Biome, TimeOfDay, Weather } from '../scene-constants'
import type { BaseKey } from '../i18n/catalog'

/**
 * Word chips for describing a place without typing (the VR Describe panel): places, time of day, weather, feelings
 * and things, each a few words the interpreter understands. A test interprets every chip, so a chip always paints
 * what its label promises. Calm words only: nothing here can be held or raised.
 */

export type ChipGroupId = 'place' | 'time' | 'weather' | 'feeling' | 'thing'

export type Chip = {
  id: string
  group: ChipGroupId
  /** What the button says, in English (its mesh name in VR); `key` says it in the client's language. */
  label: string
  /** What it adds to the description, in English; `wordsKey` in the client's language. */
  words: string
  key: BaseKey<HeadsetKey>
  wordsKey: BaseKey<HeadsetKey>
  /** What the interpreter must find in the words (checked by the tests). */
  means?: { place?: Biome; time?: TimeOfDay; weather?: Weather; motif?: string }
}

export type ChipGroup = { id: ChipGroupId; label: string; key: BaseKey<HeadsetKey>; chips: readonly Chip[] }

/** The chips' words in the language on screen (the headset's translator). */
export type ChipTranslate = Translate<HeadsetKey>

const ENGLISH: ChipTranslate = createTranslator<HeadsetKey>('en', HEADSET_EN)

const chip = (group: ChipGroupId, label: string, words: string, means?: Chip['means']): Chip => {
  const slug = label.toLowerCase().replace(/[^a-z]+/g, '-')
  const key = `chips.${group}.${slug}` as BaseKey<HeadsetKey>
  return {
    id: `${group}:${slug}`,
    group,
    label,
    words,
    key,
    wordsKey: `${key}.words` as BaseKey<HeadsetKey>,
    ...(means && { means }),
  }
}

const place = (label: string, words: string, biome: Biome) => chip('place', label, words, { place: biome })
const time = (label: string, words: string, t: TimeOfDay) => chip('time', label, words, { time: t })
const weather = (label: string, words: string, w: Weather) => chip('weather', label, words, { weather: w })
const thing = (label: string, motif: string) => chip('thing', label, label.toLowerCase(), { motif })
const feeling = (label: string) => chip('feeling', label, label.toLowerCase())

export const CHIP_GROUPS: readonly ChipGroup[] = [
  {
    id: 'place',
    label: 'Places',
    key: 'chips.group.place',
    chips: [
      place('Beach', 'a quiet beach', 'beach'),
      place('Forest', 'a forest', 'forest'),
      place('Meadow', 'a meadow', 'meadow'),
      place('Mountain lake', 'a mountain lake', 'mountain-lake'),
      place('Snowy hills', 'a snowy landscape', 'snow'),
      place('Garden', 'a garden', 'garden'),
      place('Desert', 'a desert', 'desert'),
      place('Under the sea', 'under the sea', 'underwater'),
      place('Night sky', 'a night sky', 'night-sky'),
      place('Cozy room', 'a cozy room', 'cozy-room'),
      place('River valley', 'a river valley', 'river-valley'),
      place('Soft colours', 'soft abstract colours', 'abstract'),
      place('Cabin in the woods', 'a cabin in the woods', 'forest'),
      place('Grandmother’s kitchen', "my grandmother's kitchen", 'cozy-room'),
      place('Reading nook', 'a reading nook', 'cozy-room'),
      place('Field of flowers', 'a field of flowers', 'meadow'),
    ],
  },
  {
    id: 'time',
    label: 'Time',
    key: 'chips.group.time',
    chips: [
      time('Dawn', 'at dawn', 'dawn'),
      time('Morning', 'in the morning', 'morning'),
      time('Midday', 'at midday', 'midday'),
      time('Afternoon', 'in the afternoon', 'afternoon'),
      time('Golden hour', 'in the golden hour', 'golden-hour'),
      time('Dusk', 'at dusk', 'dusk'),
      time('Night', 'at night', 'night'),
    ],
  },
  {
    id: 'weather',
    label: 'Weather',
    key: 'chips.group.weather',
    chips: [
      weather('Clear sky', 'under a clear sky', 'clear'),
      weather('Soft clouds', 'with soft clouds', 'cloudy'),
      weather('Mist', 'in soft mist', 'fog'),
      weather('Gentle rain', 'in gentle rain', 'rain'),
      weather('Falling snow', 'with falling snow', 'snow'),
      weather('Light breeze', 'in a light breeze', 'wind'),
    ],
  },
  {
    id: 'feeling',
    label: 'Feelings',
    key: 'chips.group.feeling',
    chips: [
      'Calm',
      'Safe',
      'Peaceful',
      'Warm',
      'Rested',
      'Relaxed',
      'Content',
      'Hopeful',
      'Free',
      'Loved',
    ].map(feeling),
  },
  {
    id: 'thing',
    label: 'Things',
    key: 'chips.group.thing',
    chips: [
      thing('Waves', 'waves'),
      thing('Birds', 'birds'),
      thing('Flowers', 'flowers'),
      thing('Trees', 'trees'),
      thing('Stars', 'stars'),
      thing('Moon', 'moon'),
      thing('Sun', 'sun'),
      thing('Clouds', 'clouds'),
      thing('Mountains', 'mountains'),
      thing('Boats', 'boats'),
      thing('Butterflies', 'butterflies'),
      thing('Fireflies', 'fireflies'),
      thing('Lanterns', 'lanterns'),
      thing('Candles', 'candles'),
      thing('Deer', 'deer'),
      thing('Fish', 'fish'),
      thing('Turtles', 'turtles'),
      thing('Shells', 'shells'),
      thing('Rainbow', 'rainbow'),
      thing('Aurora', 'aurora'),
      thing('Lighthouse', 'lighthouse'),
      thing('Bridge', 'bridge'),
      thing('Bench', 'bench'),
      thing('Hammock', 'hammock'),
      thing('Pier', 'pier'),
      thing('Path', 'path'),
      thing('Fountain', 'fountain'),
      thing('Leaves', 'leaves'),
    ],
  },
]

const BY_ID = new Map(CHIP_GROUPS.flatMap((g) => g.chips.map((c) => [c.id, c] as const)))

export const chipById = (id: string): Chip | undefined => BY_ID.get(id)

/** Up to this many things and feelings: enough for a place of one's own, few enough to stay a calm sentence. */
export const MAX_THINGS = 5
export const MAX_FEELINGS = 3

/**
 * Picks or unpicks a chip. A place, a time and a weather are one each (another replaces it); things and feelings
 * toggle, up to their limits (a chip past the limit is not added). Returns the picked ids in the order picked.
 */
export function toggleChip(picked: readonly string[], id: string): string[] {
  const c = chipById(id)
  if (!c) return [...picked]
  if (picked.includes(id)) return picked.filter((p) => p !== id)
  const same = picked.filter((p) => chipById(p)?.group === c.group)
  if (c.group === 'place' || c.group === 'time' || c.group === 'weather')
    return [...picked.filter((p) => !same.includes(p)), id]
  const limit = c.group === 'thing' ? MAX_THINGS : MAX_FEELINGS
  return same.length >= limit ? [...picked] : [...picked, id]
}

const list = (words: readonly string[], t: ChipTranslate) =>
  words.length <= 1
    ? (words[0] ?? '')
    : t('chips.and', { list: words.slice(0, -1).join(', '), last: words.at(-1) ?? '' })

/**
 * The sentence the picked chips make, in the language of `t` (English by default): "a quiet beach at dusk in gentle
 * rain, with waves and birds, feeling calm".
 */
export function describeChips(picked: readonly string[], t: ChipTranslate = ENGLISH): string {
  const chips = picked.map(chipById).filter((c): c is Chip => c !== undefined)
  const of = (g: ChipGroupId) => chips.filter((c) => c.group === g).map((c) => t(c.wordsKey))
  const things = of('thing')
  const feelings = of('feeling')
  if (!chips.length) return ''
  const head = [of('place')[0] ?? t('chips.quietPlace'), of('time')[0], of('weather')[0]]
    .filter(Boolean)
    .join(' ')
  return [
    head,
    things.length ? t('chips.with', { list: list(things, t) }) : '',
    feelings.length ? t('chips.feeling', { list: list(feelings, t) }) : '',
  ]
    .filter(Boolean)
    .join(', ')
}

/** One page of a group's chips, and how many pages it has. */
export function chipPage(group: ChipGroup, page: number, perPage: number) {
  const pages = Math.max(1, Math.ceil(group.chips.length / perPage))
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1)
  return { chips: group.chips.slice(p * perPage, (p + 1) * perPage), page: p, pages }
}
