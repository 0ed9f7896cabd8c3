import { z } from 'zod'

/** Every guided exercise Stillroom offers. */
export const EXERCISE_IDS = [
  'safe-place',
  'grounding',
  'breathing-box',
  'breathing-478',
  'breathing-resonance',
  'body-scan',
] as const
export const ExerciseIdSchema = z.enum(EXERCISE_IDS)
export type ExerciseId = z.infer<typeof ExerciseIdSchema>

const Pace = z.enum(['normal', 'slow']).default('normal')
/** Test and demo speed-up: 1 is real time. */
const TimeScale = z.number().finite().min(0.1).max(100).default(1)

export const SafePlaceOptionsSchema = z.object({
  /** The client's cue word, when already chosen; the narration then uses it. */
  cueWord: z.string().trim().min(1).max(40).optional(),
  /** `slow` leaves half as much again between the lines. @default 'normal' */
  pace: Pace,
})
export const GroundingOptionsSchema = z.object({ pace: Pace })
export const BoxOptionsSchema = z.object({
  /** @default 6 (docs/CLINICAL.md: 5–10) */
  cycles: z.number().int().min(1).max(20).default(6),
  /** Seconds per side of the box. @default 4 */
  side: z.number().min(2).max(8).default(4),
})
export const FourSevenEightOptionsSchema = z.object({
  /** @default 4 (docs/CLINICAL.md: about 4–6) */
  cycles: z.number().int().min(1).max(10).default(4),
})
export const ResonanceOptionsSchema = z.object({
  /** Breaths per minute, adjustable per person. @default 6 */
  rate: z.number().min(3).max(10).default(6),
  /** Session length in minutes. @default 10 (docs/CLINICAL.md: 10–20) */
  minutes: z.number().min(1).max(30).default(10),
  /** Share of each breath spent breathing in (0.5 = 5 s in, 5 s out at 6/min). @default 0.5 */
  inShare: z.number().min(0.3).max(0.6).default(0.5),
})
export const BodyScanOptionsSchema = z.object({
  /** @default 8 (docs/CLINICAL.md: 5–15) */
  minutes: z.number().min(5).max(15).default(8),
})

const start = <I extends ExerciseId, O extends z.ZodType>(id: I, options: O) =>
  // prefault, not default: a missing options object is parsed too, so every option gets its own default.
  z.object({ id: z.literal(id), options: options.prefault({} as never), timeScale: TimeScale })

/**
 * What it takes to start an exercise: the id, its options (each with defaults) and a time scale. The session
 * state stores `{ id, options, startedAt, timeScale }`; a headset rebuilds the same timeline from this.
 */
export const ExerciseStartSchema = z.discriminatedUnion('id', [
  start('safe-place', SafePlaceOptionsSchema),
  start('grounding', GroundingOptionsSchema),
  start('breathing-box', BoxOptionsSchema),
  start('breathing-478', FourSevenEightOptionsSchema),
  start('breathing-resonance', ResonanceOptionsSchema),
  start('body-scan', BodyScanOptionsSchema),
])
export type ExerciseStart = z.infer<typeof ExerciseStartSchema>
export type ExerciseStartInput = z.input<typeof ExerciseStartSchema>

/** Reads an exercise start from stored or received data; an unknown id or bad option gives a reason, never throws. */
export function parseExerciseStart(
  input: unknown,
): { ok: true; start: ExerciseStart } | { ok: false; problem: string } {
  const r = ExerciseStartSchema.safeParse(input)
  if (r.success) return { ok: true, start: r.data }
  const id = (input as { id?: unknown } | null)?.id
  if (typeof id !== 'string' || !ExerciseIdSchema.safeParse(id).success)
    return { ok: false, problem: `unknown exercise ${JSON.stringify(id)} skipped` }
  const issue = r.error.issues[0]
  return {
    ok: false,
    problem: `exercise ${id}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`,
  }
}
