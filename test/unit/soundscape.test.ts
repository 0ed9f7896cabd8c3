import { describe, expect, it } from 'vitest'
import { BIOMES, DEFAULT_SCENE_SPEC, TIMES_OF_DAY, WEATHERS, type SceneSpec } from '../../src/shared/spec'
import {
  LAYER_IDS,
  LAYER_INFO,
  DEFAULT_VOLUMES,
  gainToDb,
  largestStepDb,
  layerGain,
  masterGain,
  parseVolumes,
  planRamp,
  soundscapeMix,
} from '../../src/shared/soundscape'
import { createDeviceVolumeSource } from '../../src/client/exercises/volume-source'

const spec = (over: Partial<SceneSpec>): SceneSpec => ({ ...DEFAULT_SCENE_SPEC, ...over })
const ids = (s: SceneSpec, opts = {}) => soundscapeMix(s, opts).layers.map((l) => l.id)
const gainOf = (s: SceneSpec, id: string) => soundscapeMix(s).layers.find((l) => l.id === id)?.gain ?? 0

describe('soundscapeMix: every biome × time × weather', () => {
  it('gives a sane, gentle mix for every biome × time × weather', () => {
    for (const biome of BIOMES)
      for (const timeOfDay of TIMES_OF_DAY)
        for (const weather of WEATHERS) {
          const mix = soundscapeMix(spec({ biome, timeOfDay, weather }))
          const where = `${biome}/${timeOfDay}/${weather}`
          expect(mix.problems, where).toEqual([])
          expect(mix.layers.length, where).toBeGreaterThan(0)
          expect(new Set(mix.layers.map((l) => l.id)).size, where).toBe(mix.layers.length)
          for (const l of mix.layers) {
            expect(l.gain, `${where} ${l.id}`).toBeGreaterThan(0)
            expect(l.gain, `${where} ${l.id}`).toBeLessThanOrEqual(1)
            expect(LAYER_IDS).toContain(l.id)
            if (LAYER_INFO[l.id].kind === 'point') {
              expect(l.position, `${where} ${l.id}`).not.toBeNull()
              for (const c of l.position!) expect(Number.isFinite(c)).toBe(true)
            } else expect(l.position).toBeNull()
          }
          // Quieter than you think: the layers together stay modest.
          expect(
            mix.layers.reduce((s, l) => s + l.gain, 0),
            where,
          ).toBeLessThan(1.8)
          expect(mix.pad.brightness).toBeGreaterThanOrEqual(0)
          expect(mix.pad.brightness).toBeLessThanOrEqual(1)
          expect(mix.pad.rootHz).toBeGreaterThan(60)
        }
  })
})

describe('soundscapeMix: the place sounds like the place', () => {
  it('puts the sea in front, the birds up in the trees and the stream to one side', () => {
    const beach = soundscapeMix(spec({ biome: 'beach', timeOfDay: 'morning' }))
    const waves = beach.layers.find((l) => l.id === 'waves')!
    expect(waves.position![2]).toBeLessThan(-10)
    expect(Math.abs(waves.position![0])).toBeLessThan(3)
    const birds = beach.layers.find((l) => l.id === 'birds')!
    expect(birds.position![1]).toBeGreaterThan(3)
    const lake = soundscapeMix(spec({ biome: 'mountain-lake' }))
    expect(Math.abs(lake.layers.find((l) => l.id === 'stream')!.position![0])).toBeGreaterThan(5)
  })

  it('has crickets and no birds at night, a dawn chorus in the morning', () => {
    expect(ids(spec({ biome: 'meadow', timeOfDay: 'night' }))).toContain('crickets')
    expect(ids(spec({ biome: 'meadow', timeOfDay: 'night' }))).not.toContain('birds')
    expect(ids(spec({ biome: 'meadow', timeOfDay: 'midday' }))).not.toContain('crickets')
    expect(gainOf(spec({ biome: 'forest', timeOfDay: 'dawn' }), 'birds')).toBeGreaterThan(
      gainOf(spec({ biome: 'forest', timeOfDay: 'afternoon' }), 'birds'),
    )
  })

  it('rains in the rain, on the roof when there is a shelter, and not under the sea', () => {
    const rainy = ids(spec({ biome: 'forest', weather: 'rain' }))
    expect(rainy).toContain('rain')
    expect(rainy).not.toContain('birds')
    expect(rainy).not.toContain('rain-roof')
    const cabin = soundscapeMix(spec({ biome: 'forest', weather: 'rain', motifs: ['a small cabin'] }))
    const roof = cabin.layers.find((l) => l.id === 'rain-roof')!
    expect(roof.gain).toBeGreaterThan(cabin.layers.find((l) => l.id === 'rain')!.gain)
    expect(ids(spec({ biome: 'forest', motifs: ['cabin'] }))).not.toContain('rain-roof')
    expect(ids(spec({ biome: 'underwater', weather: 'storm', timeOfDay: 'night' }))).toEqual([
      'underwater',
      'pad',
    ])
  })

  it('keeps rain on the window and a soft fire in the cozy room, and flowing water in the river valley', () => {
    for (const weather of ['clear', 'rain'] as const) {
      const room = ids(spec({ biome: 'cozy-room', weather }))
      expect(room).toContain('rain-roof')
      expect(room).toContain('hearth')
      // Indoors, the rain on the glass is louder than any rain in the open.
      expect(gainOf(spec({ biome: 'cozy-room', weather }), 'rain-roof')).toBeGreaterThan(
        gainOf(spec({ biome: 'cozy-room', weather }), 'rain'),
      )
    }
    const valley = soundscapeMix(spec({ biome: 'river-valley' })).layers
    expect(valley[0]?.id).toBe('stream')
    expect(ids(spec({ biome: 'river-valley', weather: 'rain', timeOfDay: 'night' }))).toContain('stream')
  })

  it('brings layers in from the words (a river in a meadow, waves at a lake)', () => {
    expect(ids(spec({ biome: 'meadow', motifs: ['river'] }))).toContain('stream')
    expect(ids(spec({ biome: 'snow', motifs: ['birds'] }))).toContain('birds')
    expect(ids(spec({ biome: 'abstract' }))).toContain('pad')
  })

  it('follows the mood with the pad: brighter and higher when pleasant', () => {
    const low = soundscapeMix(spec({ mood: { valence: -0.8, arousal: -0.5 } })).pad
    const high = soundscapeMix(spec({ mood: { valence: 0.9, arousal: 0.2 } })).pad
    expect(high.brightness).toBeGreaterThan(low.brightness)
    expect(high.rootHz).toBeGreaterThan(low.rootHz)
    expect(low.chord).not.toContain(3) // never a minor third
  })

  it('lets the landscape override time and weather, and skips unknown ones with a reason', () => {
    const s = spec({ biome: 'meadow', timeOfDay: 'midday', weather: 'clear' })
    expect(ids(s, { timeOfDay: 'night' })).toContain('crickets')
    expect(ids(s, { weather: 'rain' })).toContain('rain')
    const bad = soundscapeMix(s, { timeOfDay: 'teatime', weather: 42 })
    expect(bad.problems.join(' ')).toMatch(/unknown time of day "teatime" skipped/)
    expect(bad.problems.join(' ')).toMatch(/unknown weather 42 skipped/)
    expect(bad.layers.map((l) => l.id)).toEqual(soundscapeMix(s).layers.map((l) => l.id))
  })

  it('falls back to the quiet default scene when the spec cannot be read', () => {
    for (const input of [null, 'beach', { biome: 'moon' }, { ...DEFAULT_SCENE_SPEC, palette: [] }]) {
      const mix = soundscapeMix(input)
      expect(mix.problems[0]).toMatch(/scene spec unreadable/)
      expect(mix.layers.map((l) => l.id)).toEqual(soundscapeMix(DEFAULT_SCENE_SPEC).layers.map((l) => l.id))
    }
  })
})

describe('planRamp', () => {
  const cases: Array<[number, number]> = [
    [0, 1],
    [1, 0],
    [0.8, 0.2],
    [0.2, 0.21],
    [0, 0.001],
    [0.5, 0.5],
    [1, 0.25],
    [0, 4],
  ]
  it.each(cases)('from %f to %f: small steps, at least a second, ends exactly', (from, to) => {
    const plan = planRamp(from, to)
    expect(plan.duration).toBeGreaterThanOrEqual(1)
    expect(largestStepDb(plan.points)).toBeLessThanOrEqual(3 + 1e-9)
    expect(plan.points[0]).toEqual({ t: 0, gain: from })
    expect(plan.points.at(-1)).toEqual({ t: plan.duration, gain: to })
    for (let i = 1; i < plan.points.length; i++)
      expect(plan.points[i]!.t).toBeGreaterThan(plan.points[i - 1]!.t)
    const rising = to >= from
    for (let i = 1; i < plan.points.length; i++)
      if (rising) expect(plan.points[i]!.gain).toBeGreaterThanOrEqual(plan.points[i - 1]!.gain)
      else expect(plan.points[i]!.gain).toBeLessThanOrEqual(plan.points[i - 1]!.gain)
  })

  it('takes longer for large changes (silence to full takes 3 s at 20 dB/s)', () => {
    expect(planRamp(0, 1).duration).toBeCloseTo(3, 5)
    expect(planRamp(0.5, 0.25).duration).toBe(1)
    expect(planRamp(0, 1, { minSeconds: 5 }).duration).toBe(5)
  })

  it('is safe with nonsense (NaN, negative, huge)', () => {
    for (const [a, b] of [
      [NaN, 1],
      [-3, 0.5],
      [1, Infinity],
    ] as const) {
      const plan = planRamp(a, b)
      for (const p of plan.points) expect(Number.isFinite(p.gain)).toBe(true)
      expect(largestStepDb(plan.points)).toBeLessThanOrEqual(3 + 1e-9)
    }
  })

  it('detects a step that is too big (the check itself can fail)', () => {
    expect(
      largestStepDb([
        { t: 0, gain: 0.1 },
        { t: 1, gain: 1 },
      ]),
    ).toBeCloseTo(20, 5)
    expect(gainToDb(0)).toBe(-60)
  })
})

describe('volumes', () => {
  it('keeps every valid field and skips unknown layers with a reason', () => {
    const r = parseVolumes({ master: 0.5, muted: true, layers: { waves: 0.3, thunder: 1, rain: 7 } })
    expect(r.settings).toEqual({ master: 0.5, muted: true, layers: { waves: 0.3 } })
    expect(r.problems).toEqual([
      'unknown sound layer "thunder" skipped',
      'volume of rain 7 is not 0…1: skipped',
    ])
  })
  it('defaults what it cannot read', () => {
    expect(parseVolumes(undefined)).toEqual({ settings: DEFAULT_VOLUMES, problems: [] })
    expect(parseVolumes('loud').problems[0]).toMatch(/not an object/)
    const r = parseVolumes({ master: 'max', muted: 'yes', layers: [] })
    expect(r.settings).toEqual(DEFAULT_VOLUMES)
    expect(r.problems).toHaveLength(3)
  })
  it('combines the scene level with the listener volume; mute silences the master', () => {
    expect(layerGain(0.5, { ...DEFAULT_VOLUMES, layers: { rain: 0.5 } }, 'rain')).toBe(0.25)
    expect(layerGain(0.5, DEFAULT_VOLUMES, 'rain')).toBe(0.5)
    expect(masterGain({ ...DEFAULT_VOLUMES, muted: true })).toBe(0)
    expect(masterGain({ ...DEFAULT_VOLUMES, master: 0.3 })).toBe(0.3)
  })
  it('is remembered on the device, and bad stored data loses nothing else', () => {
    const data = new Map<string, string>()
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    } as unknown as Storage
    const source = createDeviceVolumeSource(storage)
    expect(source.load().settings).toEqual(DEFAULT_VOLUMES)
    source.save({ master: 0.4, muted: false, layers: { birds: 0.2 } })
    expect(source.load().settings).toEqual({ master: 0.4, muted: false, layers: { birds: 0.2 } })
    data.set('stillroom.sound', '{not json')
    expect(source.load().problems[0]).toMatch(/not JSON/)
    data.set('stillroom.sound', JSON.stringify({ master: 0.6, layers: { gulls: 1, birds: 0.5 } }))
    const r = source.load()
    expect(r.settings).toEqual({ master: 0.6, muted: false, layers: { birds: 0.5 } })
    expect(r.problems).toEqual(['unknown sound layer "gulls" skipped'])
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('full')
      },
    } as unknown as Storage
    expect(createDeviceVolumeSource(broken).load().settings).toEqual(DEFAULT_VOLUMES)
    expect(() => createDeviceVolumeSource(broken).save(DEFAULT_VOLUMES)).not.toThrow()
  })
})
