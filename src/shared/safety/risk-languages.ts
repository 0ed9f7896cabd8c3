import type { RiskWords } from './lang-types'
import type { SupportedLanguage } from './language'
import { RISK_DE } from './risk-de'
import { RISK_ES } from './risk-es'
import { RISK_FR } from './risk-fr'

/**
 * The risk patterns of every language besides English (whose patterns are the `risk-lexicon*.ts` files). Apart
 * from the trauma lists, so the headset's risk screen never carries them.
 */
export const RISK_WORDS: Readonly<Record<Exclude<SupportedLanguage, 'en'>, RiskWords>> = {
  es: RISK_ES,
  fr: RISK_FR,
  de: RISK_DE,
}
