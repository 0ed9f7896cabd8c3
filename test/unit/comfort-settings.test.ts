import { describe, expect, it } from 'vitest'
import {
  BRIGHTNESS,
  DEFAULT_COMFORT,
  SMOOTH_TURN_SPEED,
  parseComfort,
  sameComfort,
  type ComfortSettings,
} from '../../src/shared/comfort'
import { ComfortSettingsSchema } from '../../src/shared/comfort/schema'

const CUSTOM: ComfortSettings = {
  locomotion: 'smooth',
  turn: 'smooth',
  snapDegrees: 30,
  smoothTurnSpeed: 60,
  posture: 'seated',
  vignette: false,
  reducedMotion: true,
  brightness: 0.8,
  lightning: false,
}

describe('comfort settings', () => {
  it('defaults to the comfortable choices (teleport, 45° snap, standing, vignette on, lightning on)', () => {
    expect(DEFAULT_COMFORT).toEqual({
      locomotion: 'teleport',
      turn: 'snap',
      snapDegrees: 45,
      smoothTurnSpeed: SMOOTH_TURN_SPEED.default,
      posture: 'standing',
      vignette: true,
      reducedMotion: false,
      brightness: 1,
      lightning: true,
    })
    expect(ComfortSettingsSchema.safeParse(DEFAULT_COMFORT).success).toBe(true)
  })

  it('keeps a complete valid object exactly, with no problems', () => {
    const r = parseComfort(CUSTOM)
    expect(r.settings).toEqual(CUSTOM)
    expect(r.problems).toEqual([])
    expect(r.settings).not.toBe(CUSTOM)
  })

  it('fills missing fields with defaults quietly', () => {
    for (const input of [undefined, null, {}]) {
      const r = parseComfort(input)
      expect(r.settings).toEqual(DEFAULT_COMFORT)
      expect(r.problems).toEqual([])
    }
    const r = parseComfort({ posture: 'seated' })
    expect(r.settings).toEqual({ ...DEFAULT_COMFORT, posture: 'seated' })
    expect(r.problems).toEqual([])
  })

  it('replaces a non-object with the defaults and says so', () => {
    for (const input of ['seated', 42, true, [1, 2]]) {
      const r = parseComfort(input)
      expect(r.settings).toEqual(DEFAULT_COMFORT)
      expect(r.problems).toHaveLength(1)
      expect(r.problems[0]).toMatch(/expected an object/)
    }
  })

  // Each bad value: that field falls back, every other (valid, non-default) field is kept.
  const bad: Array<[keyof ComfortSettings, unknown, unknown]> = [
    ['locomotion', 'fly', DEFAULT_COMFORT.locomotion],
    ['locomotion', 1, DEFAULT_COMFORT.locomotion],
    ['turn', 'spin', DEFAULT_COMFORT.turn],
    ['snapDegrees', 90, DEFAULT_COMFORT.snapDegrees],
    ['snapDegrees', '30', DEFAULT_COMFORT.snapDegrees],
    ['smoothTurnSpeed', 'fast', SMOOTH_TURN_SPEED.default],
    ['smoothTurnSpeed', Number.NaN, SMOOTH_TURN_SPEED.default],
    ['smoothTurnSpeed', 1000, SMOOTH_TURN_SPEED.max],
    ['smoothTurnSpeed', 1, SMOOTH_TURN_SPEED.min],
    ['posture', 'lying', DEFAULT_COMFORT.posture],
    ['vignette', 'yes', DEFAULT_COMFORT.vignette],
    ['reducedMotion', 1, DEFAULT_COMFORT.reducedMotion],
    ['brightness', 3, BRIGHTNESS.max],
    ['brightness', -1, BRIGHTNESS.min],
    ['brightness', Number.POSITIVE_INFINITY, BRIGHTNESS.default],
    ['brightness', null, BRIGHTNESS.default],
    ['lightning', 'off', DEFAULT_COMFORT.lightning],
  ]
  it.each(bad)('a bad %s (%s) falls back to %s and keeps the rest', (key, value, expected) => {
    const r = parseComfort({ ...CUSTOM, [key]: value })
    expect(r.settings[key]).toBe(expected)
    for (const other of Object.keys(CUSTOM) as Array<keyof ComfortSettings>) {
      if (other !== key) expect(r.settings[other]).toBe(CUSTOM[other])
    }
    expect(r.problems).toHaveLength(1)
    expect(r.problems[0]).toContain(key)
    expect(ComfortSettingsSchema.safeParse(r.settings).success).toBe(true)
  })

  it('notes unknown fields without failing', () => {
    const r = parseComfort({ ...CUSTOM, volume: 3 })
    expect(r.settings).toEqual(CUSTOM)
    expect(r.problems).toEqual(['volume: not a comfort setting; ignored'])
  })

  it('falls back to the given defaults (e.g. the current settings) rather than the factory ones', () => {
    const r = parseComfort({ posture: 'lying' }, CUSTOM)
    expect(r.settings).toEqual(CUSTOM)
    expect(r.problems[0]).toMatch(/posture.*using seated/)
  })

  it('agrees with the strict zod schema: whatever it returns is valid', () => {
    const junk: unknown[] = [
      { locomotion: 'x', brightness: 9, snapDegrees: 0, vignette: 'no', extra: true },
      { smoothTurnSpeed: -5 },
      'nope',
      { turn: null },
    ]
    for (const input of junk)
      expect(ComfortSettingsSchema.safeParse(parseComfort(input).settings).success).toBe(true)
    expect(ComfortSettingsSchema.safeParse({ ...CUSTOM, brightness: 2 }).success).toBe(false)
  })

  it('sameComfort compares every field', () => {
    expect(sameComfort(CUSTOM, { ...CUSTOM })).toBe(true)
    for (const key of Object.keys(CUSTOM) as Array<keyof ComfortSettings>) {
      expect(sameComfort(CUSTOM, { ...CUSTOM, [key]: DEFAULT_COMFORT[key] })).toBe(false)
    }
  })
})
