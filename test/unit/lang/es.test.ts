import { describe, expect, it } from 'vitest'
import { detectLanguage, interpret } from '../../../src/shared/interpret'
import { screenRisk, screenSafety } from '../../../src/shared/safety'
import { checkLanguage } from './check-language'
import { TABLE_ES } from './es-table'

checkLanguage('es', TABLE_ES)

describe('es: hard cases', () => {
  it('reads "no el mar" and "sin humo" as negated, not held', () => {
    expect(screenSafety('un bosque sin fuego ni humo', 'es').held).toBe(false)
    expect(screenSafety('un bosque sin fuego ni humo', 'es').mentioned.length).toBeGreaterThan(0)
    expect(interpret('un sitio en el campo, no el mar', { language: 'es' }).biome).toBe('meadow')
  })

  it('holds a trauma word after a negation has ended', () => {
    expect(screenSafety('no sé por qué, pero recuerdo el incendio', 'es').held).toBe(true)
  })

  it('keeps the cosy fire and the fireworks soft, the house on fire held', () => {
    expect(screenSafety('una chimenea encendida en invierno', 'es').held).toBe(false)
    expect(screenSafety('fuegos artificiales sobre la playa', 'es').held).toBe(false)
    expect(screenSafety('sentados junto al fuego', 'es').held).toBe(false)
    expect(screenSafety('la casa estaba en llamas', 'es').held).toBe(true)
    expect(screenSafety('el fuego lo quemó todo', 'es').held).toBe(true)
  })

  it('knows the idioms of death are not loss, and real loss is', () => {
    expect(screenSafety('me muero de ganas de ver el mar', 'es').held).toBe(false)
    expect(screenSafety('flotar en el Mar Muerto', 'es').held).toBe(false)
    expect(screenSafety('se murió mi abuela el año pasado', 'es').held).toBe(true)
  })

  it('reads "llamas" as animals when they graze, and as flames otherwise', () => {
    expect(screenSafety('llamas y alpacas en el altiplano', 'es').held).toBe(false)
    expect(screenSafety('veo las llamas desde la ventana', 'es').held).toBe(true)
  })

  it('does not let English "grave" hold a Spanish deep sound', () => {
    expect(detectLanguage('el sonido grave de las campanas del pueblo')).toBe('es')
    expect(screenSafety('el sonido grave de las campanas del pueblo', 'es').held).toBe(false)
    expect(screenSafety('a quiet grave under the trees', 'en').held).toBe(true)
  })

  it('reads Spanish words that English lists would take wrongly as Spanish ("hay", "mesa", "sea")', () => {
    expect(interpret('hay una mesa de madera en la cocina', { language: 'es' }).biome).toBe('cozy-room')
    expect(interpret('lo que sea, pero en un bosque', { language: 'es' }).biome).toBe('forest')
  })

  it('raises a risk said with the subject left out, and not the sun that "hits"', () => {
    expect(screenRisk('me pega cuando bebe').categories).toContain('danger-now')
    expect(screenRisk('el sol me pega fuerte').raised).toBe(false)
  })

  it('raises a negated risk too, marked negated', () => {
    const r = screenRisk('nunca me haría daño, te lo juro')
    expect(r.raised).toBe(true)
    expect(r.hits.some((h) => h.mark === 'negated')).toBe(true)
  })

  it('understands texting forms', () => {
    expect(screenRisk('xq no me muero ya').raised).toBe(true)
    expect(screenRisk('kiero morirme').raised).toBe(true)
  })
})
