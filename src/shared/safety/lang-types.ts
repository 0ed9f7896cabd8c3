import type { TraumaCategory } from './lexicon'
import type { RiskCategory } from './risk'

/**
 * One language's words for the trauma screen. Written for that language by someone who speaks it, never
 * translated word for word: people name a fire, a war or a loss differently in each language.
 */
export interface TraumaWords {
  /** Words and phrases that hold an artwork unless negated; diacritics stripped, lower case, inflections listed. */
  readonly held: Readonly<Record<TraumaCategory, readonly string[]>>
  /** Look-alikes that are only mentioned to the therapist ("feu de camp"). */
  readonly soft?: Readonly<Partial<Record<TraumaCategory, readonly string[]>>>
  /** Phrases that contain a held word but are harmless ("coup de soleil"). */
  readonly benign?: readonly string[]
  /**
   * Endings that hold as the last part of a compound word, for languages that join words ("unfall" holds
   * "Autounfall"). Each must be safe as the end of any longer word of any language we read.
   */
  readonly heads?: Readonly<Partial<Record<TraumaCategory, readonly string[]>>>
  /**
   * Ordinary words of this language that another language's list would hold (German "die", "war"). In text
   * detected as this language, only this language's own lists may hold them.
   */
  readonly falseFriends?: readonly string[]
}

/** One language's risk patterns, as regular-expression alternatives over text made by `risk-normalise.ts`. */
export interface RiskWords {
  readonly patterns: Readonly<Partial<Record<RiskCategory, readonly string[]>>>
  /** Figures of speech that share words with a pattern ("me muero de ganas"): a hit inside one is dropped. */
  readonly idioms?: readonly string[]
  /** Words that mark a hit as negated when they come shortly before it ("nunca", "jamais", "nie"). */
  readonly negators?: readonly string[]
  /** Words that mark a hit as a what-if ("si", "wenn"). */
  readonly whatIf?: readonly string[]
  /** Words that start a new thought, so a negation before them does not reach past ("pero", "mais", "aber"). */
  readonly breakers?: readonly string[]
}
