import { describe, expect, it } from 'vitest'
import { detectLanguage, interpret } from '../../../src/shared/interpret'
import { screenRisk, screenSafety } from '../../../src/shared/safety'
import { checkLanguage } from './check-language'
import { TABLE_DE } from './de-table'

checkLanguage('de', TABLE_DE)

describe('de: hard cases', () => {
  it('does not hold the German article "die" or the past "war"', () => {
    const text = 'Die Sonne war warm und die Wellen waren ruhig'
    expect(detectLanguage(text)).toBe('de')
    expect(screenSafety(text, 'de').held).toBe(false)
    expect(screenSafety('Dies ist mein Lieblingsort am Meer', 'de').held).toBe(false)
    // English text keeps its own words.
    expect(screenSafety('the war was long ago', 'en').held).toBe(true)
  })

  it('holds compounds it has never seen by their last part', () => {
    expect(screenSafety('ein Motorradunfall auf der Landstraße', 'de').held).toBe(true)
    expect(screenSafety('die Zeit nach dem Bürgerkrieg', 'de').held).toBe(true)
    expect(screenSafety('ein Scheunenbrand im Dorf', 'de').held).toBe(true)
  })

  it('keeps the cosy fires soft and the sunburn harmless', () => {
    expect(screenSafety('ein Lagerfeuer am See', 'de').held).toBe(false)
    expect(screenSafety('ein Lagerfeuer am See', 'de').mentioned.length).toBeGreaterThan(0)
    expect(screenSafety('ich habe einen Sonnenbrand', 'de').held).toBe(false)
    expect(screenSafety('ein Glas Weinbrand am Kamin', 'de').held).toBe(false)
    expect(screenSafety('das Haus stand in Flammen', 'de').held).toBe(true)
  })

  it('reads "kein Feuer" as negated and holds after "aber"', () => {
    const s = screenSafety('ein Wald ohne Feuer und ohne Rauch', 'de')
    expect(s.held).toBe(false)
    expect(s.mentioned.length).toBeGreaterThan(0)
    expect(screenSafety('kein Strand, aber ich denke an den Krieg', 'de').held).toBe(true)
  })

  it('reads "nicht das Meer, sondern …" as the second place', () => {
    expect(interpret('nicht das Meer, sondern die Berge', { language: 'de' }).biome).toBe('mountain-lake')
    expect(interpret('kein Wald, lieber ein Strand', { language: 'de' }).biome).toBe('beach')
  })

  it('reads German compounds for places and skies', () => {
    expect(interpret('ein kleiner Waldsee im Morgennebel', { language: 'de' })).toMatchObject({
      biome: 'mountain-lake',
      weather: 'fog',
    })
    expect(interpret('ein Kiefernwald', { language: 'de' }).biome).toBe('forest')
    expect(interpret('ein Wolkenmeer unter dem Gipfel', { language: 'de' }).biome).toBe('mountain-lake')
  })

  it('raises the German ways of saying it, even negated, and not the idioms', () => {
    expect(screenRisk('ich will mich nicht umbringen').raised).toBe(true)
    expect(screenRisk('ich will mich nicht umbringen').hits[0]?.mark).toBe('negated')
    expect(screenRisk('wenn ich mich umbringe, merkt es keiner').hits[0]?.mark).toBe('hypothetical')
    expect(screenRisk('ich lach mich tot').raised).toBe(false)
    expect(screenRisk('ich habe mich beim Kochen geschnitten').raised).toBe(false)
    expect(screenRisk('ich habe mich geschnitten, absichtlich').raised).toBe(true)
  })

  it('does not let German words raise or hold calm English', () => {
    expect(screenSafety('a gift from the sea, my arm in the sand', 'en').held).toBe(false)
    expect(screenRisk('I went to the beach with my dog').raised).toBe(false)
  })
})
