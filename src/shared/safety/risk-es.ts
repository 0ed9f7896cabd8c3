import type { RiskWords } from './lang-types'

// prettier-ignore
export const RISK_ES: RiskWords = {
  patterns: {},
}
