import { describe, expect, it } from 'vitest'
import { detectLanguage, interpret } from '../../src/shared/interpret'
import { buildTitle } from '../../src/shared/interpret/title'
import { runInterpretCommand } from '../../src/server/cli/interpret-command'
import { SceneSpecSchema } from '../../src/shared/spec'
import { HELD_OUT, ROWS } from './interpret-table'

describe('interpret', () => {
  it('gives a schema-valid spec for every table row', () => {
    for (const [text] of [...ROWS, ...HELD_OUT]) {
      const spec = interpret(text)
      expect(() => SceneSpecSchema.parse(spec), text).not.toThrow()
      expect(spec.title.length).toBeLessThanOrEqual(80)
    }
  })

  it('is deterministic', () => {
    for (const [text] of ROWS.slice(0, 20)) expect(interpret(text)).toEqual(interpret(text))
  })

  it('titles from the words', () => {
    expect(interpret('a quiet beach at sunset, the waves coming in slowly').title).toBe(
      'Quiet beach at sunset',
    )
    expect(interpret('a pine forest at dawn').title).toBe('Pine forest at dawn')
    expect(interpret('I feel calm').title).toBe('A calm space')
    // "An" before a vowel: words about an old place with no biome read "An old space", never "A old space".
    expect(buildTitle({ biome: 'abstract', timeOfDay: 'midday', weather: 'clear', adjective: 'old' })).toBe(
      'An old space',
    )
    expect(buildTitle({ biome: 'abstract', timeOfDay: 'midday', weather: 'clear', adjective: 'usual' })).toBe(
      'A usual space',
    )
  })

  it('reads sunset, sunrise, after sunset and stars as times', () => {
    expect(interpret('the beach at sunset').timeOfDay).toBe('golden-hour')
    expect(interpret('the beach at sunrise').timeOfDay).toBe('dawn')
    expect(interpret('the beach just after sunset').timeOfDay).toBe('dusk')
    expect(interpret('the meadow under the stars').timeOfDay).toBe('night')
  })

  it('finds multi-word places and their motifs', () => {
    const rose = interpret('a rose garden')
    expect(rose.biome).toBe('garden')
    expect(rose.motifs).toContain('flowers')
    expect(rose.safety.mentioned).toEqual([])
    expect(interpret('northern lights').motifs).toContain('aurora')
    expect(interpret('a coral reef').biome).toBe('underwater')
    expect(interpret('sand dunes').motifs).toContain('dunes')
    expect(interpret('an alpine lake').biome).toBe('mountain-lake')
  })

  it('handles look-alikes and negation in the safety field', () => {
    expect(interpret('fireflies over the meadow').safety).toEqual({ held: false, reasons: [], mentioned: [] })
    expect(interpret('fireflies over the meadow').motifs).toContain('fireflies')
    expect(interpret('a campfire on the beach').safety.held).toBe(false)
    expect(interpret('a campfire on the beach').safety.mentioned).toHaveLength(1)
    expect(interpret('a fireplace in a cabin').safety.held).toBe(false)
    expect(interpret('lost in a book by the lake').safety.held).toBe(false)
    const noFire = interpret('a forest with no fire')
    expect(noFire.safety.held).toBe(false)
    expect(noFire.safety.mentioned[0]).toContain("'fire'")
    expect(interpret('soldiers on the beach').safety.reasons).toEqual(["war: 'soldiers'"])
  })

  it('negation reaches weather and mood', () => {
    expect(interpret('a beach with not a single cloud').weather).toBe('clear')
    expect(interpret('a meadow, no rain today').weather).toBe('clear')
    const sad = interpret('I feel sad')
    const notSad = interpret('I do not feel sad')
    expect(sad.mood.valence).toBeLessThan(notSad.mood.valence)
    expect(interpret('I feel calm').mood.arousal).toBeLessThan(interpret('I feel anxious').mood.arousal)
  })

  it('colours come from named colours, then the place and time', () => {
    const spec = interpret('a lavender and gold sky over the sea')
    expect(spec.palette[0]).toBe('#bfb3dd')
    expect(spec.palette).toContain('#e0bd6e')
    expect(interpret('a forest').palette).not.toEqual(interpret('a desert').palette)
    for (const c of interpret('black and white').palette) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16))
      const lum = (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255
      expect(lum, c).toBeGreaterThan(0.25)
      expect(lum, c).toBeLessThan(0.95)
    }
  })

  it('a text with no place is a calm abstract in the colours of its feelings', () => {
    const spec = interpret('safe and warm and loved')
    expect(spec.biome).toBe('abstract')
    expect(spec.mood.valence).toBeGreaterThan(0.5)
    expect(spec.palette).toContain('#d9c8a9')
  })

  it('never throws on junk and returns a valid spec', () => {
    const junk = [
      '',
      '   \n\t ',
      '\u0000\u0001\u0002\u001b[31m',
      '😊🌊🌅',
      '<script>alert("x")</script><img src=x onerror=alert(1)>',
      'x'.repeat(10_000),
      'beach '.repeat(2000),
      '\ud800 lone surrogate',
      '{"json": true}',
      'ÀÉÎÕÜ ñ ß ø',
    ]
    for (const text of junk) {
      const spec = interpret(text)
      expect(() => SceneSpecSchema.parse(spec), JSON.stringify(text.slice(0, 20))).not.toThrow()
    }
    expect(interpret(undefined as unknown as string).biome).toBe('abstract')
  })

  it('detects Spanish, French, German and other languages, and still finds their places', () => {
    expect(detectLanguage('una playa tranquila al atardecer con el sonido de las olas')).toBe('es')
    expect(detectLanguage('une forêt calme sous la pluie avec des oiseaux')).toBe('fr')
    expect(detectLanguage('ein ruhiger Strand bei Sonnenuntergang und die Wellen')).toBe('de')
    expect(detectLanguage('una spiaggia tranquilla al tramonto, sono nella sabbia con il mare')).toBe('other')
    expect(detectLanguage('een rustig strand bij zonsondergang, ik ben op het zand')).toBe('other')
    expect(detectLanguage('静かな海辺の夕暮れ')).toBe('other')
    // The client's language breaks a tie; with no telling words it names the text.
    expect(detectLanguage('la mar', 'es')).toBe('es')
    expect(detectLanguage('Strand', 'de')).toBe('de')
    expect(detectLanguage('Strand')).toBe('en')
    expect(detectLanguage('a quiet beach at sunset')).toBe('en')
    expect(interpret('una playa tranquila al atardecer').biome).toBe('beach')
    expect(interpret('una playa tranquila al atardecer').timeOfDay).toBe('golden-hour')
    expect(interpret('un bosque con nieve').biome).toBe('forest')
    expect(interpret('la montaña y el lago').biome).toBe('mountain-lake')
    expect(interpret('un jardín de flores').biome).toBe('garden')
    expect(interpret('le désert la nuit').biome).toBe('desert')
    expect(interpret('le désert la nuit').timeOfDay).toBe('night')
    expect(interpret('une plage sous la neige').language).toBe('fr')
    expect(interpret('静かな海辺の夕暮れ').biome).toBe('abstract')
  })

  it('titles a painting in the language of its words', () => {
    expect(interpret('una playa tranquila al atardecer').title).toBe('Playa al atardecer')
    expect(interpret('un jardin calme sous la pluie', { language: 'fr' }).title).toBe('Jardin')
    expect(interpret('ein stiller Bergsee am Morgen').title).toBe('Bergsee am Morgen')
    expect(interpret('ein ruhiger Wald').title).toBe('Wald')
    expect(interpret('a quiet beach at sunset').title).toBe('Quiet beach at sunset')
  })

  it('holds words in a language it does not read for the therapist, instead of guessing', () => {
    for (const text of [
      '静かな海辺の夕暮れ',
      'una spiaggia tranquilla al tramonto, sono nella sabbia con il mare',
    ]) {
      const spec = interpret(text)
      expect(spec.language).toBe('other')
      expect(spec.biome).toBe('abstract')
      expect(spec.safety.held).toBe(true)
      expect(spec.safety.reasons.some((r) => r.startsWith('language:'))).toBe(true)
    }
    expect(interpret('a quiet beach at sunset, the waves coming in slowly').safety.held).toBe(false)
  })

  it('is fast after warm-up (p50 well under 5 ms)', () => {
    const texts = ROWS.map((r) => r[0])
    for (const t of texts) interpret(t)
    const times: number[] = []
    for (let k = 0; k < 5; k++) {
      for (const t of texts) {
        const t0 = performance.now()
        interpret(t)
        times.push(performance.now() - t0)
      }
    }
    times.sort((a, b) => a - b)
    const p50 = times[Math.floor(times.length / 2)] ?? Infinity
    console.info(`interpret p50 ${p50.toFixed(3)} ms over ${times.length} runs`)
    expect(p50).toBeLessThan(5)
  })
})

describe('runInterpretCommand', () => {
  it('prints one JSON SceneSpec and returns 0', () => {
    const out: string[] = []
    const code = runInterpretCommand(
      ['a quiet beach at sunset'],
      (s) => out.push(s),
      () => {},
    )
    expect(code).toBe(0)
    expect(out).toHaveLength(1)
    expect(SceneSpecSchema.parse(JSON.parse(out[0] ?? '')).biome).toBe('beach')
  })

  it('returns 2 with a message on stderr for missing text', () => {
    const out: string[] = []
    const err: string[] = []
    expect(
      runInterpretCommand(
        [],
        (s) => out.push(s),
        (s) => err.push(s),
      ),
    ).toBe(2)
    expect(
      runInterpretCommand(
        ['   '],
        (s) => out.push(s),
        (s) => err.push(s),
      ),
    ).toBe(2)
    expect(out).toEqual([])
    expect(err[0]).toMatch(/usage/)
  })
})
