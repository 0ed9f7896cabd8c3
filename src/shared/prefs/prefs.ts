/**
 * A client's own preferences, kept with the client's record on the server (clinic headsets are shared): comfort
 * settings and sound volumes. Zod-free on purpose: the headset reads them with this hand-written
 * parser so zod stays out of its first load; the server validates with `./schema.ts`, which agrees with it.
 */
import { parseComfort, type ComfortSettings } from '../comfort/settings'
import { isSupportedLanguage, type SupportedLanguage } from '../safety/language'

/** The listener's volumes as the record keeps them (the same shape as the session's `sound`). */
export type PrefsVolumes = { master: number; muted: boolean; layers: Record<string, number> }

/** `language`: the client's language, which their headset shows in a session (absent: English). */
export type ClientPrefs = { comfort?: ComfortSettings; volumes?: PrefsVolumes; language?: SupportedLanguage }

/** A stored record's prefs never grow past this (JSON characters); a PUT that would is refused. */
export const PREFS_MAX_BYTES = 8 * 1024
export const PREFS_MAX_LAYERS = 16
/** Sound layer names as the session protocol allows them (lower-case words, ≤ 32 characters). */
export const LAYER_NAME = /^[a-z0-9-]{1,32}$/

export type PrefsParse = { prefs: ClientPrefs; problems: string[] }

const isLevel = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1

/** Lenient read of stored or received volumes: every good field is kept, bad ones are dropped with a reason. */
export function parsePrefsVolumes(raw: unknown, problems: string[] = []): PrefsVolumes | undefined {
  if (raw === undefined || raw === null) return undefined
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('volumes: not an object; ignored')
    return undefined
  }
  const r = raw as Record<string, unknown>
  const out: PrefsVolumes = { master: 0.8, muted: false, layers: {} }
  if (isLevel(r.master)) out.master = r.master
  else problems.push('volumes.master: expected 0…1; using 0.8')
  if (typeof r.muted === 'boolean') out.muted = r.muted
  else if (r.muted !== undefined) problems.push('volumes.muted: expected true or false; using false')
  if (r.layers !== undefined) {
    if (typeof r.layers !== 'object' || r.layers === null || Array.isArray(r.layers)) {
      problems.push('volumes.layers: not an object; ignored')
    } else {
      for (const [name, value] of Object.entries(r.layers as Record<string, unknown>)) {
        if (Object.keys(out.layers).length >= PREFS_MAX_LAYERS) {
          problems.push('volumes.layers: too many layers; the rest ignored')
          break
        }
        if (!LAYER_NAME.test(name) || !isLevel(value)) {
          problems.push(`volumes.layers.${name.slice(0, 32)}: not a layer volume; ignored`)
          continue
        }
        out.layers[name] = value
      }
    }
  }
  return out
}

/**
 * Lenient read of prefs (from the server or a stored record): never throws; comfort is repaired field by field
 * (`parseComfort`), volumes as above. `base` fills comfort fields that are missing or bad.
 */
export function parsePrefs(raw: unknown, base?: ComfortSettings): PrefsParse {
  const problems: string[] = []
  const prefs: ClientPrefs = {}
  if (raw === undefined || raw === null) return { prefs, problems }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { prefs, problems: ['prefs: not an object; ignored'] }
  }
  const r = raw as Record<string, unknown>
  if (r.comfort !== undefined && r.comfort !== null) {
    const c = parseComfort(r.comfort, base)
    prefs.comfort = c.settings
    problems.push(...c.problems.map((p) => `comfort.${p}`))
  }
  const volumes = parsePrefsVolumes(r.volumes, problems)
  if (volumes) prefs.volumes = volumes
  if (isSupportedLanguage(r.language)) prefs.language = r.language
  else if (r.language !== undefined) problems.push('language: not a language Stillroom speaks; ignored')
  return { prefs, problems }
}

/** Field-wise update: a patch with only `comfort` keeps the stored `volumes`, and the other way round. */
export function mergePrefs(base: ClientPrefs, patch: ClientPrefs): ClientPrefs {
  const out: ClientPrefs = {}
  const comfort = patch.comfort ?? base.comfort
  const volumes = patch.volumes ?? base.volumes
  const language = patch.language ?? base.language
  if (comfort) out.comfort = { ...comfort }
  if (volumes) out.volumes = { ...volumes, layers: { ...volumes.layers } }
  if (language) out.language = language
  return out
}

/** Size of prefs as stored (JSON characters; everything in them is ASCII, so also bytes). */
export function prefsSize(prefs: ClientPrefs): number {
  return JSON.stringify(prefs).length
}

/** Same settings? (for skipping saves that would change nothing) */
export function sameVolumes(a: PrefsVolumes | undefined, b: PrefsVolumes | undefined): boolean {
  if (!a || !b) return a === b
  if (a.master !== b.master || a.muted !== b.muted) return false
  const ka = Object.keys(a.layers)
  if (ka.length !== Object.keys(b.layers).length) return false
  return ka.every((k) => a.layers[k] === b.layers[k])
}

/** One calm line for the console: "Teleport · snap turn 45° · standing · motion on · brightness 100% · volume 80%". */
export function describePrefs(prefs: ClientPrefs): string[] {
  const parts: string[] = []
  const c = prefs.comfort
  if (c) {
    parts.push(c.locomotion === 'teleport' ? 'Teleport' : 'Smooth walking')
    parts.push(c.turn === 'snap' ? `snap turn ${c.snapDegrees}°` : 'smooth turn')
    parts.push(c.posture === 'seated' ? 'seated' : 'standing')
    parts.push(c.reducedMotion ? 'reduced motion' : 'full motion')
    parts.push(`brightness ${Math.round(c.brightness * 100)}%`)
  }
  const v = prefs.volumes
  if (v) parts.push(v.muted ? 'sound muted' : `volume ${Math.round(v.master * 100)}%`)
  return parts
}
