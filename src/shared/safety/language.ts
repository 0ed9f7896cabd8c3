import { normalizeWord } from './tokens'

/** The languages Stillroom reads, screens and speaks. */
export const LANGUAGES = ['en', 'es', 'fr', 'de'] as const
export type SupportedLanguage = (typeof LANGUAGES)[number]
/** 'other': words in a language Stillroom does not read yet, held for the therapist instead of guessed at. */
export type Language = SupportedLanguage | 'other'

export function isSupportedLanguage(x: unknown): x is SupportedLanguage {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x)
}

/** "es-MX", "de_AT" → "es", "de"; anything else → undefined. */
export function supportedLanguageOf(tag: unknown): SupportedLanguage | undefined {
  if (typeof tag !== 'string') return undefined
  const base = tag
    .trim()
    .toLowerCase()
    .split(/[-_,;]/)[0]
  return isSupportedLanguage(base) ? base : undefined
}

// prettier-ignore
const STOPWORDS: Record<SupportedLanguage, ReadonlySet<string>> = {
  en: new Set(
    (
      'the a an and of in on at to is are was were with by under over it i my me we our you ' +
      'this that there where when from for as be so very into through just like feel its all some'
    ).split(' '),
  ),
  es: new Set(
    (
      'el la los las un una unos unas y de del en con por para es son esta estan muy mi mis ' +
      'que se al lo como pero sobre bajo hay donde cuando siento me yo nos entre hacia estoy quiero'
    ).split(' '),
  ),
  fr: new Set(
    (
      'le la les un une des et de du au aux en avec par pour est sont tres mon ma mes ' +
      'que qui se sur sous il elle je nous ou quand dans ce cette ces on suis mais ne pas'
    ).split(' '),
  ),
  de: new Set(
    (
      'der die das und ist ein eine einen einem einer mit im am auf zu den dem des ich wir nicht sehr war ' +
      'es sie er bei unter ueber uber vom zum zur ins aus wo wenn dann aber auch noch nur mein meine meinem ' +
      'meinen meiner wie von sich hat habe bin sind wird kein keine ganz mich mir an in am ans um nach durch ' +
      'oder alles uns unser unsere dort hier ohne gibt schon'
    ).split(' '),
  ),
}

/** Common words of languages we do not read yet: Italian, Portuguese, Dutch. */
const OTHER = new Set(
  (
    'het een van op zijn niet ik wij mijn ook maar naar bij aan heel ' +
    'il lo gli della sono nella sulla molto io noi nel dello degli che sotto di e con una alla questo questa mio mia ' +
    'o os um uma com do da em no na muito eu nao ao dos das estou uma sobre'
  ).split(' '),
)

const WORD_RE = /[\p{L}']+/gu

/**
 * Guesses the language from the share of common short words; `prefer` (the client's language) breaks ties and
 * names texts with no telling words. Words of another language we do not read, or another script, give 'other'
 * only with clear evidence, so a short English line is never taken for something else.
 */
export function detectLanguage(text: string, prefer?: SupportedLanguage): Language {
  return readLanguage(text, prefer).language
}

/**
 * The language and whether the words say so clearly: two or more telling words, more than any other language
 * has. A lone "war" is not clearly German, so a screen must not read it as German only.
 */
export function readLanguage(
  text: string,
  prefer?: SupportedLanguage,
): { language: Language; clear: boolean } {
  const fallback = prefer ?? 'en'
  const letters = text.match(/\p{L}/gu) ?? []
  if (letters.length === 0) return { language: fallback, clear: false }
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length
  if (latin / letters.length < 0.5) return { language: 'other', clear: true }
  const words = (normalizeWord(text).match(WORD_RE) ?? []).slice(0, 400)
  const score: Record<Language, number> = { en: 0, es: 0, fr: 0, de: 0, other: 0 }
  for (const w of words) {
    // Words shared by several languages ("a", "la", "en", "die") count for each: only the balance matters.
    for (const lang of LANGUAGES) if (STOPWORDS[lang].has(w)) score[lang]++
    if (OTHER.has(w)) score.other++
    if (/^(l|d|qu|j|n|s|c|m|t)'/.test(w)) score.fr++
  }
  if (/[ñ¿¡]/i.test(text)) score.es += 2
  if (/[êèàçœùâîû]/i.test(text)) score.fr += 1
  if (/[äöüß]/i.test(text)) score.de += 2
  if (/[ãõ]/i.test(text)) score.other += 2
  const top = Math.max(...LANGUAGES.map((l) => score[l]))
  if (score.other >= 2 && score.other > top) return { language: 'other', clear: true }
  if (top === 0) return { language: fallback, clear: false }
  const tied = LANGUAGES.filter((l) => score[l] === top)
  const language = prefer && tied.includes(prefer) ? prefer : (tied[0] ?? fallback)
  const second = Math.max(score.other, ...LANGUAGES.filter((l) => l !== language).map((l) => score[l]))
  return { language, clear: top >= 2 && top > second }
}
