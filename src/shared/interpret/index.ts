import { perBiome } from '../biomes/table'
import { screenSafety } from '../safety/screen'
import { negationMask, tokenize, type Tok } from '../safety/tokens'
import { surface } from '../safety/phrases'
import {
  BIOMES,
  DEFAULT_SCENE_SPEC,
  SceneSpecSchema,
  TEXT_MAX_CHARS,
  TIMES_OF_DAY,
  WEATHERS,
  type Biome,
  type SceneSpec,
  type TimeOfDay,
  type Weather,
} from '../spec'
import { detectLanguage, type SupportedLanguage } from '../safety/language'
import { withCompoundHeads } from './compounds'
import { getLexicon } from './lexicon'
import { TITLE_ADJECTIVES } from './lexicon-feelings'
import { nlpTokens } from './nlp'
import { buildPalette } from './palette'
import { buildTitle } from './title'
import { titleIn } from './title-words'

export { detectLanguage, LANGUAGES, type Language, type SupportedLanguage } from '../safety/language'
export { placeNames } from './lexicon'

/** When the words name no time, each place has its own calm hour. */
const DEFAULT_TIME: Record<Biome, TimeOfDay> = perBiome((b) => b.calmHour)

/** A place needs at least this much evidence (one name, or a couple of cue words). */
const MIN_PLACE_SCORE = 1.5
/** Words past this are not read for the scene (the safety screen still reads everything). */
const SCENE_MAX_CHARS = TEXT_MAX_CHARS * 2
const TITLE_ADJ = new Set(TITLE_ADJECTIVES)

type Scores<K extends string> = Map<K, { score: number; first: number }>

function bump<K extends string>(scores: Scores<K>, key: K, by: number, at: number): void {
  const s = scores.get(key)
  if (s) s.score += by
  else scores.set(key, { score: by, first: at })
}

/** Highest score wins; ties go to the first mentioned. */
function best<K extends string>(scores: Scores<K>, min: number): K | undefined {
  let win: K | undefined
  let top = { score: -Infinity, first: Infinity }
  for (const [k, s] of scores) {
    if (s.score > top.score || (s.score === top.score && s.first < top.first)) [win, top] = [k, s]
  }
  return top.score >= min ? win : undefined
}

function clean(text: string): string {
  return (
    text
      .slice(0, SCENE_MAX_CHARS)
      .replace(/<[^>]{0,200}>/g, ' ')
      // Control characters are exactly what this strips.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
  )
}

function entries<K extends string>(r: Partial<Record<K, number>> | undefined): [K, number][] {
  return Object.entries(r ?? {}) as [K, number][]
}

const round = (x: number) => Math.round(Math.max(-1, Math.min(1, x)) * 100) / 100

/** Shown to the therapist when the words are in a language Stillroom does not read yet. */
export const UNREAD_LANGUAGE_REASON =
  'language: these words seem to be in a language Stillroom does not read yet, so nothing was guessed'

export interface InterpretOptions {
  /** The client's language: it breaks ties when the words could be either of two languages. */
  readonly language?: SupportedLanguage
}

/**
 * The client's words → a calm scene. Offline and deterministic: wink-nlp tokens and lemmas for English, our
 * lexicon for each language we read (names, multi-word phrases and cue words, scored), negation-aware, with the
 * safety screen from `src/shared/safety`. Words in a language we do not read are held for the therapist, with
 * the default quiet space. Never throws: unreadable input gives the default quiet space.
 */
export function interpret(text: string, options: InterpretOptions = {}): SceneSpec {
  try {
    return interpretUnsafe(typeof text === 'string' ? text : String(text ?? ''), options.language)
  } catch {
    const safety = screenSafety(typeof text === 'string' ? text : '', options.language)
    return { ...DEFAULT_SCENE_SPEC, palette: [...DEFAULT_SCENE_SPEC.palette], safety }
  }
}

function unread(safety: SceneSpec['safety']): SceneSpec {
  const reasons = [...safety.reasons, UNREAD_LANGUAGE_REASON]
  const spec = { ...DEFAULT_SCENE_SPEC, palette: [...DEFAULT_SCENE_SPEC.palette], language: 'other' }
  return {
    ...spec,
    mood: { ...spec.mood, valence: Math.min(spec.mood.valence, 0) },
    safety: { ...safety, held: true, reasons },
  }
}

function interpretUnsafe(text: string, prefer: SupportedLanguage | undefined): SceneSpec {
  const safety = screenSafety(text, prefer)
  const cleaned = clean(text)
  const language = detectLanguage(cleaned, prefer)
  if (language === 'other') return unread(safety)
  const lexicon = getLexicon(language)
  // wink-nlp's model is English; other languages are split by our own tokenizer (elisions, hyphens).
  const raw: Tok[] = !cleaned.trim() ? [] : language === 'en' ? nlpTokens(cleaned, true) : tokenize(cleaned)
  const tokens = withCompoundHeads(raw, lexicon)
  const negated = negationMask(tokens)

  const biomes: Scores<Biome> = new Map()
  const times: Scores<TimeOfDay> = new Map()
  const weathers: Scores<Weather> = new Map()
  const motifs: string[] = []
  const named: string[] = []
  const feelings: string[] = []
  const moods: (readonly [number, number])[] = []
  const timePhrases = new Map<TimeOfDay, string>()
  const placeWords = new Map<Biome, { words: string; weight: number }>()
  let adjective: string | undefined

  for (let i = 0; i < tokens.length;) {
    const m = lexicon.index.candidatesAt(tokens, i)[0]
    const tok = tokens[i]
    if (!m) {
      if (tok && !negated[i] && !adjective && TITLE_ADJ.has(tok.w)) adjective = tok.w
      i++
      continue
    }
    const e = m.data
    const neg = negated[i] === true
    if (!neg) {
      for (const [b, w] of entries(e.biome)) bump(biomes, b, w, i)
      for (const [t, w] of entries(e.time)) {
        bump(times, t, w, i)
        if (e.timePhrase && !timePhrases.has(t)) timePhrases.set(t, e.timePhrase)
      }
      for (const [t, w] of entries(e.weather)) bump(weathers, t, w, i)
      for (const name of e.motifs ?? []) if (!motifs.includes(name)) motifs.push(name)
      // A phrase's own words still count for what the phrase does not say itself: "rose garden" has
      // flowers, "morning mist" is fog, "starry sky" is night.
      for (let k = 0; m.length > 1 && k < m.length; k++) {
        const part = lexicon.index.candidatesAt(tokens.slice(i + k, i + k + 1), 0)[0]?.data
        for (const name of part?.motifs ?? []) if (!motifs.includes(name)) motifs.push(name)
        if (!e.weather) for (const [t, w] of entries(part?.weather)) bump(weathers, t, w, i)
        if (!e.time) for (const [t, w] of entries(part?.time)) bump(times, t, w, i)
      }
      if (e.colour && !e.mood) named.push(e.colour)
      if (e.colour && e.mood) feelings.push(e.colour)
      if (e.mood) moods.push(e.mood)
      const words = surface(tokens, m).toLowerCase()
      if (e.place && (placeWords.get(e.place)?.weight ?? 0) < m.length) {
        placeWords.set(e.place, { words, weight: m.length })
      }
      if (!adjective && m.length === 1 && TITLE_ADJ.has(words)) adjective = words
    } else {
      // "no clouds", "not a breath of wind": the sky is clear. "not calm": the feeling turns.
      for (const [t, w] of entries(e.weather)) {
        bump(weathers, t === 'clear' ? 'cloudy' : 'clear', w * 0.7, i)
      }
      if (e.mood) moods.push([-0.6 * e.mood[0], -0.6 * e.mood[1]])
    }
    i += m.length
  }

  const biome = best(biomes, MIN_PLACE_SCORE) ?? 'abstract'
  const namedTime = best(times, 1)
  const timeOfDay = namedTime ?? DEFAULT_TIME[biome]
  const weather = best(weathers, 1) ?? 'clear'

  // The default mood counts as one voice among the feelings, so a single word moves it but not to the edge.
  const all = [[DEFAULT_SCENE_SPEC.mood.valence, DEFAULT_SCENE_SPEC.mood.arousal] as const, ...moods]
  let valence = all.reduce((s, m) => s + m[0], 0) / all.length
  let arousal = all.reduce((s, m) => s + m[1], 0) / all.length
  if (weather === 'storm') arousal += 0.2
  if (weather === 'wind') arousal += 0.05
  if (timeOfDay === 'night' || timeOfDay === 'dusk') arousal -= 0.05
  if (safety.held) valence = Math.min(valence, 0)
  valence = round(valence)
  arousal = round(arousal)

  const palette = buildPalette({ biome, timeOfDay, named, feelings })
  const title =
    language !== 'en'
      ? titleIn(language, biome, namedTime)
      : buildTitle({
          biome,
          timeOfDay,
          weather,
          ...(placeWords.get(biome) ? { placeWords: placeWords.get(biome)?.words } : {}),
          ...(adjective ? { adjective } : {}),
          ...(namedTime && timePhrases.get(namedTime) ? { timePhrase: timePhrases.get(namedTime) } : {}),
        })

  const spec: SceneSpec = {
    biome: BIOMES.includes(biome) ? biome : 'abstract',
    timeOfDay: TIMES_OF_DAY.includes(timeOfDay) ? timeOfDay : 'golden-hour',
    weather: WEATHERS.includes(weather) ? weather : 'clear',
    palette,
    mood: { valence, arousal },
    motifs: motifs.slice(0, 12),
    title,
    safety,
    language,
  }
  // A last guard: whatever happened above, the caller gets a valid spec.
  return SceneSpecSchema.parse(spec)
}

/** Kept for callers that only need tokens of the safety screen's kind (no model). */
export { tokenize }
