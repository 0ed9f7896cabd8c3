/**
 * What a client meets when words of risk are raised. Safe-messaging practice: warm, short, a clear next step, no
 * method details, nothing dramatic. The clinic replaces the crisis text with its own (numbers, its own line); these
 * defaults only say where to turn, because a number that is wrong for the client's country is worse than none.
 */

/** Languages with a reviewed default crisis text and gentle message. */
export const CRISIS_LANGUAGES = ['en'] as const
export type CrisisLanguage = (typeof CRISIS_LANGUAGES)[number]

export const CRISIS_TEXT_MAX_CHARS = 1200

export const DEFAULT_CRISIS_TEXT: Record<CrisisLanguage, string> = {
  en:
    'You matter, and you do not have to carry this alone. If you might act on these thoughts, or you are in ' +
    'danger now, call your local emergency number. You can also contact your therapist or your clinic now and ' +
    'tell them what you wrote here.',
}

/** Shown on the headset in a session, while the therapist is on their way. */
export const GENTLE_RISK_MESSAGE: Record<CrisisLanguage, string> = {
  en: 'Thank you for telling me. Your therapist will be with you in a moment.',
}

/** The crisis text as the server serves it: the clinic's own, or the safe default. */
export interface CrisisText {
  readonly language: string
  readonly text: string
  readonly source: 'clinic' | 'default'
}

/** The best language we have for a requested one ("es-MX" → "es" when we have it, else English). */
export function crisisLanguage(requested: string | undefined): CrisisLanguage {
  const base = (requested ?? '').toLowerCase().split(/[-_]/)[0] ?? ''
  return (CRISIS_LANGUAGES as readonly string[]).includes(base) ? (base as CrisisLanguage) : 'en'
}

export function defaultCrisisText(language: string | undefined): CrisisText {
  const lang = crisisLanguage(language)
  return { language: lang, text: DEFAULT_CRISIS_TEXT[lang], source: 'default' }
}
