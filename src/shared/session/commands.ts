import { z } from 'zod'
import { ArtworkSchema } from '../artwork'
import { BIOMES, SceneSpecSchema, TEXT_MAX_CHARS, TIMES_OF_DAY, WEATHERS } from '../spec'
import {
  ApprovalSchema,
  ArtworkImageSchema,
  ArtworkImageStateSchema,
  ArtworkVersionSchema,
  BREAK_EVERY_MIN_MAX,
  BREAK_EVERY_MIN_MIN,
  BRIGHTNESS_MAX,
  BRIGHTNESS_MIN,
  CUE_WORD_MAX_CHARS,
  IMAGE_NOTICE_MAX_CHARS,
  LanguageSchema,
  MAX_SLOTS,
  NARRATION_MAX_CHARS,
  NOTE_MAX_CHARS,
  SoundLayerNameSchema,
  SudsScaleSchema,
  TIME_SCALE_MAX,
  TIME_SCALE_MIN,
  ViewSchema,
  VolumeSchema,
} from './state'
import { MAX_VERSIONS, REFINE_CHOICES, REFINE_WORDS_MAX_CHARS } from '../refine/choices'
import { RiskCheckSchema, RiskEventSchema } from './risk'

const ArtworkId = z.string().min(1).max(64)
const Words = z.string().min(1).max(TEXT_MAX_CHARS)
const cmd = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape })

// Therapist commands (the console steers; only the session's own therapist may send them).
export const SetViewSchema = cmd('set-view', { view: ViewSchema })
export const SetSceneSchema = cmd('set-scene', {
  biome: z.enum(BIOMES).optional(),
  timeOfDay: z.enum(TIMES_OF_DAY).optional(),
  weather: z.enum(WEATHERS).optional(),
})
export const SetBrightnessSchema = cmd('set-brightness', {
  value: z.number().min(BRIGHTNESS_MIN).max(BRIGHTNESS_MAX),
})
export const SetSoundSchema = cmd('set-sound', {
  master: VolumeSchema.optional(),
  muted: z.boolean().optional(),
  /** Merged into the current layers (a layer not named keeps its volume). */
  layers: z
    .record(SoundLayerNameSchema, VolumeSchema)
    .refine((layers) => Object.keys(layers).length <= 16, 'too many sound layers')
    .optional(),
})
/** Words to paint. From the therapist or the headset; the server answers with `artwork-add`. */
export const DescribeSchema = cmd('describe', { text: Words })
export const ApproveSchema = cmd('approve', { artworkId: ArtworkId })
/** New words for a pending or held artwork; the server re-interprets and replaces it (`artwork-add` with `replaces`). */
export const EditSchema = cmd('edit', { artworkId: ArtworkId, text: Words })
export const DiscardSchema = cmd('discard', { artworkId: ArtworkId })
export const MoveSchema = cmd('move', {
  artworkId: ArtworkId,
  slot: z
    .number()
    .int()
    .min(0)
    .max(MAX_SLOTS - 1),
})
export const RemoveSchema = cmd('remove', { artworkId: ArtworkId })
export const ExerciseStartSchema = cmd('exercise-start', {
  id: z.string().min(1).max(64),
  options: z.unknown().optional(),
  timeScale: z.number().min(TIME_SCALE_MIN).max(TIME_SCALE_MAX).optional(),
})
/** Changes the pace of the running exercise without a jump in its progress. */
export const ExercisePaceSchema = cmd('exercise-pace', {
  timeScale: z.number().min(TIME_SCALE_MIN).max(TIME_SCALE_MAX),
})
export const ExerciseStopSchema = cmd('exercise-stop', {})
export const NarrateSchema = cmd('narrate', { text: z.string().min(1).max(NARRATION_MAX_CHARS) })
export const SafePlaceSaveSchema = cmd('safe-place-save', { cueWord: z.string().max(CUE_WORD_MAX_CHARS) })
export const SafePlaceGoSchema = cmd('safe-place-go', {})
export const PauseSchema = cmd('pause', {})
export const ResumeSchema = cmd('resume', {})
export const EndSchema = cmd('end', {})
export const SudsRequestSchema = cmd('suds-request', {})
export const SetApprovalSchema = cmd('set-approval', { approval: ApprovalSchema })
export const SetSudsScaleSchema = cmd('set-suds-scale', { scale: SudsScaleSchema })
/** The client's language (the console's client card, or the record changed while the session runs). */
export const SetLanguageSchema = cmd('set-language', { language: LanguageSchema })
/** The break reminder's interval; kept in the state so it survives a reload or another console. */
export const SetBreakSchema = cmd('set-break', {
  breakEveryMin: z.number().int().min(BREAK_EVERY_MIN_MIN).max(BREAK_EVERY_MIN_MAX),
})
/** Stops the AI picture being made for an artwork; the procedural painting stays. */
export const CancelImageSchema = cmd('cancel-image', { artworkId: ArtworkId })
/** A therapist's note, kept with the session for the console and the report; never reaches the headset. */
export const NoteSchema = cmd('note', { text: z.string().min(1).max(NOTE_MAX_CHARS) })

/**
 * Refinement: a quick choice and/or a few words make a new version of a shown (or pending) artwork.
 * From the therapist or the headset; the server answers with `artwork-version`.
 */
export const RefineSchema = cmd('refine', {
  artworkId: ArtworkId,
  choice: z.enum(REFINE_CHOICES).optional(),
  text: z.string().min(1).max(REFINE_WORDS_MAX_CHARS).optional(),
})
/** Which version hangs. From the therapist (may pick a waiting version: that approves it) or the headset. */
export const PickVersionSchema = cmd('pick-version', { artworkId: ArtworkId, versionId: ArtworkId })
/**
 * The versions of one shown artwork side by side in the gallery, or `null` to put them away. From the
 * therapist or the headset; kept in the state so the console's mirror shows it too (src/shared/session/compare.ts).
 */
export const CompareVersionsSchema = cmd('compare-versions', { artworkId: ArtworkId.nullable() })

/** The therapist has seen a risk alert and is with the client: the alert's sound and banner stop. */
export const RiskAckSchema = cmd('risk-ack', { riskId: ArtworkId })
/** The therapist's structured check (C-SSRS based) and what they did, for a raised event. May be written again. */
export const RiskCheckCommandSchema = cmd('risk-check', { riskId: ArtworkId, check: RiskCheckSchema })

// Headset commands.
export const SudsAnswerSchema = cmd('suds-answer', { value: z.number().int().min(0).max(100) })

// Server-only commands: produced by the server, never accepted from a socket.
export const ArtworkAddSchema = cmd('artwork-add', {
  artwork: ArtworkSchema,
  reasons: z.array(z.string().max(200)).max(20),
  from: z.enum(['client', 'therapist']),
  /** Set when an `edit` replaced a pending/held artwork: the old entry is dropped, the new one takes its place. */
  replaces: ArtworkId.optional(),
})
/**
 * The AI picture's progress, from the server's image job: `painting` when asked for, then `ready` (with the
 * stored file), `failed`, `capped` (the cost guard said no) or `cancelled`.
 */
export const ArtworkImageSetSchema = cmd('artwork-image', {
  artworkId: ArtworkId,
  /**
   * The version the picture belongs to (a refined version gets its own picture); absent = the original.
   * It lands on the entry while that version hangs, else on the version, so each version keeps its own picture.
   */
  versionId: ArtworkId.optional(),
  state: ArtworkImageStateSchema,
  file: ArtworkImageSchema.shape.file,
  notice: z.string().max(IMAGE_NOTICE_MAX_CHARS).optional(),
})
/** A new version of an artwork, made by the server from a `refine`. An approved version hangs at once. */
export const ArtworkVersionAddSchema = cmd('artwork-version', {
  artworkId: ArtworkId,
  version: ArtworkVersionSchema,
})
/**
 * The AI model's richer SceneSpec for an artwork (interpretation upgrade). It may add detail; the local
 * safety result always stays (the reducer keeps it, whatever the command says), and the seed never changes.
 */
export const ArtworkSpecSchema = cmd('artwork-spec', { artworkId: ArtworkId, spec: SceneSpecSchema })
/** What the headset receives instead of `approve` / an open-mode `artwork-add`. */
export const ArtworkShowSchema = cmd('artwork-show', {
  artwork: ArtworkSchema,
  /** The AI picture's state when the artwork is shown (it may already be on its way or ready). */
  image: ArtworkImageSchema.optional(),
  slot: z
    .number()
    .int()
    .min(0)
    .max(MAX_SLOTS - 1),
  /** The artwork's approved versions, when it was refined before it was shown. */
  versions: z.array(ArtworkVersionSchema).max(MAX_VERSIONS).optional(),
  current: ArtworkId.optional(),
})
/**
 * Words raised by the risk screen (local, or moderation's self-harm and violence categories): never an artwork,
 * whatever the approval mode. The console raises its alert; the headset gets the event without its words.
 */
export const RiskRaiseSchema = cmd('risk-raise', { risk: RiskEventSchema })
/** The headset paired (first time): the session leaves `waiting`. */
export const HeadsetPairedSchema = cmd('headset-paired', {})
/** Sent to the headset in place of a command it must not see, so its sequence stays gap-free. */
export const NoopSchema = cmd('noop', {})

export const CommandSchema = z.discriminatedUnion('type', [
  SetViewSchema,
  SetSceneSchema,
  SetBrightnessSchema,
  SetSoundSchema,
  DescribeSchema,
  ApproveSchema,
  EditSchema,
  DiscardSchema,
  MoveSchema,
  RemoveSchema,
  ExerciseStartSchema,
  ExercisePaceSchema,
  ExerciseStopSchema,
  NarrateSchema,
  SafePlaceSaveSchema,
  SafePlaceGoSchema,
  PauseSchema,
  ResumeSchema,
  EndSchema,
  SudsRequestSchema,
  SetApprovalSchema,
  SetSudsScaleSchema,
  SetLanguageSchema,
  SetBreakSchema,
  CancelImageSchema,
  NoteSchema,
  RefineSchema,
  PickVersionSchema,
  CompareVersionsSchema,
  SudsAnswerSchema,
  ArtworkAddSchema,
  ArtworkVersionAddSchema,
  ArtworkImageSetSchema,
  ArtworkSpecSchema,
  ArtworkShowSchema,
  RiskRaiseSchema,
  RiskAckSchema,
  RiskCheckCommandSchema,
  HeadsetPairedSchema,
  NoopSchema,
])
export type Command = z.infer<typeof CommandSchema>
export type CommandType = Command['type']
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>

export const THERAPIST_COMMANDS = [
  'set-view',
  'set-scene',
  'set-brightness',
  'set-sound',
  'describe',
  'approve',
  'edit',
  'discard',
  'move',
  'remove',
  'exercise-start',
  'exercise-pace',
  'exercise-stop',
  'narrate',
  'safe-place-save',
  'safe-place-go',
  'pause',
  'resume',
  'end',
  'suds-request',
  'set-approval',
  'set-suds-scale',
  'set-language',
  'set-break',
  'cancel-image',
  'refine',
  'pick-version',
  'compare-versions',
  'note',
  'risk-ack',
  'risk-check',
] as const satisfies readonly CommandType[]
export const HEADSET_COMMANDS = [
  'suds-answer',
  'describe',
  'refine',
  'pick-version',
  'compare-versions',
] as const satisfies readonly CommandType[]
export const SERVER_COMMANDS = [
  'artwork-add',
  'artwork-image',
  'artwork-spec',
  'artwork-version',
  'artwork-show',
  'risk-raise',
  'headset-paired',
  'noop',
] as const satisfies readonly CommandType[]

export type Role = 'therapist' | 'headset'

const allowed: Record<Role, ReadonlySet<string>> = {
  therapist: new Set(THERAPIST_COMMANDS),
  headset: new Set(HEADSET_COMMANDS),
}

/**
 * May this role send this command over its socket? Server-only commands are never allowed.
 * Ownership (the therapist owns *this* session) is checked by the server on top of this.
 */
export function canSend(role: Role, command: Pick<Command, 'type'>): boolean {
  return allowed[role].has(command.type)
}
