// Plain constants with no zod, so the headset's panels can list the choices without pulling schemas in.

/** The quick refinements a client or therapist can ask for with one press. */
export const REFINE_CHOICES = [
  'calmer',
  'warmer',
  'cooler',
  'brighter',
  'softer',
  'more-open',
  'less-crowded',
  'add-water',
  'add-light',
] as const
export type RefineChoice = (typeof REFINE_CHOICES)[number]

/**
 * Short, calm labels for the console's buttons, in English. The headset words the same ids in the client's
 * language from its catalogue ('refine.choice.<id>' in src/shared/i18n/headset/session-*.ts), English identical.
 */
export const REFINE_CHOICE_LABELS: Record<RefineChoice, string> = {
  calmer: 'Calmer',
  warmer: 'Warmer',
  cooler: 'Cooler',
  brighter: 'Brighter',
  softer: 'Softer',
  'more-open': 'More open',
  'less-crowded': 'Less crowded',
  'add-water': 'Add water',
  'add-light': 'Add light',
}

/** A session keeps at most this many versions of one artwork (the oldest not hanging is dropped). */
export const MAX_VERSIONS = 8

export function isRefineChoice(value: unknown): value is RefineChoice {
  return typeof value === 'string' && (REFINE_CHOICES as readonly string[]).includes(value)
}

/** Refinement words may be this long (the combined words of all versions are capped separately). */
export const REFINE_WORDS_MAX_CHARS = 500
