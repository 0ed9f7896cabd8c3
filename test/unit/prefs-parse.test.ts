import { describe, expect, it } from 'vitest'
import { DEFAULT_COMFORT } from '../../src/shared/comfort'
import {
  PREFS_MAX_BYTES,
  describePrefs,
  mergePrefs,
  parsePrefs,
  parsePrefsVolumes,
  prefsSize,
  sameVolumes,
  type ClientPrefs,
} from '../../src/shared/prefs'
import { ClientPrefsSchema, PatchClientBodySchema, PutPrefsBodySchema } from '../../src/shared/prefs/schema'

const comfort = { ...DEFAULT_COMFORT, posture: 'seated' as const, brightness: 0.8 }
const volumes = { master: 0.4, muted: true, layers: { waves: 0.5 } }

describe('prefs: parse (headset, zod-free)', () => {
  it('reads good prefs unchanged, and nothing as empty prefs', () => {
    expect(parsePrefs({ comfort, volumes })).toEqual({ prefs: { comfort, volumes }, problems: [] })
    expect(parsePrefs(undefined)).toEqual({ prefs: {}, problems: [] })
    expect(parsePrefs(null)).toEqual({ prefs: {}, problems: [] })
  })

  it('repairs field by field and says why; never throws', () => {
    const r = parsePrefs({
      comfort: { ...comfort, brightness: 'bright', turn: 'spin' },
      volumes: { master: 2 },
    })
    expect(r.prefs.comfort?.posture).toBe('seated')
    expect(r.prefs.comfort?.brightness).toBe(DEFAULT_COMFORT.brightness)
    expect(r.prefs.comfort?.turn).toBe(DEFAULT_COMFORT.turn)
    expect(r.prefs.volumes).toEqual({ master: 0.8, muted: false, layers: {} })
    expect(r.problems.length).toBeGreaterThanOrEqual(3)
    for (const bad of ['x', 3, [1], true]) {
      expect(parsePrefs(bad).prefs).toEqual({})
      expect(parsePrefs(bad).problems).toHaveLength(1)
    }
  })

  it('keeps good layers, drops bad names, bad levels and more than 16 layers', () => {
    const problems: string[] = []
    const layers: Record<string, unknown> = { waves: 0.2, 'Bad Name': 0.5, wind: 3, rain: Number.NaN }
    for (let i = 0; i < 20; i++) layers[`l${i}`] = 0.5
    const v = parsePrefsVolumes({ master: 0.3, muted: 'yes', layers }, problems)
    expect(v?.layers.waves).toBe(0.2)
    expect(v?.layers['Bad Name']).toBeUndefined()
    expect(v?.layers.wind).toBeUndefined()
    expect(Object.keys(v?.layers ?? {})).toHaveLength(16)
    expect(v?.muted).toBe(false)
    expect(problems.some((p) => p.includes('too many'))).toBe(true)
  })

  it('whatever parsePrefs returns passes the server schema (the two agree)', () => {
    const inputs: unknown[] = [
      { comfort, volumes },
      { comfort: { locomotion: 'smooth', brightness: 99 } },
      { volumes: { master: -1, layers: { waves: 2, wind: 0.1 } } },
      { comfort: 'nonsense', volumes: [] },
      { language: 'de' },
      { language: 'it', volumes },
    ]
    for (const input of inputs)
      expect(ClientPrefsSchema.safeParse(parsePrefs(input).prefs).success).toBe(true)
  })
})

describe('prefs: merge and size', () => {
  it('is field-wise: comfort keeps volumes and volumes keep comfort', () => {
    const base: ClientPrefs = { comfort, volumes }
    const c2 = { ...comfort, locomotion: 'smooth' as const }
    expect(mergePrefs(base, { comfort: c2 })).toEqual({ comfort: c2, volumes })
    const v2 = { ...volumes, master: 1 }
    expect(mergePrefs(base, { volumes: v2 })).toEqual({ comfort, volumes: v2 })
    expect(mergePrefs({}, {})).toEqual({})
    expect(mergePrefs({ ...base, language: 'fr' }, { comfort: c2 })).toEqual({
      comfort: c2,
      volumes,
      language: 'fr',
    })
    expect(mergePrefs(base, { language: 'de' })).toEqual({ comfort, volumes, language: 'de' })
  })

  it('reads the client language, and drops one Stillroom does not speak', () => {
    expect(parsePrefs({ language: 'es' })).toEqual({ prefs: { language: 'es' }, problems: [] })
    for (const odd of ['it', 'ES', 'es-MX', 3, {}]) {
      const r = parsePrefs({ language: odd, comfort })
      expect(r.prefs).toEqual({ comfort })
      expect(r.problems).toEqual(['language: not a language Stillroom speaks; ignored'])
    }
  })

  it('does not share objects with its inputs', () => {
    const base: ClientPrefs = { volumes: { ...volumes, layers: { waves: 0.5 } } }
    const out = mergePrefs(base, {})
    out.volumes!.layers.waves = 1
    expect(base.volumes!.layers.waves).toBe(0.5)
  })

  it('full prefs are far below the cap', () => {
    const layers = Object.fromEntries(
      Array.from({ length: 16 }, (_, i) => [`layer-${i}-${'x'.repeat(20)}`, 0.123456]),
    )
    expect(prefsSize({ comfort, volumes: { ...volumes, layers } })).toBeLessThan(PREFS_MAX_BYTES / 4)
  })

  it('compares volumes by value', () => {
    expect(sameVolumes(volumes, { ...volumes, layers: { waves: 0.5 } })).toBe(true)
    expect(sameVolumes(volumes, { ...volumes, layers: { waves: 0.6 } })).toBe(false)
    expect(sameVolumes(volumes, { ...volumes, layers: {} })).toBe(false)
    expect(sameVolumes(undefined, volumes)).toBe(false)
  })
})

describe('prefs: server bodies', () => {
  it('PUT needs comfort and/or volumes, complete and strict', () => {
    expect(PutPrefsBodySchema.safeParse({ comfort }).success).toBe(true)
    expect(PutPrefsBodySchema.safeParse({ volumes }).success).toBe(true)
    expect(PutPrefsBodySchema.safeParse({}).success).toBe(false)
    expect(PutPrefsBodySchema.safeParse({ comfort: { posture: 'seated' } }).success).toBe(false)
    expect(PutPrefsBodySchema.safeParse({ comfort: { ...comfort, x: 1 } }).success).toBe(false)
    expect(PutPrefsBodySchema.safeParse({ volumes: { ...volumes, master: 1.01 } }).success).toBe(false)
  })

  it('PATCH of a client takes a scale of 10 or 100 and/or an alias', () => {
    expect(PatchClientBodySchema.safeParse({ sudsScale: 100 }).success).toBe(true)
    expect(PatchClientBodySchema.safeParse({ alias: 'Robin' }).success).toBe(true)
    expect(PatchClientBodySchema.safeParse({ sudsScale: 50 }).success).toBe(false)
    expect(PatchClientBodySchema.safeParse({}).success).toBe(false)
    expect(PatchClientBodySchema.safeParse({ alias: '\u0007' }).success).toBe(false)
  })
})

describe('prefs: the console summary', () => {
  it('says how the client moves, sees and hears, in plain words', () => {
    expect(describePrefs({ comfort, volumes: { ...volumes, muted: false } })).toEqual([
      'Teleport',
      'snap turn 45°',
      'seated',
      'full motion',
      'brightness 80%',
      'volume 40%',
    ])
    expect(
      describePrefs({ comfort: { ...comfort, locomotion: 'smooth', turn: 'smooth', reducedMotion: true } }),
    ).toEqual(['Smooth walking', 'smooth turn', 'seated', 'reduced motion', 'brightness 80%'])
    expect(describePrefs({ volumes })).toEqual(['sound muted'])
    expect(describePrefs({})).toEqual([])
  })
})
