/**
 * What a client meets when words of risk are raised. Safe-messaging practice: warm, short, a clear next step, no
 * method details, nothing dramatic. The clinic replaces the crisis text with its own (numbers, its own line); these
 * defaults only say where to turn, because a number that is wrong for the client's country is worse than none.
 */

/** Languages with a default crisis text and gentle message, written in that language (not word for word). */
export const CRISIS_LANGUAGES = ['en', 'es', 'fr', 'de'] as const
export type CrisisLanguage = (typeof CRISIS_LANGUAGES)[number]

export const CRISIS_TEXT_MAX_CHARS = 1200

// Spanish speaks to the client as "tú", French and German as "vous" and "Sie": how clinics in each usually do.
export const DEFAULT_CRISIS_TEXT: Record<CrisisLanguage, string> = {
  en:
    'You matter, and you do not have to carry this alone. If you might act on these thoughts, or you are in ' +
    'danger now, call your local emergency number. You can also contact your therapist or your clinic now and ' +
    'tell them what you wrote here.',
  es:
    'Importas, y no tienes que cargar con esto a solas. Si crees que podrías actuar según estos pensamientos, o ' +
    'estás en peligro ahora, llama al número de emergencias de tu país. También puedes contactar ahora con tu ' +
    'terapeuta o tu clínica y contarles lo que has escrito aquí.',
  fr:
    'Vous comptez, et vous n’avez pas à traverser cela sans aide. Si vous pensez pouvoir passer à l’acte, ou si ' +
    'vous êtes en danger maintenant, appelez le numéro d’urgence de votre pays. Vous pouvez aussi contacter dès ' +
    'maintenant votre thérapeute ou votre clinique et leur dire ce que vous avez écrit ici.',
  de:
    'Sie sind wichtig, und Sie müssen das nicht allein tragen. Wenn Sie fürchten, nach diesen Gedanken zu ' +
    'handeln, oder wenn Sie gerade in Gefahr sind, rufen Sie die Notrufnummer Ihres Landes an. Sie können sich ' +
    'auch jetzt an Ihre Therapeutin, Ihren Therapeuten oder Ihre Klinik wenden und sagen, was Sie hier ' +
    'geschrieben haben.',
}

/** Shown on the headset in a session, while the therapist is on their way. */
export const GENTLE_RISK_MESSAGE: Record<CrisisLanguage, string> = {
  en: 'Thank you for telling me. Your therapist will be with you in a moment.',
  es: 'Gracias por contármelo. Tu terapeuta estará contigo en un momento.',
  fr: 'Merci de me l’avoir dit. Votre thérapeute sera avec vous dans un instant.',
  de: 'Danke, dass Sie es mir sagen. Ihre Therapeutin oder Ihr Therapeut ist gleich bei Ihnen.',
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
