import type { SceneSpec } from '../spec'
import { applyChoice, MAX_MOTIFS } from './apply-choice'
import { REFINE_WORDS_MAX_CHARS } from './choices'
import type { RefineChoice } from './choices'

/** Plain phrases that mean a quick choice ("a bit calmer", "more sky"). */
const CHOICE_PHRASES: Array<[RegExp, RefineChoice]> = [
  [/\b(calmer|more calm|quieter|more peaceful|more still|less stormy|less windy)\b/g, 'calmer'],
  [/\b(warmer|more warm|warm(?:er)? colou?rs)\b/g, 'warmer'],
  [/\b(cooler|more cool|cool(?:er)? colou?rs)\b/g, 'cooler'],
  [/\b(brighter|lighter colou?rs|less dark)\b/g, 'brighter'],
  [/\b(softer|gentler|more gentle|more muted)\b/g, 'softer'],
  [/\b(more open|more sky|more space|wider|more room)\b/g, 'more-open'],
  [/\b(less crowded|less busy|fewer things|simpler|emptier|less cluttered)\b/g, 'less-crowded'],
  [/\b(add water|more water|some water)\b/g, 'add-water'],
  [/\b(add light|more light|more sun(?:light|shine)?)\b/g, 'add-light'],
]
/** "fewer trees", "less fog", "no birds", "without the boats", "remove the rocks". */
const REMOVE =
  /\b(?:fewer|less|no|without|remove|take away)\s+(?:the\s+|any\s+|some\s+)?([a-z][a-z\s-]{1,30}?)(?=[,.;!?]|\band\b|$)/g
/** Softeners that carry no content: "a little", "a bit", "please". */
const FILLER = /\b(a little|a bit|slightly|somewhat|please|just|maybe|make it|can you|could you)\b/g

export type ParsedWords = {
  choices: RefineChoice[]
  /** Phrases naming what should go ("trees", "fog"); the caller maps them to motifs and weather. */
  remove: string[]
  /** What is left to read as a description ("a small boat"), possibly empty. */
  rest: string
}

/** Split refinement words into quick choices, removals and new description. Pure; lower-cases the words. */
export function parseRefineWords(text: string): ParsedWords {
  let rest = ` ${text.toLowerCase().slice(0, REFINE_WORDS_MAX_CHARS)} `
  const choices: RefineChoice[] = []
  for (const [re, choice] of CHOICE_PHRASES) {
    if (rest.match(re)) {
      if (!choices.includes(choice)) choices.push(choice)
      rest = rest.replace(re, ' ')
    }
  }
  const remove: string[] = []
  rest = rest.replace(REMOVE, (_m, what: string) => {
    const w = what.trim()
    if (w && !remove.includes(w)) remove.push(w)
    return ' '
  })
  rest = rest.replace(FILLER, ' ').replace(/\s+/g, ' ').trim()
  // Only punctuation and joining words left: nothing to describe.
  if (!/[a-z]{3,}/.test(rest.replace(/\b(and|the|with|more|some|also)\b/g, ''))) rest = ''
  return { choices, remove, rest }
}

export type Interpret = (text: string) => SceneSpec

const round2 = (v: number): number => Math.round(Math.max(-1, Math.min(1, v)) * 100) / 100
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Merge refinement words onto the current spec. What the new words change is found by reading the original words
 * with and without them (so a word that only repeats the original changes nothing), and that change is applied to
 * the CURRENT spec, keeping earlier refinements. Removals and quick-choice phrases follow. Safety is the screen of
 * ALL the words together, and a hold always wins.
 */
export function mergeWords(input: {
  current: SceneSpec
  baseText: string
  words: string
  interpret: Interpret
}): SceneSpec {
  const { current, baseText, words, interpret } = input
  const parsed = parseRefineWords(words)
  const screened = interpret(`${baseText}\n${words}`)
  let next: SceneSpec = { ...current }
  if (parsed.rest) {
    const base = interpret(baseText)
    const combined = interpret(`${baseText}\n${parsed.rest}`)
    if (combined.biome !== base.biome) next.biome = combined.biome
    if (combined.timeOfDay !== base.timeOfDay) next.timeOfDay = combined.timeOfDay
    if (combined.weather !== base.weather) next.weather = combined.weather
    if (!same(combined.palette, base.palette)) next.palette = [...combined.palette]
    if (combined.title !== base.title) next.title = combined.title
    next.mood = {
      valence: round2(current.mood.valence + combined.mood.valence - base.mood.valence),
      arousal: round2(current.mood.arousal + combined.mood.arousal - base.mood.arousal),
    }
    const added = combined.motifs.filter((m) => !base.motifs.includes(m))
    const dropped = combined.motifs.length ? base.motifs.filter((m) => !combined.motifs.includes(m)) : []
    next.motifs = [
      ...next.motifs.filter((m) => !dropped.includes(m)),
      ...added.filter((m) => !next.motifs.includes(m)),
    ]
  }
  for (const phrase of parsed.remove) {
    const gone = interpret(phrase)
    next.motifs = next.motifs.filter((m) => !gone.motifs.includes(m) && !m.includes(phrase))
    if (gone.weather !== 'clear' && gone.weather === next.weather) next.weather = 'clear'
    if (/\b(fog|mist|cloud|clouds|rain|wind|storm)\b/.test(phrase)) next.weather = 'clear'
  }
  for (const choice of parsed.choices) next = applyChoice(next, choice)
  next.motifs = next.motifs.slice(0, MAX_MOTIFS)
  const held = screened.safety.held || current.safety.held
  next.safety = {
    held,
    reasons: [...new Set([...current.safety.reasons, ...screened.safety.reasons])].slice(0, 20),
    mentioned: [...new Set([...current.safety.mentioned, ...screened.safety.mentioned])].slice(0, 20),
  }
  if (held) next.mood = { ...next.mood, valence: Math.min(next.mood.valence, 0) }
  return next
}
