import type { HeadsetSessionView } from './session-client'

/**
 * The therapist's SUDS question is waiting for this client's answer. It comes before anything else in VR: other
 * panels that take words or choices (Describe, refine) step aside until it is answered.
 */
export function isSudsAsked(v: HeadsetSessionView | null): boolean {
  const request = v?.state?.suds.request ?? null
  return v?.stage === 'live' && request !== null && v.sudsAnswered !== request.n
}
