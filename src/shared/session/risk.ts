import { z } from 'zod'
import { RISK_CATEGORIES } from '../safety/risk-categories'
import type { RiskScreen } from '../safety/risk'
import { TEXT_MAX_CHARS } from '../spec'

/**
 * Risk events in a session: words that suggest the client may not be safe, raised to the therapist at once and
 * never painted. The therapist acknowledges (the alert stops), then records a short structured check based on the
 * Columbia screener (C-SSRS) and what they did. Kept in the session state, so the record, the export and the report
 * carry it; the headset only ever learns that a raised event exists and whether it was acknowledged.
 */

export const MAX_RISKS = 50
export const RISK_ACTION_MAX_CHARS = 1000
export const RISK_REASON_MAX = 20

const Id = z.string().min(1).max(64)
const Millis = z.number().finite().nonnegative()

/** One answer of the check: the therapist may also leave a question as not asked. */
export const RiskAnswerSchema = z.enum(['yes', 'no', 'not-asked'])
export type RiskAnswer = z.infer<typeof RiskAnswerSchema>

/** The Columbia screener's questions, in the order a therapist asks them. */
export const RISK_CHECK_QUESTIONS = ['wishDead', 'thoughts', 'method', 'intent', 'plan', 'behaviour'] as const
export type RiskCheckQuestion = (typeof RISK_CHECK_QUESTIONS)[number]

export const RISK_CHECK_LABELS: Record<RiskCheckQuestion, string> = {
  wishDead: 'Wished they were dead, or wished they could go to sleep and not wake up',
  thoughts: 'Had actual thoughts of killing themselves',
  method: 'Thought about how they might do this',
  intent: 'Had some intention of acting on these thoughts',
  plan: 'Started to work out, or worked out, the details of a plan, and intend to carry it out',
  behaviour: 'Done, started or prepared anything to end their life (recently or ever)',
}

/** The standard next steps a therapist may tick; anything else goes in the words. */
export const RISK_ACTIONS = [
  'stayed-with-client',
  'safety-plan',
  'crisis-line',
  'emergency-services',
  'contacted-support',
  'follow-up-booked',
] as const
export type RiskAction = (typeof RISK_ACTIONS)[number]
export const RISK_ACTION_LABELS: Record<RiskAction, string> = {
  'stayed-with-client': 'Stayed with the client and talked it through',
  'safety-plan': 'Made or reviewed a safety plan',
  'crisis-line': 'Gave the crisis line',
  'emergency-services': 'Called emergency services',
  'contacted-support': "Contacted the client's support person",
  'follow-up-booked': 'Booked a follow-up',
}

export const RiskCheckSchema = z.strictObject({
  answers: z.strictObject(
    Object.fromEntries(RISK_CHECK_QUESTIONS.map((q) => [q, RiskAnswerSchema])) as Record<
      RiskCheckQuestion,
      typeof RiskAnswerSchema
    >,
  ),
  actions: z.array(z.enum(RISK_ACTIONS)).max(RISK_ACTIONS.length),
  /** What the therapist did and decided, in their words. */
  note: z.string().max(RISK_ACTION_MAX_CHARS),
})
export type RiskCheck = z.infer<typeof RiskCheckSchema>

export const RiskEventSchema = z.object({
  id: Id,
  /** Server time (ms) the words were raised. */
  at: Millis,
  /** The words as typed or spoken (empty in the headset's copy). */
  words: z.string().max(TEXT_MAX_CHARS),
  /** Who typed them: the client, or the therapist on the client's behalf. */
  from: z.enum(['client', 'therapist']),
  /**
   * Where the words came from: new words, new words for a waiting artwork, a refinement, or a recording (raised as
   * soon as it was transcribed, before the client chose to use the words).
   */
  source: z.enum(['describe', 'edit', 'refine', 'speech']),
  categories: z.array(z.enum(RISK_CATEGORIES)).max(RISK_CATEGORIES.length),
  /** What was recognised, in plain words ("self-harm: 'cutting myself' (negated)"). */
  reasons: z.array(z.string().max(200)).max(RISK_REASON_MAX),
  acknowledgedAt: Millis.nullable(),
  check: RiskCheckSchema.extend({ at: Millis }).nullable(),
})
export type RiskEvent = z.infer<typeof RiskEventSchema>

/** A raised event from a screen's result. */
export function newRiskEvent(input: {
  id: string
  at: number
  words: string
  from: RiskEvent['from']
  source: RiskEvent['source']
  screen: RiskScreen
  extraReasons?: readonly string[]
}): RiskEvent {
  const reasons = [...input.screen.reasons, ...(input.extraReasons ?? [])]
  return {
    id: input.id,
    at: input.at,
    words: input.words.slice(0, TEXT_MAX_CHARS),
    from: input.from,
    source: input.source,
    categories: [...input.screen.categories],
    reasons: reasons.slice(0, RISK_REASON_MAX).map((r) => r.slice(0, 200)),
    acknowledgedAt: null,
    check: null,
  }
}

/** What the headset may know of an event: that it exists and whether the therapist is with the client. */
export function riskForHeadset(event: RiskEvent): RiskEvent {
  return { ...event, words: '', categories: [], reasons: [], check: null, from: 'client', source: 'describe' }
}

/** Events still waiting for the therapist's acknowledgement. */
export function unacknowledgedRisks(risks: readonly RiskEvent[] | undefined): RiskEvent[] {
  return (risks ?? []).filter((r) => r.acknowledgedAt === null)
}
