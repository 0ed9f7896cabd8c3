export { screenSafety, findSafetyHits, type SafetyHit } from './screen'
export { TRAUMA_CATEGORIES, TRAUMA_CATEGORY_LABELS, TRAUMA_LEXICON, type TraumaCategory } from './lexicon'
export { SOFT_MENTIONS, BENIGN_PHRASES } from './look-alikes'
export { tokenize, negationMask, normalizeWord, isNegator, type Tok } from './tokens'
export { PhraseIndex, surface, type PhraseMatch } from './phrases'
export {
  screenRisk,
  summarise,
  reasonLine,
  NO_RISK,
  RISK_CATEGORIES,
  RISK_CATEGORY_LABELS,
  RISK_REASON_MAX_CHARS,
  type RiskCategory,
  type RiskHit,
  type RiskMark,
  type RiskScreen,
} from './risk'
