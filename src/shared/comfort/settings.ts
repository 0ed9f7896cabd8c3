/**
 * Comfort settings: how a client moves, turns and sees in Stillroom. Pure and zod-free, so the headset
 * bundle can repair stored settings without carrying a schema library (the zod schema for the server is in
 * `./schema.ts` and agrees with `parseComfort`, see test/unit/comfort-settings.test.ts).
 */

export const LOCOMOTIONS = ['teleport', 'smooth'] as const
export const TURNS = ['snap', 'smooth'] as const
export const SNAP_DEGREES = [30, 45] as const
export const POSTURES = ['standing', 'seated'] as const

export type Locomotion = (typeof LOCOMOTIONS)[number]
export type Turn = (typeof TURNS)[number]
export type SnapDegrees = (typeof SNAP_DEGREES)[number]
export type Posture = (typeof POSTURES)[number]

/** Smooth turn speed in degrees a second: slow enough to stay comfortable, fast enough to be useful. */
export const SMOOTH_TURN_SPEED = { min: 30, max: 150, default: 75 } as const
/** Brightness multiplies the exposure: 0.6 dims a bright place, 1.4 lifts a dark one. */
export const BRIGHTNESS = { min: 0.6, max: 1.4, default: 1 } as const

export type ComfortSettings = {
  /** Teleport (the comfortable default, docs/CLINICAL.md) or smooth stick / keyboard walking. @default 'teleport' */
  locomotion: Locomotion
  /** @default 'snap' */
  turn: Turn
  /** @default 45 */
  snapDegrees: SnapDegrees
  /** Degrees per second for smooth turning. @default 75 */
  smoothTurnSpeed: number
  /** Seated raises the viewpoint in a headset and lowers the desktop eye. @default 'standing' */
  posture: Posture
  /** Darken the edge of view while moving smoothly. @default true */
  vignette: boolean
  /** Still water, particles and sway. @default false (the device source follows prefers-reduced-motion) */
  reducedMotion: boolean
  /** @default 1 */
  brightness: number
  /** Off hides lightning entirely. @default true */
  lightning: boolean
}

export const DEFAULT_COMFORT: Readonly<ComfortSettings> = Object.freeze({
  locomotion: 'teleport',
  turn: 'snap',
  snapDegrees: 45,
  smoothTurnSpeed: SMOOTH_TURN_SPEED.default,
  posture: 'standing',
  vignette: true,
  reducedMotion: false,
  brightness: BRIGHTNESS.default,
  lightning: true,
})

export type ComfortParse = { settings: ComfortSettings; problems: string[] }

const KEYS = Object.keys(DEFAULT_COMFORT) as Array<keyof ComfortSettings>

function oneOf<T extends string | number>(options: readonly T[], value: unknown): value is T {
  return (options as readonly unknown[]).includes(value)
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value)
  return Array.isArray(value) ? 'a list' : typeof value
}

/** A finite number in range is kept; one outside is clamped (the nearest comfortable value), anything else is not. */
function readNumber(
  key: string,
  value: unknown,
  range: { min: number; max: number; default: number },
  problems: string[],
): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push(`${key}: expected a number, got ${describe(value)}; using ${range.default}`)
    return range.default
  }
  if (value < range.min || value > range.max) {
    const clamped = Math.min(range.max, Math.max(range.min, value))
    problems.push(`${key}: ${value} is outside ${range.min}–${range.max}; using ${clamped}`)
    return clamped
  }
  return value
}

/**
 * Repairs settings from anywhere (local storage, an old record, the network): every valid field is kept, a missing
 * field takes its default quietly, and each bad value takes its default (numbers: the nearest value in range)
 * with a plain-words problem. Never throws.
 */
export function parseComfort(
  input: unknown,
  defaults: Readonly<ComfortSettings> = DEFAULT_COMFORT,
): ComfortParse {
  const settings: ComfortSettings = { ...defaults }
  const problems: string[] = []
  if (input === undefined || input === null) return { settings, problems }
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push(`expected an object of settings, got ${describe(input)}; using the defaults`)
    return { settings, problems }
  }
  const raw = input as Record<string, unknown>
  const bad = (key: string, expected: string) => {
    problems.push(
      `${key}: expected ${expected}, got ${describe(raw[key])}; using ${String(defaults[key as keyof ComfortSettings])}`,
    )
  }
  for (const key of KEYS) {
    if (!(key in raw) || raw[key] === undefined) continue
    const value = raw[key]
    switch (key) {
      case 'locomotion':
        if (oneOf(LOCOMOTIONS, value)) settings.locomotion = value
        else bad(key, LOCOMOTIONS.join(' or '))
        break
      case 'turn':
        if (oneOf(TURNS, value)) settings.turn = value
        else bad(key, TURNS.join(' or '))
        break
      case 'snapDegrees':
        if (oneOf(SNAP_DEGREES, value)) settings.snapDegrees = value
        else bad(key, SNAP_DEGREES.join(' or '))
        break
      case 'posture':
        if (oneOf(POSTURES, value)) settings.posture = value
        else bad(key, POSTURES.join(' or '))
        break
      case 'smoothTurnSpeed':
        settings.smoothTurnSpeed = readNumber(key, value, SMOOTH_TURN_SPEED, problems)
        break
      case 'brightness':
        settings.brightness = readNumber(key, value, BRIGHTNESS, problems)
        break
      case 'vignette':
      case 'reducedMotion':
      case 'lightning':
        if (typeof value === 'boolean') settings[key] = value
        else bad(key, 'true or false')
        break
    }
  }
  for (const key of Object.keys(raw)) {
    if (!(KEYS as string[]).includes(key)) problems.push(`${key}: not a comfort setting; ignored`)
  }
  return { settings, problems }
}

/** True when two settings objects say the same thing (cheap: a handful of primitives). */
export function sameComfort(a: Readonly<ComfortSettings>, b: Readonly<ComfortSettings>): boolean {
  return KEYS.every((k) => a[k] === b[k])
}
