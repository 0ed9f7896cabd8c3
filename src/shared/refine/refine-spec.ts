import { SceneSpecSchema } from '../spec'
import type { SceneSpec } from '../spec'
import { applyChoice } from './apply-choice'
import type { RefineChoice } from './choices'
import { mergeWords } from './words'
import type { Interpret } from './words'

export type RefineRequest = { choice?: RefineChoice; text?: string }
export type RefineResult = { ok: true; spec: SceneSpec; text: string } | { ok: false; message: string }

/** Combined words (the original and every refinement) stay under this, so the screen always reads them all. */
export const COMBINED_MAX_CHARS = 4000

/** A refinement that would change nothing says so plainly rather than making an identical version. */
const NOTHING_TO_CHANGE: Record<RefineChoice, string> = {
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

const same = (a: SceneSpec, b: SceneSpec) => JSON.stringify(a) === JSON.stringify(b)

export function specChanged(a: SceneSpec, b: SceneSpec): boolean {
  return !same(a, b)
}

/**
 * A new version's spec and words from the current version. A choice keeps the words; new words are added to
 * them (what the placard shows, and what the safety screen reads). A refinement that would change nothing says
 * so instead of making a copy. The result is always schema-valid.
 */
export function refineSpec(
  current: { spec: SceneSpec; text: string },
  req: RefineRequest,
  interpret: Interpret,
): RefineResult {
  const words = req.text?.trim() ?? ''
  if (!req.choice && !words) return { ok: false, message: 'Choose a change or write a few words.' }
  let spec = current.spec
  let text = current.text
  if (words) {
    text = `${current.text}\n${words}`
    if (text.length > COMBINED_MAX_CHARS) {
      return { ok: false, message: 'These words have grown long; describe a new painting instead.' }
    }
    spec = mergeWords({ current: spec, baseText: current.text, words, interpret })
  }
  if (req.choice) spec = applyChoice(spec, req.choice)
  const parsed = SceneSpecSchema.safeParse(spec)
  if (!parsed.success) return { ok: false, message: 'That change could not be painted.' }
  if (!words && same(parsed.data, current.spec)) {
    return {
      ok: false,
      message: NOTHING_TO_CHANGE[req.choice!],
    }
  }
  return { ok: true, spec: parsed.data, text }
}
