// Plain constants with no zod (as choices.ts), so the headset can word a refusal without pulling schemas in.
import type { RefineChoice } from './choices'

/**
 * Why a refinement made no version, as an id: each side words it (the console and the server's answers in English,
 * below; the headset in the client's language, 'refine.refused.<id>' in its catalogue).
 */
export type RefineRefusal = 'empty' | 'too-long' | 'unpaintable' | `nothing.${RefineChoice}`

/** A refinement that would change nothing says so plainly rather than making an identical version. */
const NOTHING_TO_CHANGE: Readonly<Record<RefineChoice, string>> = {
  calmer: 'It is already as calm as it can be.',
  warmer: 'It is already as warm as it can be.',
  cooler: 'It is already as cool as it can be.',
  brighter: 'It is already as bright as it can be.',
  softer: 'It is already as soft as it can be.',
  'more-open': 'It is already as open as it can be.',
  'less-crowded': 'There is nothing left to take away.',
  'add-water': 'It already has all the water it can hold.',
  'add-light': 'It is already full of light.',
}

/** Every refusal in English: the words the console and the server's answers carry. */
export const REFINE_REFUSAL_TEXT: Readonly<Record<RefineRefusal, string>> = {
  empty: 'Choose a change or write a few words.',
  'too-long': 'These words have grown long; describe a new painting instead.',
  unpaintable: 'That change could not be painted.',
  ...(Object.fromEntries(Object.entries(NOTHING_TO_CHANGE).map(([c, m]) => [`nothing.${c}`, m])) as Record<
    `nothing.${RefineChoice}`,
    string
  >),
}

/** The refusal an English message names (the server's answer carries only the words), or undefined. */
export function refusalOf(message: string): RefineRefusal | undefined {
  return (Object.keys(REFINE_REFUSAL_TEXT) as RefineRefusal[]).find((r) => REFINE_REFUSAL_TEXT[r] === message)
}
