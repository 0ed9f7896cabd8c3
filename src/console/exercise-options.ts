import { z } from 'zod'
import {
  BodyScanOptionsSchema,
  BoxOptionsSchema,
  EXERCISE_TITLES,
  FourSevenEightOptionsSchema,
  GroundingOptionsSchema,
  parseExerciseStart,
  ResonanceOptionsSchema,
  SafePlaceOptionsSchema,
  type ExerciseId,
} from '../shared/exercises'

/**
 * The options the console offers for each exercise. Bounds and defaults are read from the exercise schemas
 * (src/shared/exercises/schema.ts), so the controls can never offer what the headset would refuse; only the
 * words and step sizes are the console's own.
 */

export type NumberField = {
  kind: 'number'
  key: string
  label: string
  min: number
  max: number
  step: number
  /** What follows the value, spacing included ("/min", " min", " rounds"). */
  unit: string
  default: number
}
export type ChoiceField = {
  kind: 'choice'
  key: string
  label: string
  options: readonly { value: string | number; label: string }[]
  default: string | number
}
export type TextField = { kind: 'text'; key: string; label: string; maxLength: number; placeholder: string }
export type OptionField = NumberField | ChoiceField | TextField
export type OptionValues = Record<string, string | number>

type AnyObject = z.ZodObject<z.ZodRawShape>

function numberBounds(schema: AnyObject, key: string): { min: number; max: number } {
  let field: unknown = schema.shape[key]
  if (field instanceof z.ZodDefault) field = field.unwrap()
  if (!(field instanceof z.ZodNumber) || field.minValue === null || field.maxValue === null)
    throw new Error(`exercise option ${key} is not a bounded number`)
  return { min: field.minValue, max: field.maxValue }
}

const defaultsOf = (schema: AnyObject) => schema.parse({}) as Record<string, unknown>

function num(schema: AnyObject, key: string, label: string, step: number, unit: string): NumberField {
  const d = defaultsOf(schema)[key]
  return { kind: 'number', key, label, step, unit, ...numberBounds(schema, key), default: Number(d) }
}

const pace = (schema: AnyObject): ChoiceField => ({
  kind: 'choice',
  key: 'pace',
  label: 'Pace',
  options: [
    { value: 'normal', label: 'Steady' },
    { value: 'slow', label: 'Unhurried' },
  ],
  default: String(defaultsOf(schema).pace),
})

export const EXERCISE_OPTION_FIELDS: Record<ExerciseId, readonly OptionField[]> = {
  'breathing-resonance': [
    num(ResonanceOptionsSchema, 'rate', 'Breaths a minute', 0.5, '/min'),
    num(ResonanceOptionsSchema, 'minutes', 'Length', 1, ' min'),
    {
      kind: 'choice',
      key: 'inShare',
      label: 'Breath',
      // A longer out-breath is the usual calming variant; both are inside the schema's 0.3–0.6.
      options: [
        { value: 0.5, label: 'Even in and out' },
        { value: 0.4, label: 'Longer out-breath' },
      ],
      default: Number(defaultsOf(ResonanceOptionsSchema).inShare),
    },
  ],
  'breathing-box': [
    num(BoxOptionsSchema, 'side', 'Seconds per side', 1, ' s'),
    num(BoxOptionsSchema, 'cycles', 'Rounds', 1, ' rounds'),
  ],
  'breathing-478': [num(FourSevenEightOptionsSchema, 'cycles', 'Rounds', 1, ' rounds')],
  grounding: [pace(GroundingOptionsSchema)],
  'safe-place': [
    pace(SafePlaceOptionsSchema),
    {
      kind: 'text',
      key: 'cueWord',
      label: 'Cue word (optional)',
      maxLength: 40,
      placeholder: 'the word that brings them back',
    },
  ],
  'body-scan': [num(BodyScanOptionsSchema, 'minutes', 'Length', 1, ' min')],
}

/** The console groups the three breathing patterns under one "Breathing" choice. */
export const BREATHING_PATTERNS = ['breathing-resonance', 'breathing-box', 'breathing-478'] as const
export const PATTERN_LABELS: Record<(typeof BREATHING_PATTERNS)[number], string> = {
  'breathing-resonance': 'Resonance',
  'breathing-box': 'Box 4-4-4-4',
  'breathing-478': '4-7-8',
}
export type ExerciseGroup = 'breathing' | 'grounding' | 'safe-place' | 'body-scan'
export const EXERCISE_GROUPS: readonly ExerciseGroup[] = ['breathing', 'grounding', 'safe-place', 'body-scan']
export const GROUP_LABELS: Record<ExerciseGroup, string> = {
  breathing: 'Breathing',
  grounding: '5-4-3-2-1 grounding',
  'safe-place': 'Safe place',
  'body-scan': 'Body scan',
}

export function groupOf(id: ExerciseId): ExerciseGroup {
  return (BREATHING_PATTERNS as readonly string[]).includes(id) ? 'breathing' : (id as ExerciseGroup)
}

export function defaultValues(id: ExerciseId): OptionValues {
  const out: OptionValues = {}
  for (const f of EXERCISE_OPTION_FIELDS[id]) out[f.key] = f.kind === 'text' ? '' : f.default
  return out
}

const decimals = (step: number) => (String(step).split('.')[1] ?? '').length

/** Any input → a value the schema accepts: in range, on the step; junk falls back to the default. */
export function clampNumber(field: NumberField, raw: unknown): number {
  const v = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw) : NaN
  if (!Number.isFinite(v)) return field.default
  const within = Math.min(field.max, Math.max(field.min, v))
  const stepped = field.min + Math.round((within - field.min) / field.step) * field.step
  return Number(Math.min(field.max, stepped).toFixed(decimals(field.step)))
}

/** The options to send: every field clamped or chosen from its list; an empty cue word is left out. */
export function exerciseOptions(id: ExerciseId, values: OptionValues): OptionValues {
  const out: OptionValues = {}
  for (const f of EXERCISE_OPTION_FIELDS[id]) {
    const raw = values[f.key]
    if (f.kind === 'number') out[f.key] = clampNumber(f, raw)
    else if (f.kind === 'choice')
      out[f.key] = f.options.some((o) => o.value === raw) ? (raw as string | number) : f.default
    else {
      const text = typeof raw === 'string' ? raw.trim().slice(0, f.maxLength) : ''
      if (text) out[f.key] = text
    }
  }
  return out
}

/** The start command for the console to send, checked against the headset's own schema first. */
export function startCommand(
  id: ExerciseId,
  values: OptionValues,
):
  | { ok: true; command: { type: 'exercise-start'; id: ExerciseId; options: OptionValues } }
  | { ok: false; problem: string } {
  const options = exerciseOptions(id, values)
  const parsed = parseExerciseStart({ id, options, timeScale: 1 })
  return parsed.ok ? { ok: true, command: { type: 'exercise-start', id, options } } : parsed
}

/** "Resonance breathing · 6 /min · 10 min" — what is running, in the words of the controls. */
export function describeExercise(id: string, options: unknown): string {
  const title = (EXERCISE_TITLES as Record<string, string>)[id]
  if (!title) return id
  const fields = EXERCISE_OPTION_FIELDS[id as ExerciseId]
  const o = options && typeof options === 'object' ? (options as Record<string, unknown>) : {}
  const parts = [title]
  for (const f of fields) {
    const v = o[f.key]
    if (v === undefined || v === '') continue
    if (f.kind === 'number') parts.push(`${String(v)}${f.unit}`)
    else if (f.kind === 'choice') {
      const label = f.options.find((c) => c.value === v)?.label
      if (label && v !== f.default) parts.push(label.toLowerCase())
    } else parts.push(`“${String(v)}”`)
  }
  return parts.join(' · ')
}
