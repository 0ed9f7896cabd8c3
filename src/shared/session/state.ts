import { z } from 'zod'
import { ArtworkSchema } from '../artwork'
import type { Artwork } from '../artwork'
import { DEFAULT_SCENE_SPEC, SceneSpecSchema } from '../spec'
import type { SceneSpec } from '../spec'
import { MAX_VERSIONS, REFINE_CHOICES, REFINE_WORDS_MAX_CHARS } from '../refine/choices'
import { MAX_RISKS, RiskEventSchema, riskForHeadset } from './risk'
import { LANGUAGES, type SupportedLanguage } from '../safety/language'

/** The languages a client's headset can be shown in. */
export const LanguageSchema = z.enum(LANGUAGES)

/** Bumped when a stored or sent state can no longer be read by an older build. */
export const SESSION_STATE_VERSION = 1
/** Slots are wall places (gallery) or clearings (landscape): 0 … MAX_SLOTS-1. */
export const MAX_SLOTS = 60
/** A session never holds more artworks than this (pending, held and discarded included). */
export const MAX_SESSION_ARTWORKS = 120
/** Bounded lists keep a long session's state (sent whole in `welcome`) small. */
export const MAX_EVENTS = 400
export const MAX_RATINGS = 400
export const MAX_SOUND_LAYERS = 16
export const NARRATION_MAX_CHARS = 500
export const CUE_WORD_MAX_CHARS = 40
export const BRIGHTNESS_MIN = 0.1
export const BRIGHTNESS_MAX = 1.5
export const TIME_SCALE_MIN = 0.25
export const TIME_SCALE_MAX = 4
/** Safe place lowers the sound to this share of its saved master volume. */
export const SAFE_PLACE_SOUND_FACTOR = 0.6
/** The break reminder's interval, minutes (configurable, default 20). */
export const BREAK_EVERY_MIN_MIN = 1
export const BREAK_EVERY_MIN_MAX = 240
export const DEFAULT_BREAK_EVERY_MIN = 20

const Id = z.string().min(1).max(64)
const Millis = z.number().finite().nonnegative()

export const ApprovalSchema = z.enum(['clinical', 'open'])
export type Approval = z.infer<typeof ApprovalSchema>
export const PhaseSchema = z.enum(['waiting', 'active', 'paused', 'ended'])
export type Phase = z.infer<typeof PhaseSchema>
export const ViewSchema = z.enum(['gallery', 'landscape', 'timeline'])
export type View = z.infer<typeof ViewSchema>
export const SudsScaleSchema = z.union([z.literal(10), z.literal(100)])
export type SudsScale = z.infer<typeof SudsScaleSchema>

export const SoundLayerNameSchema = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[a-z0-9-]+$/, 'sound layer names are lower-case words')
export const VolumeSchema = z.number().min(0).max(1)
export const SoundSchema = z.object({
  master: VolumeSchema,
  muted: z.boolean(),
  layers: z
    .record(SoundLayerNameSchema, VolumeSchema)
    .refine((layers) => Object.keys(layers).length <= MAX_SOUND_LAYERS, 'too many sound layers'),
})
export type Sound = z.infer<typeof SoundSchema>

/**
 * The AI picture of an artwork. The procedural painting is always shown first; when the providers allow,
 * the server makes a picture in the background and the wall crossfades to it once it is `ready`.
 * `notice` is a short plain sentence for the console only (never sent to the headset).
 */
export const ArtworkImageStateSchema = z.enum(['painting', 'ready', 'failed', 'cancelled', 'capped'])
export type ArtworkImageState = z.infer<typeof ArtworkImageStateSchema>
export const IMAGE_NOTICE_MAX_CHARS = 200
export const ArtworkImageSchema = z.object({
  state: ArtworkImageStateSchema,
  /** Server time (ms) the picture was asked for: the console's progress counts from here. */
  startedAt: Millis,
  /** Server time (ms) of the last change of state. */
  at: Millis,
  /** The stored file's name (no path) once `ready`; fetched through the session's image route. */
  file: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,80}\.(png|jpg|webp)$/)
    .optional(),
  notice: z.string().max(IMAGE_NOTICE_MAX_CHARS).optional(),
})
export type ArtworkImage = z.infer<typeof ArtworkImageSchema>

/**
 * One version of an artwork. `artwork.id` is the version's own id (the original keeps the
 * entry's id). `state`: approved versions may hang; a client's new words in clinical mode wait (`pending`), held
 * words are `held`; the therapist's pick approves either.
 */
export const ArtworkVersionSchema = z.object({
  id: Id,
  artwork: ArtworkSchema,
  state: z.enum(['approved', 'pending', 'held']),
  from: z.enum(['client', 'therapist']),
  /** What made it: a quick choice and/or the words added (absent on the original). */
  choice: z.enum(REFINE_CHOICES).optional(),
  words: z.string().max(REFINE_WORDS_MAX_CHARS).optional(),
  reasons: z.array(z.string().max(200)).max(20).default([]),
  /** This version's AI picture, kept while another version hangs. */
  image: ArtworkImageSchema.optional(),
})
export type ArtworkVersion = z.infer<typeof ArtworkVersionSchema>

export const ArtworkEntryStateSchema = z.enum(['pending', 'approved', 'held', 'discarded'])
export type ArtworkEntryState = z.infer<typeof ArtworkEntryStateSchema>
export const ArtworkEntrySchema = z.object({
  artwork: ArtworkSchema,
  state: ArtworkEntryStateSchema,
  /** Assigned on approval and stable afterwards (until `move`); null while not shown. */
  slot: z
    .number()
    .int()
    .min(0)
    .max(MAX_SLOTS - 1)
    .nullable(),
  /** Safety reasons, for the therapist only. */
  reasons: z.array(z.string().max(200)).max(20),
  from: z.enum(['client', 'therapist']),
  /** Absent when no AI picture was asked for (local mode, no consent, held words). */
  image: ArtworkImageSchema.optional(),
  /**
   * Refinement: every version of this artwork, the original first, once it has been refined at least
   * once (absent before: stored states from earlier builds load unchanged). `artwork` above is always the
   * hanging version's content under the entry's stable id.
   */
  versions: z.array(ArtworkVersionSchema).max(MAX_VERSIONS).optional(),
  /** The id of the version that hangs; absent = the original. */
  current: Id.optional(),
})
export type ArtworkEntry = z.infer<typeof ArtworkEntrySchema>

export const ExerciseSchema = z.object({
  id: z.string().min(1).max(64),
  options: z.unknown(),
  /** Server time (ms) when the current pace began. */
  startedAt: Millis,
  timeScale: z.number().min(TIME_SCALE_MIN).max(TIME_SCALE_MAX),
  /** Exercise time (ms) already elapsed before `startedAt` (pace changes fold time in here). */
  baseMs: Millis.default(0),
})
export type Exercise = z.infer<typeof ExerciseSchema>

export const SafePlaceSchema = z.object({
  spec: SceneSpecSchema,
  view: ViewSchema,
  artworkIds: z.array(Id).max(MAX_SLOTS),
  sound: SoundSchema,
  cueWord: z.string().max(CUE_WORD_MAX_CHARS),
})
export type SafePlace = z.infer<typeof SafePlaceSchema>

/** Therapist notes: kept in the state for the console and the report, never sent to the headset. */
export const NOTE_MAX_CHARS = 1000
export const MAX_NOTES = 100
export const SessionNoteSchema = z.object({ at: Millis, text: z.string().min(1).max(NOTE_MAX_CHARS) })
export type SessionNote = z.infer<typeof SessionNoteSchema>

export const SessionEventSchema = z.object({
  at: Millis,
  kind: z.string().min(1).max(32),
  /** Short, never the client's words (the chart is shown on the console only, but keep it clean). */
  label: z.string().max(80),
})
export type SessionEvent = z.infer<typeof SessionEventSchema>

export const SessionStateSchema = z.object({
  v: z.literal(SESSION_STATE_VERSION),
  id: Id,
  clientId: Id,
  clientAlias: z.string().min(1).max(60),
  therapistId: Id,
  /** Number of the last applied command; every applied command increments it by exactly one. */
  seq: z.number().int().nonnegative(),
  approval: ApprovalSchema,
  phase: PhaseSchema,
  view: ViewSchema,
  spec: SceneSpecSchema,
  /** 1 = normal. */
  brightness: z.number().min(BRIGHTNESS_MIN).max(BRIGHTNESS_MAX),
  sound: SoundSchema,
  artworks: z.array(ArtworkEntrySchema).max(MAX_SESSION_ARTWORKS),
  exercise: ExerciseSchema.nullable(),
  /** `n` increments so the same line can be spoken twice. */
  narration: z.object({ n: z.number().int().nonnegative(), text: z.string(), at: Millis }).nullable(),
  safePlace: z.object({ saved: SafePlaceSchema.nullable(), activeSince: Millis.nullable() }),
  suds: z.object({
    scale: SudsScaleSchema,
    request: z.object({ n: z.number().int().nonnegative(), at: Millis }).nullable(),
    ratings: z
      .array(z.object({ value: z.number().min(0).max(100), at: Millis, n: z.number().int().nonnegative() }))
      .max(MAX_RATINGS),
  }),
  events: z.array(SessionEventSchema).max(MAX_EVENTS),
  startedAt: Millis,
  breakEveryMin: z.number().int().min(BREAK_EVERY_MIN_MIN).max(BREAK_EVERY_MIN_MAX),
  /** Optional so states stored before notes existed still read; absent means none. */
  notes: z.array(SessionNoteSchema).max(MAX_NOTES).optional(),
  /** The artwork whose versions stand side by side in the gallery; absent or null: none. */
  compare: z.object({ artworkId: Id }).nullable().optional(),
  /**
   * Words raised for risk (see ./risk.ts), oldest first. Optional so states stored before the risk screen still
   * read; absent means none. Never trimmed by age: the record must keep every one.
   */
  risks: z.array(RiskEventSchema).max(MAX_RISKS).optional(),
  /**
   * The client's language: the headset shows its words in it, and the client's words are read with it as the
   * tie-breaker. Optional so states stored before languages still read; absent means English.
   */
  language: LanguageSchema.optional(),
})
export type SessionState = z.infer<typeof SessionStateSchema>

export interface NewSessionInput {
  id: string
  clientId: string
  clientAlias: string
  therapistId: string
  /** @default 'clinical' — sessions started from the console show nothing unreviewed. */
  approval?: Approval
  /** @default 10 */
  sudsScale?: SudsScale
  /** The client's saved safe place from an earlier session, if any. */
  safePlace?: SafePlace | null
  /** @default 20 */
  breakEveryMin?: number
  /** The client's language, from their record; absent: English. */
  language?: SupportedLanguage
  now: number
}

export const DEFAULT_SOUND: Sound = { master: 0.8, muted: false, layers: {} }

/** A fresh session: waiting for its headset, in the quiet default scene. */
export function createSessionState(input: NewSessionInput): SessionState {
  return {
    v: SESSION_STATE_VERSION,
    id: input.id,
    clientId: input.clientId,
    clientAlias: input.clientAlias,
    therapistId: input.therapistId,
    seq: 0,
    approval: input.approval ?? 'clinical',
    phase: 'waiting',
    view: 'gallery',
    spec: DEFAULT_SCENE_SPEC,
    brightness: 1,
    sound: DEFAULT_SOUND,
    artworks: [],
    exercise: null,
    narration: null,
    safePlace: { saved: input.safePlace ?? null, activeSince: null },
    suds: { scale: input.sudsScale ?? 10, request: null, ratings: [] },
    events: [],
    startedAt: input.now,
    breakEveryMin: input.breakEveryMin ?? DEFAULT_BREAK_EVERY_MIN,
    ...(input.language ? { language: input.language } : {}),
  }
}

const NEUTRAL_SAFETY: SceneSpec['safety'] = { held: false, reasons: [], mentioned: [] }

/** The artwork as a headset may see it: no safety reasons, never marked held. */
export function artworkForHeadset(artwork: Artwork): Artwork {
  return { ...artwork, status: 'shown', spec: { ...artwork.spec, safety: NEUTRAL_SAFETY } }
}

/** The part of an entry a headset may see, or null when it must not see it at all. */
export function entryForHeadset(entry: ArtworkEntry): ArtworkEntry | null {
  if (entry.state !== 'approved') return null
  const { image, versions, ...rest } = entry
  const visibleImage = image ? imageForHeadset(image) : undefined
  const visibleVersions = versions ? versionsForHeadset(versions) : undefined
  return {
    ...rest,
    artwork: artworkForHeadset(entry.artwork),
    reasons: [],
    ...(visibleImage ? { image: visibleImage } : {}),
    ...(visibleVersions ? { versions: visibleVersions } : {}),
  }
}

/** Refinement: the headset sees only approved versions, without safety notes or the console's picture notices. */
export function versionForHeadset(version: ArtworkVersion): ArtworkVersion | null {
  if (version.state !== 'approved') return null
  const { image, ...rest } = version
  const visibleImage = image ? imageForHeadset(image) : undefined
  return {
    ...rest,
    artwork: artworkForHeadset(version.artwork),
    reasons: [],
    ...(visibleImage ? { image: visibleImage } : {}),
  }
}

export function versionsForHeadset(versions: readonly ArtworkVersion[]): ArtworkVersion[] {
  const out: ArtworkVersion[] = []
  for (const v of versions) {
    const visible = versionForHeadset(v)
    if (visible) out.push(visible)
  }
  return out
}

/** The headset hears only that a picture is on its way or ready: a failure is quietly the painting it has. */
export function imageForHeadset(image: ArtworkImage): ArtworkImage | undefined {
  if (image.state !== 'painting' && image.state !== 'ready') return undefined
  const { notice: _notice, ...rest } = image
  return rest
}

/**
 * The state as sent to the headset: only approved artworks (never pending words or safety reasons),
 * no event markers (they are the therapist's notes on the chart), no therapist notes, and of a risk event only that
 * it was raised and whether the therapist has acknowledged it (never the words or what was recognised).
 */
export function stateForHeadset(state: SessionState): SessionState {
  const artworks: ArtworkEntry[] = []
  for (const entry of state.artworks) {
    const visible = entryForHeadset(entry)
    if (visible) artworks.push(visible)
  }
  const { notes: _notes, risks, ...rest } = state
  return { ...rest, artworks, events: [], ...(risks ? { risks: risks.map(riskForHeadset) } : {}) }
}
