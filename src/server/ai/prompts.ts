import { z } from 'zod'
import { BIOMES, HexColourSchema, TIMES_OF_DAY, WEATHERS } from '../../shared/spec'
import type { SceneSpec } from '../../shared/spec'
import type { SupportedLanguage } from '../../shared/safety/language'

// What we ask the models, in one place so the clinical tone can be reviewed. Every string built here is
// redacted again by the provider before it leaves; these builders never see anything but redacted words.

/** The calm-style guide every AI image follows (docs/CLINICAL.md: soft, safe, nothing startling). */
export const IMAGE_STYLE_GUIDE =
  'Style: a calm, painterly image for guided-imagery relaxation; soft natural light, gentle colours, ' +
  'a wide and open view with room to breathe. No text, letters or logos. No violence, injury, weapons, ' +
  'fire or anything frightening. No close-up faces.'

const PEOPLE =
  /\b(?:someone|person|people|friend|family|mother|father|mum|mom|dad|sister|brother|child|children|grand\w*|partner|husband|wife|daughter|son)\b/i

export function buildImagePrompt(words: string, spec: SceneSpec): string {
  const people = PEOPLE.test(words)
    ? 'Any people appear small and distant, seen from behind, never recognisable.'
    : 'No people.'
  const parts = [
    `A ${spec.biome === 'abstract' ? 'soft abstract space' : spec.biome.replace('-', ' ')} at ${spec.timeOfDay.replace('-', ' ')}` +
      (spec.weather === 'clear' ? '.' : `, ${spec.weather.replace('-', ' ')} weather.`),
    `In the client's words: "${words.trim().slice(0, 600)}".`,
    spec.motifs.length ? `Details: ${spec.motifs.slice(0, 8).join(', ')}.` : '',
    `Colours close to ${spec.palette.join(', ')}.`,
    people,
    IMAGE_STYLE_GUIDE,
  ]
  return parts.filter(Boolean).join(' ')
}

/** What the text model may change; safety and language are never in it, so a local hold cannot be cleared. */
export const RefinementSchema = z.object({
  biome: z.enum(BIOMES),
  timeOfDay: z.enum(TIMES_OF_DAY),
  weather: z.enum(WEATHERS),
  palette: z.array(HexColourSchema).min(3).max(6),
  mood: z.object({ valence: z.number().min(-1).max(1), arousal: z.number().min(-1).max(1) }),
  motifs: z.array(z.string().min(1).max(40)).max(12),
  title: z.string().min(1).max(80),
})
export type Refinement = z.infer<typeof RefinementSchema>

export const REFINE_SYSTEM_PROMPT =
  'You help a guided-imagery therapy app turn a client\u2019s words into a calm scene description. ' +
  'You receive the words and a first reading made on the device. Keep what the reading got right, add ' +
  'concrete, gentle detail from the words (motifs of at most three words, a short calm title, a palette of ' +
  'lower-case #rrggbb colours), and keep the mood calm. Never add anything frightening. Answer only with the schema.'

export function buildRefineMessage(words: string, spec: SceneSpec): string {
  const first = {
    biome: spec.biome,
    timeOfDay: spec.timeOfDay,
    weather: spec.weather,
    palette: spec.palette,
    mood: spec.mood,
    motifs: spec.motifs,
    title: spec.title,
  }
  return `Words: ${JSON.stringify(words.trim().slice(0, 2000))}\nFirst reading: ${JSON.stringify(first)}`
}

/** The narration voice's manner (gpt-4o-mini-tts follows instructions; older models ignore them). */
export const SPEECH_INSTRUCTIONS =
  'Speak softly and slowly, in a calm, warm and steady voice, with gentle pauses between sentences.'

const SPOKEN_LANGUAGE: Readonly<Record<SupportedLanguage, string>> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
}

/** How the voice speaks a line: calm, and in the client's language with a native accent (the words are in it). */
export function speechInstructions(lang?: SupportedLanguage): string {
  if (!lang || lang === 'en') return SPEECH_INSTRUCTIONS
  return `${SPEECH_INSTRUCTIONS} The words are in ${SPOKEN_LANGUAGE[lang]}: speak them as a native ${SPOKEN_LANGUAGE[lang]} speaker would.`
}
