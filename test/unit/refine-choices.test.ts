import { describe, expect, it } from 'vitest'
import { interpret } from '../../src/shared/interpret'
import {
  REFINE_CHOICES,
  applyChoice,
  measure,
  mergeWords,
  paletteChroma,
  paletteLuma,
  paletteWarmth,
  parseRefineWords,
  refineSpec,
} from '../../src/shared/refine'
import type { RefineChoice } from '../../src/shared/refine'
import { DEFAULT_SCENE_SPEC, SceneSpecSchema } from '../../src/shared/spec'
import type { SceneSpec } from '../../src/shared/spec'

const beach: SceneSpec = {
  ...DEFAULT_SCENE_SPEC,
  biome: 'beach',
  timeOfDay: 'dusk',
  weather: 'storm',
  palette: ['#c98a5a', '#5a7fa8', '#e8d0a8', '#8a6a9a'],
  mood: { valence: 0.2, arousal: 0.4 },
  motifs: ['waves', 'birds', 'boats', 'rocks', 'clouds', 'trees'],
  title: 'A beach in the storm',
}
const forest: SceneSpec = {
  ...beach,
  biome: 'forest',
  timeOfDay: 'night',
  weather: 'fog',
  motifs: ['trees', 'deer'],
}
const specs = [
  DEFAULT_SCENE_SPEC,
  beach,
  forest,
  interpret('a snowy mountain at dawn with a cabin and pines'),
]

describe('quick choices do what they say', () => {
  it('calmer lowers arousal and stills the weather', () => {
    const s = applyChoice(beach, 'calmer')
    expect(s.mood.arousal).toBeLessThan(beach.mood.arousal)
    expect(s.weather).toBe('rain')
    expect(applyChoice({ ...beach, weather: 'wind' }, 'calmer').weather).toBe('clear')
  })
  it('warmer and cooler move the palette toward amber and toward blue', () => {
    for (const spec of specs) {
      expect(paletteWarmth(applyChoice(spec, 'warmer').palette)).toBeGreaterThan(paletteWarmth(spec.palette))
      expect(paletteWarmth(applyChoice(spec, 'cooler').palette)).toBeLessThan(paletteWarmth(spec.palette))
    }
  })
  it('brighter lifts the palette; softer quietens its colour and the mood', () => {
    for (const spec of specs) {
      expect(paletteLuma(applyChoice(spec, 'brighter').palette)).toBeGreaterThan(paletteLuma(spec.palette))
      const soft = applyChoice(spec, 'softer')
      expect(paletteChroma(soft.palette)).toBeLessThan(paletteChroma(spec.palette))
      expect(soft.mood.arousal).toBeLessThan(spec.mood.arousal)
    }
  })
  it('more open takes enclosing things away and opens a forest to a meadow', () => {
    const s = applyChoice(forest, 'more-open')
    expect(s.biome).toBe('meadow')
    expect(s.weather).toBe('clear')
    expect(measure.enclosure(s)).toBeLessThan(measure.enclosure(forest))
    expect(measure.enclosure(applyChoice(beach, 'more-open'))).toBeLessThan(measure.enclosure(beach))
  })
  it('less crowded lowers the number of motifs, keeping the first named', () => {
    const s = applyChoice(beach, 'less-crowded')
    expect(s.motifs.length).toBeLessThan(beach.motifs.length)
    expect(s.motifs).toEqual(beach.motifs.slice(0, s.motifs.length))
  })
  it('add water brings water to every place that has none yet', () => {
    for (const spec of specs) {
      expect(measure.water(applyChoice(spec, 'add-water'))).toBeGreaterThan(measure.water(spec))
    }
    const lake = applyChoice(forest, 'add-water')
    expect(lake.biome).toBe('mountain-lake')
    expect(lake.motifs).toContain('trees')
  })
  it('add light moves toward the day, clears the sky, and lights a night with lanterns', () => {
    for (const spec of specs)
      expect(measure.light(applyChoice(spec, 'add-light'))).toBeGreaterThan(measure.light(spec))
    const night = applyChoice(forest, 'add-light')
    expect(night.timeOfDay).toBe('night')
    expect(night.motifs).toEqual(expect.arrayContaining(['lanterns', 'moon']))
  })
  it('never touches safety', () => {
    const held = { ...beach, safety: { held: true, reasons: ['x'], mentioned: [] } }
    for (const c of REFINE_CHOICES) expect(applyChoice(held, c).safety).toEqual(held.safety)
  })
})

describe('bounded and stable', () => {
  it('every choice, applied 20 times in any order, stays inside the schema', () => {
    for (const spec of specs) {
      for (const first of REFINE_CHOICES) {
        let s = spec
        for (let i = 0; i < 20; i++) {
          s = applyChoice(s, i % 2 ? first : REFINE_CHOICES[(i * 7) % REFINE_CHOICES.length]!)
          expect(() => SceneSpecSchema.parse(s)).not.toThrow()
        }
        expect(s.motifs.length).toBeLessThanOrEqual(12)
      }
    }
  })
  it('is deterministic and converges (a choice repeated settles instead of running away)', () => {
    for (const c of REFINE_CHOICES) {
      expect(applyChoice(beach, c)).toEqual(applyChoice(structuredClone(beach), c))
      let s = beach
      for (let i = 0; i < 60; i++) s = applyChoice(s, c)
      const again = applyChoice(s, c)
      for (const [a, b] of again.palette.map((x, i) => [x, s.palette[i]!] as const)) {
        const d = Math.abs(Number.parseInt(a.slice(1), 16) - Number.parseInt(b.slice(1), 16))
        expect(d).toBeLessThan(0x030303)
      }
      expect(Math.abs(again.mood.arousal - s.mood.arousal)).toBeLessThanOrEqual(0.25)
      expect(again.mood.arousal).toBeGreaterThanOrEqual(-1)
    }
  })
  it('warmer then cooler stays near where it began (choices compose gently)', () => {
    const back = applyChoice(applyChoice(beach, 'warmer'), 'cooler')
    expect(Math.abs(paletteWarmth(back.palette) - paletteWarmth(beach.palette))).toBeLessThan(0.12)
  })
})

describe('words', () => {
  it('reads quick choices, removals and new content from plain words', () => {
    const p = parseRefineWords('A little more sky, fewer trees, and a small boat please')
    expect(p.choices).toEqual<RefineChoice[]>(['more-open'])
    expect(p.remove).toEqual(['trees'])
    expect(p.rest).toContain('boat')
  })
  it('merges new words onto the current spec, keeping earlier refinements', () => {
    const base = 'a quiet beach at sunset with palm trees'
    const current = applyChoice(interpret(base), 'warmer')
    const next = mergeWords({ current, baseText: base, words: 'add some birds', interpret })
    expect(next.motifs).toContain('birds')
    expect(next.palette).toEqual(current.palette)
    expect(next.biome).toBe('beach')
    const fewer = mergeWords({ current: next, baseText: base, words: 'fewer birds', interpret })
    expect(fewer.motifs).not.toContain('birds')
  })
  it('screens all the words together, and a hold always wins', () => {
    const base = 'a quiet beach'
    const held = refineSpec(
      { spec: interpret(base), text: base },
      { text: 'with a gun on the sand' },
      interpret,
    )
    expect(held.ok && held.spec.safety.held).toBe(true)
    const stays = mergeWords({
      current: { ...interpret(base), safety: { held: true, reasons: ['earlier'], mentioned: [] } },
      baseText: base,
      words: 'calmer',
      interpret,
    })
    expect(stays.safety.held).toBe(true)
  })
  it('says so when a choice would change nothing, and asks for something when given nothing', () => {
    const still = { ...beach, mood: { valence: 0, arousal: -1 }, weather: 'clear' as const }
    const r = refineSpec({ spec: still, text: 'x' }, { choice: 'calmer' }, interpret)
    expect(r.ok).toBe(false)
    expect(refineSpec({ spec: beach, text: 'x' }, {}, interpret).ok).toBe(false)
    const ok = refineSpec({ spec: beach, text: 'x' }, { choice: 'calmer' }, interpret)
    expect(ok.ok && ok.text).toBe('x')
  })
})
