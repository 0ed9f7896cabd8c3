import { z } from 'zod'
import { ComfortSettingsSchema } from '../comfort/schema'
import { SudsScaleSchema } from '../session/state'
import { ClientAliasSchema } from '../session/http'
import { LanguageSchema } from '../session/state'
import { LAYER_NAME, PREFS_MAX_LAYERS } from './prefs'
import type { ClientPrefs } from './prefs'

/**
 * Strict server-side shapes of a client's prefs (the headset reads them with the zod-free `parsePrefs`).
 * Every value `parsePrefs` returns passes these schemas (test/unit/prefs-parse.test.ts).
 */
export const PrefsVolumesSchema = z.strictObject({
  master: z.number().min(0).max(1),
  muted: z.boolean(),
  layers: z
    .record(z.string().regex(LAYER_NAME, 'sound layer names are lower-case words'), z.number().min(0).max(1))
    .refine((l) => Object.keys(l).length <= PREFS_MAX_LAYERS, 'too many sound layers'),
})

const StrictComfortSchema = z.strictObject(ComfortSettingsSchema.shape)

export const ClientPrefsSchema = z.strictObject({
  comfort: StrictComfortSchema.optional(),
  volumes: PrefsVolumesSchema.optional(),
  language: LanguageSchema.optional(),
})

/** PUT /api/device/prefs: `{comfort}` and/or `{volumes}`; a field not sent keeps what the record has. */
export const PutPrefsBodySchema = ClientPrefsSchema.omit({ language: true }).refine(
  (b) => b.comfort !== undefined || b.volumes !== undefined,
  'send comfort and/or volumes',
)

/** PATCH /api/clients/:id (console): a new SUDS scale, pseudonym and/or language. */
export const PatchClientBodySchema = z
  .strictObject({
    sudsScale: SudsScaleSchema.optional(),
    alias: ClientAliasSchema.optional(),
    language: LanguageSchema.optional(),
  })
  .refine(
    (b) => b.sudsScale !== undefined || b.alias !== undefined || b.language !== undefined,
    'send sudsScale, alias and/or language',
  )

/** GET/PUT /api/device/prefs → the prefs of the session's client and its SUDS scale. */
export type DevicePrefsResponse = { prefs: ClientPrefs; sudsScale: 10 | 100 }
/** GET/PATCH /api/clients/:id → one client with its prefs. */
export type ClientDetail = {
  id: string
  alias: string
  sudsScale: 10 | 100
  createdAt: string
  hasSafePlace: boolean
  prefs: ClientPrefs
}

// The schema and the hand-written type must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _same: Same<z.infer<typeof ClientPrefsSchema>, ClientPrefs> = true
void _same
