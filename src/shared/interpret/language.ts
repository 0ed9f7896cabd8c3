import { normalizeWord } from '../safety/tokens'

export type Language = 'en' | 'es' | 'fr' | 'other'

// prettier-ignore
const STOPWORDS: Record<Exclude<Language, 'other'>, ReadonlySet<string>> = {
  en: new Set(
    (
      'the a an and of in on at to is are was were with by under over it i my me we our you ' +
      'this that there where when from for as be so very into through just like feel its all some'
    ).split(' '),
  ),
  es: new Set(
    (
      'el la los las un una unos unas y de del en con por para es son esta estan muy mi mis ' +
      'que se al lo como pero sobre bajo hay donde cuando siento me yo nos entre hacia'
    ).split(' '),
  ),
  fr: new Set(
    (
      'le la les un une des et de du au aux en avec par pour est sont tres mon ma mes ' +
      'que qui se sur sous il elle je nous ou quand dans ce cette ces on suis mais'
    ).split(' '),
  ),
}

/** Common words of other languages we do not read yet, so "ein ruhiger Strand" is not taken for English. */
const OTHER = new Set(
  (
    'der die das und ist ein eine mit im am auf zu den dem ich wir nicht sehr ' +
    'het een en van op zijn niet ik wij il lo gli della sono nella sulla con molto io noi ' +
    'o os as um uma com do da em no na muito eu nos nao'
  ).split(' '),
)

const WORD_RE = /[\p{L}']+/gu

/**
 * Guesses the language from the share of common short words. Non-Latin scripts are 'other'.
 * Short texts with no telling words default to English.
 */
export function detectLanguage(text: string): Language {
  const letters = text.match(/\p{L}/gu) ?? []
  if (letters.length === 0) return 'en'
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length
  if (latin / letters.length < 0.5) return 'other'
  const words = (normalizeWord(text).match(WORD_RE) ?? []).slice(0, 400)
  const score = { en: 0, es: 0, fr: 0, other: 0 }
  for (const w of words) {
    // Words shared by several languages ("a", "la", "en") count for each: only the balance matters.
    if (STOPWORDS.en.has(w)) score.en++
    if (STOPWORDS.es.has(w)) score.es++
    if (STOPWORDS.fr.has(w)) score.fr++
    if (OTHER.has(w)) score.other++
    if (/^(l|d|qu|j|n|s|c)'/.test(w)) score.fr++
  }
  if (/[ñ¿¡]/i.test(text)) score.es += 2
  if (/[êèàçœù]/i.test(text)) score.fr += 1
  const best = (['en', 'es', 'fr', 'other'] as const).reduce((a, b) => (score[b] > score[a] ? b : a))
  if (score[best] === 0) return 'en'
  return best
}
