import { crisisLanguage, GENTLE_RISK_MESSAGE } from '../../shared/safety/crisis'

/** Fades of the risk panels and notices: never quicker than a second (docs/CLINICAL.md: no surprises). */
export const RISK_FADE_MS = 1200

/**
 * The message a paired headset shows while the therapist is on the way, in the device's language when we have it,
 * its first sentence on a line of its own (the thank-you reads as one thought, not broken mid-phrase).
 */
export function gentleRiskMessage(language: string | undefined): string {
  return GENTLE_RISK_MESSAGE[crisisLanguage(language)].replace(/([.!?]) (?=\S)/, '$1\n')
}

/** A crisis text as shown: a phone number never breaks across two lines (a split number is hard to dial). */
export function readableCrisisText(text: string): string {
  return text.replace(/(\d) (?=\+?\d)/g, '$1\u00a0')
}
