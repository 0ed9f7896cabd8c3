import { describe, expect, it } from 'vitest'
import {
  crossfade,
  cloneLook,
  flashRate,
  landscapeParams,
  lightningGlow,
  LIGHTNING,
  panoramaProfiles,
  PANORAMA_PROFILE_WIDTH,
  readSpec,
  structureKey,
  type LandscapeLook,
} from '../../src/shared/landscape'
import { BIOMES, DEFAULT_SCENE_SPEC, TIMES_OF_DAY, WEATHERS } from '../../src/shared/scene-constants'

const spec = (over: Record<string, unknown> = {}) => ({ ...DEFAULT_SCENE_SPEC, ...over })

/** Every number anywhere in a value, with its path. */
function numbers(v: unknown, path = ''): Array<[string, number]> {
  if (typeof v === 'number') return [[path, v]]
  if (Array.isArray(v)) return v.flatMap((x, i) => numbers(x, `${path}[${i}]`))
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => numbers(x, `${path}.${k}`))
  return []
}

const colours = (look: LandscapeLook) => [
  look.sunColour,
  look.skyZenith,
  look.skyHorizon,
  look.skyGlow,
  look.fogColour,
  look.groundNear,
  look.water,
]

describe('landscapeParams: every biome × time × weather', () => {
  const combos = BIOMES.flatMap((biome) =>
    TIMES_OF_DAY.flatMap((timeOfDay) => WEATHERS.map((weather) => ({ biome, timeOfDay, weather }))),
  )
  it(`covers all ${combos.length} combinations with finite, in-range values`, () => {
    expect(combos).toHaveLength(BIOMES.length * TIMES_OF_DAY.length * WEATHERS.length)
    // Problems are collected and asserted once: hundreds of combinations × dozens of checks.
    const problems: string[] = []
    const check = (ok: boolean, what: string) => void (ok || problems.push(what))
    for (const c of combos) {
      const p = landscapeParams(spec(c))
      const at = JSON.stringify(c)
      check(p.reasons.length === 0, `${at} reasons ${p.reasons.join()}`)
      check(p.biome === c.biome && p.timeOfDay === c.timeOfDay && p.weather === c.weather, `${at} echo`)
      for (const [path, n] of numbers(p.look)) check(Number.isFinite(n), `${at} ${path} not finite`)
      for (const col of colours(p.look)) for (const v of col) check(v >= 0 && v <= 1, `${at} colour ${v}`)
      check(Math.abs(Math.hypot(...p.look.sunDirection) - 1) < 1e-6, `${at} sun direction`)
      // Fog gives depth, never murk: visibility from ~30 m (underwater) to far.
      check(p.look.fogDensity >= 0.004 && p.look.fogDensity <= 0.08, `${at} fog ${p.look.fogDensity}`)
      for (const v of Object.values(p.look.particles)) check(v >= 0 && v <= 1, `${at} particle ${v}`)
      check(p.look.wind <= 0.8 && p.look.sunIntensity > 0, `${at} wind or light`)
      // Every outdoor place grows something; a room has furniture instead.
      const indoors = p.structure.terrain.kind === 'room'
      check(
        indoors !== p.structure.vegetation.length > 0,
        `${at} vegetation ${p.structure.vegetation.length}`,
      )
    }
    expect(problems).toEqual([])
  }, 60_000)

  it('night brings the moon and stars, and a lower light than midday', () => {
    for (const biome of BIOMES) {
      const night = landscapeParams(spec({ biome, timeOfDay: 'night', weather: 'clear' })).look
      const noon = landscapeParams(spec({ biome, timeOfDay: 'midday', weather: 'clear' })).look
      expect(night.moon).toBe(1)
      if (biome !== 'night-sky') expect(night.sunIntensity).toBeLessThan(noon.sunIntensity)
      if (biome !== 'underwater' && biome !== 'abstract') expect(night.stars).toBeGreaterThan(0.3)
      if (biome !== 'night-sky') expect(noon.sunDirection[1]).toBeGreaterThan(night.sunDirection[1])
      expect(noon.moon).toBe(biome === 'night-sky' ? 1 : 0)
    }
    const dawn = landscapeParams(spec({ biome: 'meadow', timeOfDay: 'dawn' })).look
    expect(dawn.sunDirection[1]).toBeLessThan(0.1)
    expect(dawn.sunDirection[0]).toBeLessThan(0) // morning light from the left
  })

  it('a storm brings only distant, soft lightning, and only when lightning is on', () => {
    for (const biome of BIOMES) {
      const on = landscapeParams(spec({ biome, weather: 'storm' })).look.lightning
      const off = landscapeParams(spec({ biome, weather: 'storm' }), { lightning: false }).look.lightning
      expect(off).toBe(0)
      expect(on).toBeLessThanOrEqual(LIGHTNING.maxGlow)
      if (biome === 'underwater') expect(on).toBe(0)
      else expect(on).toBeGreaterThan(0)
      for (const w of WEATHERS.filter((x) => x !== 'storm')) {
        expect(landscapeParams(spec({ biome, weather: w })).look.lightning).toBe(0)
      }
    }
    expect(LIGHTNING.distanceM).toBeGreaterThanOrEqual(2000)
  })

  it('weather shows in the particles, fog and wind; nothing falls under the sea', () => {
    const rain = landscapeParams(spec({ biome: 'forest', weather: 'rain' })).look
    const snow = landscapeParams(spec({ biome: 'snow', weather: 'snow' })).look
    const fog = landscapeParams(spec({ biome: 'meadow', weather: 'fog' })).look
    const clear = landscapeParams(spec({ biome: 'meadow', weather: 'clear' })).look
    const wind = landscapeParams(spec({ biome: 'meadow', weather: 'wind' })).look
    const sea = landscapeParams(spec({ biome: 'underwater', weather: 'rain' })).look
    expect(rain.particles.rain).toBeGreaterThan(0.5)
    expect(snow.particles.snow).toBeGreaterThan(0.5)
    expect(fog.fogDensity).toBeGreaterThan(clear.fogDensity * 2)
    expect(wind.wind).toBeGreaterThan(clear.wind * 2)
    expect(sea.particles.rain).toBe(0)
    expect(sea.particles.bubbles).toBeGreaterThan(0.4)
    const night = landscapeParams(spec({ biome: 'meadow', timeOfDay: 'night' })).look
    expect(night.particles.fireflies).toBeGreaterThan(0)
    expect(night.particles.pollen).toBe(0)
  })

  it('motifs become props and plants; the palette tints the light', () => {
    const plain = landscapeParams(spec({ biome: 'beach', motifs: [] })).structure
    const rich = landscapeParams(spec({ biome: 'beach', motifs: ['boats', 'birds', 'palm trees'] })).structure
    expect(plain.props.map((p) => p.kind)).toEqual([])
    expect(rich.props.map((p) => p.kind).sort()).toEqual(['bird', 'boat'])
    expect(structureKey(plain)).not.toBe(structureKey(rich))
    const fish = landscapeParams(spec({ biome: 'underwater', motifs: ['fish'] })).structure.props
    expect(fish.find((p) => p.kind === 'fish')?.count).toBeGreaterThan(24)
    const warm = landscapeParams(spec({ palette: ['#f0a070', '#e08050', '#f4c090'] })).look
    const cool = landscapeParams(spec({ palette: ['#70a0f0', '#5080e0', '#90c0f4'] })).look
    expect(warm.lightTint[0] - warm.lightTint[2]).toBeGreaterThan(cool.lightTint[0] - cool.lightTint[2])
  })

  it('time and weather keep the same place (same structure); another biome is another place', () => {
    const a = landscapeParams(spec({ biome: 'forest', timeOfDay: 'dawn', weather: 'clear' }))
    const b = landscapeParams(spec({ biome: 'forest', timeOfDay: 'night', weather: 'rain' }))
    const c = landscapeParams(spec({ biome: 'desert' }))
    expect(structureKey(a.structure)).toBe(structureKey(b.structure))
    expect(structureKey(a.structure)).not.toBe(structureKey(c.structure))
  })
})

describe('bad specs fall back to the quiet default and say why', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['undefined', undefined, /not an object/],
    ['null', null, /null/],
    ['a string', 'beach', /string/],
    ['an array', [1, 2], /array/],
    ['an unknown biome', spec({ biome: 'volcano' }), /biome/],
    ['a missing palette', { ...spec(), palette: undefined }, /palette: missing/],
    ['an out-of-range mood', spec({ mood: { valence: 7, arousal: 0 } }), /mood/],
    ['a bad colour', spec({ palette: ['red', '#ffffff', '#000000'] }), /palette/],
  ]
  for (const [name, input, why] of cases) {
    it(`${name} → default parts and a reason`, () => {
      const p = landscapeParams(input)
      expect(p.reasons.join('; ')).toMatch(why)
      for (const [path, n] of numbers(p.look)) expect(Number.isFinite(n), path).toBe(true)
    })
  }
  it('keeps every valid field of a partly broken spec', () => {
    const { spec: s, reasons } = readSpec({ ...spec({ biome: 'snow', timeOfDay: 'dusk' }), weather: 'hail' })
    expect(s.biome).toBe('snow')
    expect(s.timeOfDay).toBe('dusk')
    expect(s.weather).toBe(DEFAULT_SCENE_SPEC.weather)
    expect(reasons).toHaveLength(1)
  })
  it('a good spec has no reasons', () => {
    expect(landscapeParams(spec({ biome: 'garden' })).reasons).toEqual([])
  })
})

describe('crossfade', () => {
  const a = landscapeParams(spec({ biome: 'meadow', timeOfDay: 'dawn', weather: 'clear' })).look
  const b = landscapeParams(spec({ biome: 'meadow', timeOfDay: 'night', weather: 'rain' })).look
  it('starts at a, ends at b, and passes in between', () => {
    const start = numbers(crossfade(a, b, 0))
    numbers(a).forEach(([path, v], i) => expect(start[i]![1], path).toBeCloseTo(v, 9))
    const end = crossfade(a, b, 1)
    for (const [[path, x], [, y]] of numbers(end).map((e, i) => [e, numbers(b)[i]!] as const)) {
      expect(x, path).toBeCloseTo(y, 5)
    }
    const mid = crossfade(a, b, 0.5)
    expect(mid.fogDensity).toBeCloseTo((a.fogDensity + b.fogDensity) / 2, 6)
    expect(mid.particles.rain).toBeGreaterThan(0)
    expect(mid.particles.rain).toBeLessThan(b.particles.rain)
    expect(Math.hypot(...mid.sunDirection)).toBeCloseTo(1, 6)
  })
  it('writes into `out` without allocating a new look, and clamps t', () => {
    const out = cloneLook(a)
    expect(crossfade(a, b, 0.3, out)).toBe(out)
    expect(crossfade(a, b, 7, out).fogDensity).toBeCloseTo(b.fogDensity, 6)
  })
  it('small steps make small changes (no pops)', () => {
    let prev = numbers(crossfade(a, b, 0))
    let biggest = 0
    for (let i = 1; i <= 50; i++) {
      const next = numbers(crossfade(a, b, i / 50))
      next.forEach(([, v], j) => (biggest = Math.max(biggest, Math.abs(v - prev[j]![1]))))
      prev = next
    }
    expect(biggest).toBeGreaterThan(0)
    expect(biggest).toBeLessThan(0.1)
  })
})

describe('lightning stays well under 3 flashes a second (WCAG 2.3.1)', () => {
  it('flashRate counts rises followed by falls', () => {
    const dt = 0.05
    const twoPerSecond = Array.from({ length: 100 }, (_, i) => (Math.floor(i / 5) % 2 === 0 ? 0 : 1))
    expect(flashRate(twoPerSecond, dt)).toBeGreaterThanOrEqual(2)
    expect(flashRate(twoPerSecond, dt)).toBeLessThanOrEqual(3)
    const fast = Array.from({ length: 100 }, (_, i) => i % 2)
    expect(flashRate(fast, dt)).toBeGreaterThan(3)
    expect(flashRate(Array(100).fill(0.5), dt)).toBe(0)
    expect(flashRate([0, 0.05, 0, 0.05, 0], dt)).toBe(0)
  })
  it('the lightning glow over ten minutes flashes at most once a second and rarely', () => {
    for (const seed of [0, 1, 12345, 0xdeadbeef]) {
      const dt = 1 / 30
      const samples = Array.from({ length: 600 * 30 }, (_, i) => lightningGlow(i * dt, seed))
      expect(Math.max(...samples)).toBeLessThanOrEqual(1)
      expect(samples.some((v) => v > 0.5)).toBe(true)
      expect(flashRate(samples, dt)).toBeLessThanOrEqual(1)
      // Soft: no frame-to-frame jump bigger than a third of the glow.
      let maxStep = 0
      for (let i = 1; i < samples.length; i++)
        maxStep = Math.max(maxStep, Math.abs(samples[i]! - samples[i - 1]!))
      expect(maxStep).toBeLessThan(0.35)
    }
  }, 30_000)
})

describe('panorama ridge profiles', () => {
  it('are periodic around the horizon (no seam behind the visitor) and smooth', () => {
    const ridges = [
      { freq: 2, sharp: 0.8 },
      { freq: 5, sharp: 0.2 },
    ]
    const p = panoramaProfiles(ridges, [12.5, 40.25])
    for (let row = 0; row < ridges.length; row++) {
      const first = p[row * PANORAMA_PROFILE_WIDTH]!
      const last = p[row * PANORAMA_PROFILE_WIDTH + PANORAMA_PROFILE_WIDTH - 1]!
      let maxStep = 0
      for (let k = 1; k < PANORAMA_PROFILE_WIDTH; k++) {
        maxStep = Math.max(
          maxStep,
          Math.abs(p[row * PANORAMA_PROFILE_WIDTH + k]! - p[row * PANORAMA_PROFILE_WIDTH + k - 1]!),
        )
      }
      expect(Math.abs(first - last)).toBeLessThanOrEqual(maxStep * 1.5 + 1e-6)
      expect(maxStep).toBeLessThan(0.1)
    }
  })
})
