import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENE_SPEC, SceneSpecSchema, type SceneSpec } from '../../src/shared/spec'
import { parseSceneSpec } from '../../src/shared/spec-parse'
import { soundscapeMix } from '../../src/shared/soundscape'

const BEACH: SceneSpec = {
  biome: 'beach',
  timeOfDay: 'golden-hour',
  weather: 'clear',
  palette: ['#f2c28b', '#e88d67', '#7fb4c9'],
  mood: { valence: 0.6, arousal: -0.4 },
  motifs: ['waves', 'palm trees'],
  title: 'A quiet beach at sunset',
  safety: { held: false, reasons: [], mentioned: ['fire'] },
  language: 'en',
}

const tweak = (patch: Record<string, unknown>): unknown => ({ ...BEACH, ...patch })
const without = (key: keyof SceneSpec): unknown => {
  const o: Record<string, unknown> = { ...BEACH }
  delete o[key]
  return o
}

/** Inputs on both sides of every rule of SceneSpecSchema. */
const CASES: Array<[string, unknown]> = [
  ['a full valid spec', BEACH],
  ['the default spec', DEFAULT_SCENE_SPEC],
  ['no language (defaults to en)', without('language')],
  ['extra keys (dropped)', tweak({ extra: 1, seed: 'x' })],
  ['null', null],
  ['a string', 'beach'],
  ['an array', [BEACH]],
  ['unknown biome', tweak({ biome: 'volcano' })],
  ['missing biome', without('biome')],
  ['unknown time', tweak({ timeOfDay: 'teatime' })],
  ['unknown weather', tweak({ weather: 'hail' })],
  ['two colours', tweak({ palette: ['#ffffff', '#000000'] })],
  ['six colours', tweak({ palette: Array(6).fill('#abcdef') })],
  ['seven colours', tweak({ palette: Array(7).fill('#abcdef') })],
  ['upper-case colour', tweak({ palette: ['#ABCDEF', '#000000', '#111111'] })],
  ['short colour', tweak({ palette: ['#abc', '#000000', '#111111'] })],
  ['colour not a string', tweak({ palette: [0xabcdef, '#000000', '#111111'] })],
  ['palette not a list', tweak({ palette: '#000000' })],
  ['mood missing', without('mood')],
  ['valence 1', tweak({ mood: { valence: 1, arousal: -1 } })],
  ['valence above 1', tweak({ mood: { valence: 1.01, arousal: 0 } })],
  ['arousal NaN', tweak({ mood: { valence: 0, arousal: Number.NaN } })],
  ['arousal infinite', tweak({ mood: { valence: 0, arousal: Number.POSITIVE_INFINITY } })],
  ['arousal a string', tweak({ mood: { valence: 0, arousal: '0' } })],
  ['mood with extra keys', tweak({ mood: { valence: 0, arousal: 0, dominance: 1 } })],
  ['no motifs', tweak({ motifs: [] })],
  ['twelve motifs', tweak({ motifs: Array(12).fill('stars') })],
  ['thirteen motifs', tweak({ motifs: Array(13).fill('stars') })],
  ['an empty motif', tweak({ motifs: [''] })],
  ['a 40-character motif', tweak({ motifs: ['m'.repeat(40)] })],
  ['a 41-character motif', tweak({ motifs: ['m'.repeat(41)] })],
  ['a motif not a string', tweak({ motifs: [3] })],
  ['empty title', tweak({ title: '' })],
  ['80-character title', tweak({ title: 't'.repeat(80) })],
  ['81-character title', tweak({ title: 't'.repeat(81) })],
  ['title a number', tweak({ title: 5 })],
  ['safety missing', without('safety')],
  ['held not a boolean', tweak({ safety: { held: 'no', reasons: [], mentioned: [] } })],
  ['reasons missing', tweak({ safety: { held: true, mentioned: [] } })],
  ['a reason not a string', tweak({ safety: { held: true, reasons: [1], mentioned: [] } })],
  ['held with reasons', tweak({ safety: { held: true, reasons: ['violence: "fight"'], mentioned: [] } })],
  ['language too short', tweak({ language: 'e' })],
  ['language 8 characters', tweak({ language: 'abcdefgh' })],
  ['language too long', tweak({ language: 'abcdefghi' })],
  ['language null', tweak({ language: null })],
]

describe('parseSceneSpec (zod-free)', () => {
  it.each(CASES)('agrees with SceneSpecSchema: %s', (_name, input) => {
    const zod = SceneSpecSchema.safeParse(input)
    const ours = parseSceneSpec(input)
    expect(ours.ok).toBe(zod.success)
    if (ours.ok && zod.success) expect(ours.spec).toEqual(zod.data)
    if (!ours.ok) expect(ours.problem.length).toBeGreaterThan(5)
  })

  it('names the field that is wrong, and never throws on hostile input', () => {
    const r = parseSceneSpec(tweak({ mood: { valence: 3, arousal: 0 } }))
    expect(r).toEqual({ ok: false, problem: expect.stringContaining('mood.valence') })
    const palette = parseSceneSpec(tweak({ palette: ['#000000', '#111111', 'red'] }))
    expect(palette.ok ? '' : palette.problem).toContain('palette.2')
    const hostile = Object.defineProperty({}, 'mood', {
      get() {
        throw new Error('boom')
      },
    })
    expect(parseSceneSpec(hostile)).toEqual({ ok: false, problem: expect.stringContaining('boom') })
    expect(parseSceneSpec(undefined).ok).toBe(false)
  })

  it('copies, so later changes to the input do not reach the parsed spec', () => {
    const input = structuredClone(BEACH)
    const r = parseSceneSpec(input)
    input.palette.push('#000000')
    input.mood.valence = -1
    expect(r.ok && r.spec).toEqual(BEACH)
  })

  it('feeds the soundscape: an unreadable spec gives the quiet default and a reason', () => {
    const mix = soundscapeMix(tweak({ biome: 'volcano' }))
    expect(mix.problems[0]).toMatch(/scene spec unreadable.*biome/)
    expect(soundscapeMix(BEACH).problems).toEqual([])
  })
})
