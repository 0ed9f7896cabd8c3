import { EXERCISES_EN } from '../i18n/headset/exercises-en'
import { createTranslator, type Vars } from '../i18n/translate'
import { EXERCISE_IDS, type ExerciseId, type ExerciseStart } from './schema'
import {
  BODY_SCAN_REGIONS,
  GROUNDING_SCRIPT,
  bodyScanFixedSeconds,
  bodyScanScript,
  breathingWords,
  safePlaceScript,
  type ExerciseKey,
  type ScriptLine,
  type ScriptStep,
} from './scripts'
import type { BreathPattern, BreathPhase, BreathState, ExerciseState, Line, Step, Timeline } from './types'

/**
 * The words of an exercise in one language: the headset's translator (`useText()`, `HeadsetTranslate`) for what
 * the client reads and hears, `englishExerciseText()` for the therapist's console and tests.
 */
export type ExerciseText = (key: ExerciseKey, vars?: Vars) => string

let english: ExerciseText | null = null
/** The exercises' words in English (made once, on first use). */
export function englishExerciseText(): ExerciseText {
  english ??= createTranslator<keyof typeof EXERCISES_EN>('en', EXERCISES_EN)
  return english
}

/** Each exercise's name, as a catalogue key. */
export const EXERCISE_TITLE_KEYS = Object.fromEntries(
  EXERCISE_IDS.map((id) => [id, `exercise.title.${id}`]),
) as { readonly [I in ExerciseId]: `exercise.title.${I}` }

/** Each exercise's name in English (the therapist's console stays English). */
export const EXERCISE_TITLES: Record<ExerciseId, string> = Object.fromEntries(
  EXERCISE_IDS.map((id) => [id, EXERCISES_EN[EXERCISE_TITLE_KEYS[id]]]),
) as Record<ExerciseId, string>

/** The four phases of a pattern with their lengths, zero-length ones removed. */
export function breathPhases(p: BreathPattern): Array<[BreathPhase, number]> {
  const all: Array<[BreathPhase, number]> = [
    ['in', p.in],
    ['hold', p.hold],
    ['out', p.out],
    ['hold-out', p.holdOut],
  ]
  return all.filter(([, s]) => s > 0)
}

export const breathSeconds = (p: BreathPattern) => p.in + p.hold + p.out + p.holdOut

export function breathPattern(start: ExerciseStart): BreathPattern | null {
  switch (start.id) {
    case 'breathing-box': {
      const s = start.options.side
      return { in: s, hold: s, out: s, holdOut: s }
    }
    case 'breathing-478':
      return { in: 4, hold: 7, out: 8, holdOut: 0 }
    case 'breathing-resonance': {
      const period = 60 / start.options.rate
      const inS = period * start.options.inShare
      return { in: inS, hold: 0, out: period - inS, holdOut: 0 }
    }
    default:
      return null
  }
}

function breathCycles(start: ExerciseStart, pattern: BreathPattern): number {
  if (start.id === 'breathing-box' || start.id === 'breathing-478') return start.options.cycles
  if (start.id === 'breathing-resonance')
    return Math.max(1, Math.round((start.options.minutes * 60) / breathSeconds(pattern)))
  return 0
}

function toLines(
  lines: readonly ScriptLine[],
  stretch: number,
  t: ExerciseText,
): { lines: Line[]; duration: number } {
  let at = 0
  const out: Line[] = []
  for (const [key, quiet, vars] of lines) {
    out.push({ at, text: t(key, vars) })
    at += quiet * stretch
  }
  return { lines: out, duration: at }
}

function assemble(script: ScriptStep[], text: ExerciseText, stretch = 1): Step[] {
  let t = 0
  return script.map((s) => {
    const { lines, duration } = toLines(s.lines, stretch, text)
    const step: Step = { id: s.id, title: text(s.title), start: t, duration, lines }
    t += duration
    return step
  })
}

/**
 * Builds the whole timeline of an exercise from its (parsed) start, its words in the language of `t`. Pure: the
 * same start gives the same steps, with the same timing, in every language.
 */
export function buildTimeline(start: ExerciseStart, t: ExerciseText = englishExerciseText()): Timeline {
  let steps: Step[]
  const pattern = breathPattern(start)
  if (pattern) {
    const words = breathingWords(start)
    const cycles = breathCycles(start, pattern)
    const intro = toLines(words.intro, 1, t)
    const close = toLines(words.close, 1, t)
    const breathing = cycles * breathSeconds(pattern)
    steps = [
      {
        id: 'intro',
        title: t('exercise.step.settling'),
        start: 0,
        duration: intro.duration,
        lines: intro.lines,
      },
      {
        id: 'breathe',
        title: t('exercise.step.breaths', { count: cycles }),
        start: intro.duration,
        duration: breathing,
        lines: [],
        breath: { pattern, cycles },
      },
      {
        id: 'close',
        title: t('exercise.step.closing'),
        start: intro.duration + breathing,
        duration: close.duration,
        lines: close.lines,
      },
    ]
  } else if (start.id === 'safe-place') {
    steps = assemble(safePlaceScript(start.options.cueWord), t, start.options.pace === 'slow' ? 1.5 : 1)
  } else if (start.id === 'grounding') {
    steps = assemble(GROUNDING_SCRIPT, t, start.options.pace === 'slow' ? 1.5 : 1)
  } else if (start.id === 'body-scan') {
    // Body scan: the regions' quiet stretches so the whole scan lasts the minutes asked for.
    const quiet = (start.options.minutes * 60 - bodyScanFixedSeconds()) / BODY_SCAN_REGIONS
    steps = assemble(bodyScanScript(quiet), t)
  } else throw new Error(`no timeline for ${start.id}`)
  const last = steps[steps.length - 1]!
  return {
    id: start.id,
    title: t(EXERCISE_TITLE_KEYS[start.id]),
    start,
    steps,
    phaseWords: phaseWords(t),
    lang: t('exercise.voiceLang'),
    duration: last.start + last.duration,
  }
}

/** Words for the breath phases: shown always, spoken only for the first breaths (then the tone carries it). */
export const PHASE_KEYS = {
  in: 'caption.breatheIn',
  hold: 'caption.hold',
  out: 'caption.breatheOut',
  'hold-out': 'caption.hold',
} as const satisfies Record<BreathPhase, ExerciseKey>
/** The breath phases' words in one language. */
export function phaseWords(t: ExerciseText): Record<BreathPhase, string> {
  return {
    in: t(PHASE_KEYS.in),
    hold: t(PHASE_KEYS.hold),
    out: t(PHASE_KEYS.out),
    'hold-out': t(PHASE_KEYS['hold-out']),
  }
}
/** The breath phases' words in English (tests compare the captions with them). */
export const PHASE_WORDS: Readonly<Record<BreathPhase, string>> = {
  in: EXERCISES_EN[PHASE_KEYS.in],
  hold: EXERCISES_EN[PHASE_KEYS.hold],
  out: EXERCISES_EN[PHASE_KEYS.out],
  'hold-out': EXERCISES_EN[PHASE_KEYS['hold-out']],
}
const SPOKEN_BREATHS = 2

function breathAt(step: Step, t: number): BreathState {
  const { pattern, cycles } = step.breath!
  const period = breathSeconds(pattern)
  const cycle = Math.min(cycles - 1, Math.floor(t / period))
  let within = t - cycle * period
  const phases = breathPhases(pattern)
  let phaseStart = step.start + cycle * period
  for (let i = 0; i < phases.length; i++) {
    const [phase, seconds] = phases[i]!
    if (within < seconds || i === phases.length - 1) {
      const progress = Math.min(1, Math.max(0, within / seconds))
      const fullness =
        phase === 'in'
          ? easeInOut(progress)
          : phase === 'hold'
            ? 1
            : phase === 'out'
              ? 1 - easeInOut(progress)
              : 0
      return { phase, progress, phaseDuration: seconds, phaseStart, cycle, cycles, fullness }
    }
    within -= seconds
    phaseStart += seconds
  }
  /* c8 ignore next */
  throw new Error('unreachable')
}

/** A breath eases in and out like a real one rather than moving at a constant speed. */
const easeInOut = (x: number) => 0.5 - 0.5 * Math.cos(Math.PI * x)

/**
 * Where an exercise is after `elapsed` seconds of exercise time (real seconds × time scale). Pure, so every
 * device computes the same state from the start time the server gives it.
 */
export function exerciseAt(timeline: Timeline, elapsed: number): ExerciseState {
  const t = Number.isFinite(elapsed) ? Math.max(0, elapsed) : 0
  if (t >= timeline.duration)
    return {
      done: true,
      stepIndex: -1,
      step: null,
      caption: '',
      cue: null,
      breath: null,
      elapsed: timeline.duration,
      remaining: 0,
    }
  let index = timeline.steps.findIndex((s) => t < s.start + s.duration)
  if (index < 0) index = timeline.steps.length - 1
  const step = timeline.steps[index]!
  const local = t - step.start
  const base = { done: false, stepIndex: index, step, elapsed: t, remaining: timeline.duration - t }
  if (step.breath) {
    const breath = breathAt(step, local)
    const words = timeline.phaseWords[breath.phase]
    const spoken = breath.cycle < SPOKEN_BREATHS
    return {
      ...base,
      caption: words,
      cue: spoken ? { key: `${index}:${breath.cycle}:${breath.phase}`, text: words } : null,
      breath,
    }
  }
  let line = -1
  for (let i = 0; i < step.lines.length; i++) if (step.lines[i]!.at <= local) line = i
  const current = step.lines[line]
  return {
    ...base,
    caption: current?.text ?? '',
    cue: current ? { key: `${index}:${line}`, text: current.text } : null,
    breath: null,
  }
}

/** A breath phase on the exercise's own clock (seconds of exercise time). */
export type PhaseSpan = { key: string; phase: BreathPhase; start: number; duration: number; cycle: number }

/**
 * Every breath phase that overlaps [from, to) in exercise time: what the tone and the haptics schedule ahead.
 * Keys are stable (`step:cycle:phase`), so a phase scheduled twice is recognised.
 */
export function breathPhasesBetween(timeline: Timeline, from: number, to: number): PhaseSpan[] {
  const out: PhaseSpan[] = []
  timeline.steps.forEach((step, index) => {
    if (!step.breath || step.start >= to || step.start + step.duration <= from) return
    const { pattern, cycles } = step.breath
    const period = breathSeconds(pattern)
    const first = Math.max(0, Math.floor((from - step.start) / period))
    for (let c = first; c < cycles; c++) {
      let t = step.start + c * period
      if (t >= to) break
      for (const [phase, seconds] of breathPhases(pattern)) {
        if (t + seconds > from && t < to)
          out.push({ key: `${index}:${c}:${phase}`, phase, start: t, duration: seconds, cycle: c })
        t += seconds
      }
    }
  })
  return out
}
