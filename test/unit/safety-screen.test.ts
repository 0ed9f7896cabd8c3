import { describe, expect, it } from 'vitest'
import { SafetySchema } from '../../src/shared/spec'
import { TRAUMA_CATEGORIES, TRAUMA_LEXICON, screenSafety } from '../../src/shared/safety'

describe('safety screen', () => {
  it.each([
    ['soldiers on the hill', "war: 'soldiers'"],
    ['a fight broke out', "violence: 'fight'"],
    ['there was so much blood', "blood: 'blood'"],
    ['the house was on fire', "fire-and-smoke: 'on fire'"],
    ['smoke everywhere', "fire-and-smoke: 'smoke'"],
    ['a bomb went off', "explosions: 'bomb'"],
    ['he had a gun', "weapons: 'gun'"],
    ['after the car crash', "accidents: 'car crash'"],
    ['she was abused', "abuse: 'abused'"],
    ['my friend drowned there', "drowning: 'drowned'"],
    ['I lost my father last spring', "death-and-loss: 'lost my father'"],
    ['the funeral by the sea', "death-and-loss: 'funeral'"],
    ['a killer on the loose', "violence: 'killer'"],
    ['Fire!', "fire-and-smoke: 'fire'"],
  ])('holds %j', (text, reason) => {
    const s = screenSafety(text)
    expect(s.held).toBe(true)
    expect(s.reasons).toContain(reason)
  })

  it.each([
    ['no fire', 'fire'],
    ['without any smoke', 'smoke'],
    ['never a fight', 'fight'],
    ["there wasn't any blood", 'blood'],
    ['a place with no war and no soldiers', 'soldiers'],
    ['free of smoke', 'smoke'],
    ['sin fuego', 'fuego'],
  ])('negated %j is only mentioned', (text, word) => {
    const s = screenSafety(text)
    expect(s.held).toBe(false)
    expect(s.mentioned.some((m) => m.includes(`'${word}'`) && m.endsWith('(negated)'))).toBe(true)
  })

  it.each([
    'trapped by the fire',
    'the house was destroyed by the fire',
    'surrounded by the fire',
    'we ran from the fire',
    'a fire crackling as it spread through the house',
    'a warm fire that spread through the house',
    'the cabin by the fire burned down',
  ])('a fire that is not a warm one, %j, is held', (text) => {
    expect(screenSafety(text).held).toBe(true)
  })

  it('negation does not reach past "but" or punctuation', () => {
    expect(screenSafety('no rain but an explosion').held).toBe(true)
    expect(screenSafety('no clouds. fire').held).toBe(true)
    expect(screenSafety('nothing but smoke').held).toBe(true)
  })

  it.each([
    'campfire',
    'a fireplace',
    'a crackling bonfire',
    'fire-coloured leaves',
    'fireworks over the bay',
    'a cabin by the fire',
    'sitting by the fire with a cup of tea',
    'a warm fire in the hearth',
    'curled up by the fire with a book',
  ])('look-alike %j is mentioned, not held', (text) => {
    const s = screenSafety(text)
    expect(s.held).toBe(false)
    expect(s.mentioned.length).toBe(1)
  })

  it.each([
    'fireflies in the meadow',
    'lost in a book',
    'lost in thought by the lake',
    'a rose garden',
    'killer whales breaching',
    'shooting stars',
    'blades of grass',
    'waves crashing on the shore',
    'the path wound through the pines',
    'burnt orange leaves',
    'we had a blast',
    'firefly',
    'a firefighter waved',
  ])('%j is neither held nor mentioned', (text) => {
    expect(screenSafety(text)).toEqual({ held: false, reasons: [], mentioned: [] })
  })

  it('matches whole words only, never substrings', () => {
    for (const text of [
      'warm warmth warp award',
      'gunnel begun',
      'ransom warning',
      'diet dieter',
      'bloodhound',
    ]) {
      expect(screenSafety(text).held, text).toBe(false)
    }
  })

  it('every lexicon term holds on its own', () => {
    for (const category of TRAUMA_CATEGORIES) {
      for (const term of TRAUMA_LEXICON[category]) {
        const text = term.replace('*', 'friend')
        const s = screenSafety(text)
        expect(s.held, `${category}: ${text}`).toBe(true)
        expect(
          s.reasons.some((r) => r.startsWith(`${category}:`)),
          text,
        ).toBe(true)
      }
    }
  })

  it('returns a valid Safety for junk and never throws', () => {
    for (const text of [
      '',
      '   ',
      '\u0000\u0001',
      '🔥🔥',
      '<b>war</b>',
      'x'.repeat(20_000),
      'fire '.repeat(3000),
    ]) {
      expect(() => SafetySchema.parse(screenSafety(text))).not.toThrow()
    }
    expect(screenSafety('<b>war</b>').held).toBe(true)
  })

  it('lists every category once', () => {
    expect(new Set(TRAUMA_CATEGORIES).size).toBe(10)
  })
})
