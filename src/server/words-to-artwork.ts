// The one road from a client's or therapist's words to an Artwork on the server, whichever door they came in by (the
// solo gallery's POST /api/artworks or a session's describe and edit): checked words are screened for risk first,
// then interpreted (which includes the trauma screen) and validated. What each door does with the answer differs —
// the solo door answers with the crisis text, a session raises the words to the therapist — but the words are read
// the same way everywhere, so a change to that road is made once.
import type { Artwork } from '../shared/artwork'
import type { Clock } from '../shared/clock'
import { isoAt } from '../shared/clock'
import { seedFromText } from '../shared/recipe'
import { screenRisk } from '../shared/safety/risk'
import type { RiskScreen } from '../shared/safety/risk'
import type { SupportedLanguage } from '../shared/safety/language'
import { SceneSpecSchema } from '../shared/spec'
import type { SceneSpec } from '../shared/spec'

/** The interpreter as the server takes it: the client's language, when known, breaks ties in reading the words. */
export type Interpret = (text: string, options?: { language?: SupportedLanguage }) => SceneSpec

export interface WordsDeps {
  interpret: Interpret
  now: Clock
  createId: () => string
}

export type WordsResult =
  /** Words of risk: never interpreted into a scene, never stored as an artwork, never hung. */
  | { kind: 'risk'; screen: RiskScreen }
  /** Screened and interpreted: `held` when the trauma screen keeps it for the therapist. */
  | { kind: 'artwork'; artwork: Artwork }
  /**
   * The interpreter failed or gave an invalid scene. Nothing falls back to a default scene: unscreened words must
   * never reach a wall.
   */
  | { kind: 'failed'; error: unknown }

/** Words (already checked for length and characters) → risk, an artwork, or a failure. */
export function wordsToArtwork(deps: WordsDeps, text: string, language?: SupportedLanguage): WordsResult {
  const risk = screenRisk(text)
  if (risk.raised) return { kind: 'risk', screen: risk }
  let spec: SceneSpec
  try {
    spec = SceneSpecSchema.parse(deps.interpret(text, language ? { language } : undefined))
  } catch (error) {
    return { kind: 'failed', error }
  }
  return {
    kind: 'artwork',
    artwork: {
      id: deps.createId(),
      text,
      createdAt: isoAt(deps.now()),
      spec,
      seed: seedFromText(text),
      status: spec.safety.held ? 'held' : 'shown',
    },
  }
}
