import { describe, expect, it } from 'vitest'
import { interpret } from '../../../src/shared/interpret'
import { screenRisk } from '../../../src/shared/safety'
import { screenSafety } from '../../../src/shared/safety/screen'
import { checkLanguage } from './check-language'
import { TABLE_FR } from './fr-table'

checkLanguage('fr', TABLE_FR)

describe('fr: hard cases', () => {
  it('reads French negation as a mention, not a hold', () => {
    const s = screenSafety("Pas d'incendie, pas de fumée, juste la forêt", 'fr')
    expect(s.held).toBe(false)
    expect(s.mentioned.join(' ')).toContain('negated')
  })

  it('finds a held word behind an elision', () => {
    expect(screenSafety("Je pense encore à l'incendie", 'fr').held).toBe(true)
    expect(screenSafety("Une plage, et l'explosion du port", 'fr').held).toBe(true)
  })

  it('holds the cosy fire and fireworks only as look-alikes', () => {
    for (const text of ['Au coin du feu avec un chocolat chaud', "Les feux d'artifice sur le lac"]) {
      const s = screenSafety(text, 'fr')
      expect(s.held, text).toBe(false)
      expect(s.mentioned.length, text).toBeGreaterThan(0)
    }
  })

  it('leaves ordinary French words that another language would hold alone', () => {
    for (const text of [
      "Ce n'est pas grave, on ira au bord du lac",
      'Une petite maison dans le bled de mes grands-parents',
      'Un punch au rhum sur la plage des Antilles',
    ]) {
      expect(interpret(text, { language: 'fr' }).safety.held, text).toBe(false)
    }
  })

  it('still holds the grave of someone close', () => {
    expect(screenSafety('Le cimetière où est la tombe de mon père', 'fr').held).toBe(true)
  })

  it('raises negated and what-if risk too, with their mark', () => {
    const neg = screenRisk('Je ne vais pas me tuer, promis')
    expect(neg.raised).toBe(true)
    expect(neg.hits[0]?.mark).toBe('negated')
    const hyp = screenRisk('Et si je me jetais du pont')
    expect(hyp.raised).toBe(true)
    expect(hyp.hits[0]?.mark).toBe('hypothetical')
  })

  it('does not let a negation reach past "mais"', () => {
    const s = screenRisk("Ça va pas trop mal, mais j'ai envie de mourir")
    expect(s.raised).toBe(true)
    expect(s.hits.some((h) => h.mark === 'direct')).toBe(true)
  })

  it('reads texting forms', () => {
    for (const text of ['jveux me tuer', 'chui suicidaire', 'jpp, jvais me foutre en lair']) {
      expect(screenRisk(text).raised, text).toBe(true)
    }
  })

  it('does not raise everyday idioms of dying and killing', () => {
    for (const text of ["J'ai une faim de loup, je meurs de faim", 'On a tué le temps au café']) {
      expect(screenRisk(text).raised, text).toBe(false)
    }
  })
})
