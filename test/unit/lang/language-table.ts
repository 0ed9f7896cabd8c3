import type { RiskCategory } from '../../../src/shared/safety'
import type { Row } from '../interpret-table'

/**
 * One language's test table, written for that language by someone who speaks it (never translated from the
 * English table): how people there describe a safe place, and how they name what hurts.
 */
export interface LanguageTable {
  /** At least 60 descriptions with their place, time, weather and whether they are held (trauma words). */
  readonly rows: readonly Row[]
  /** At least 40 calm descriptions with no trauma at all: at most one may be held. */
  readonly calm: readonly string[]
  /** At least 40 ways of saying a risk (self-harm, suicide, danger, harm to others), each with its category. */
  readonly risk: readonly (readonly [string, RiskCategory])[]
  /** At least 20 idioms and calm lines that share words with a risk ("me muero de ganas de ver el mar"). */
  readonly notRisk: readonly string[]
}
