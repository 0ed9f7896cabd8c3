/**
 * The risk screen's categories and their plain names, in a module of their own with nothing else in it: the session
 * state and the console need the names, and must not carry every language's patterns with them.
 */
export const RISK_CATEGORIES = [
  'suicidal-thoughts',
  'self-harm',
  'plan-or-means',
  'harm-to-others',
  'danger-now',
] as const
export type RiskCategory = (typeof RISK_CATEGORIES)[number]

/** Plain-language labels for the therapist console and the report. */
export const RISK_CATEGORY_LABELS: Record<RiskCategory, string> = {
  'suicidal-thoughts': 'Thoughts of suicide or of not being alive',
  'self-harm': 'Self-harm',
  'plan-or-means': 'A plan or means',
  'harm-to-others': 'Harm to someone else',
  'danger-now': 'In danger from someone',
}
