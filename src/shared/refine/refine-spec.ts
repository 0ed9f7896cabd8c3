import { SceneSpecSchema } from '../spec'
import type { SceneSpec } from '../spec'
import { applyChoice } from './apply-choice'
import type { RefineChoice } from './choices'
import { REFINE_REFUSAL_TEXT, type RefineRefusal } from './refusals'
import { mergeWords } from './words'
import type { Interpret } from './words'

export type { RefineRefusal }

export type RefineRequest = { choice?: RefineChoice; text?: string }
export type RefineResult =
  { ok: true; spec: SceneSpec; text: string } | { ok: false; reason: RefineRefusal; message: string }

/** Combined words (the original and every refinement) stay under this, so the screen always reads them all. */
export const COMBINED_MAX_CHARS = 4000

const refuse = (reason: RefineRefusal) => ({
  ok: false as const,
  reason,
  message: REFINE_REFUSAL_TEXT[reason],
})

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
  if (!req.choice && !words) return refuse('empty')
  let spec = current.spec
  let text = current.text
  if (words) {
    text = `${current.text}\n${words}`
    if (text.length > COMBINED_MAX_CHARS) {
      return refuse('too-long')
    }
    spec = mergeWords({ current: spec, baseText: current.text, words, interpret })
  }
  if (req.choice) spec = applyChoice(spec, req.choice)
  const parsed = SceneSpecSchema.safeParse(spec)
  if (!parsed.success) return refuse('unpaintable')
  if (!words && same(parsed.data, current.spec)) return refuse(`nothing.${req.choice!}`)
  return { ok: true, spec: parsed.data, text }
}
