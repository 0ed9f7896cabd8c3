// @vitest-environment jsdom
// The session part in the client's language: the keypad, the SUDS scale and the comfort settings rendered in Spanish
// (every word from the catalogue, the English gone), the language choice (one click, each language by its own
// name), the risk notice in the language on screen, and the pure modules' keys said in Spanish and in English.
import { reactRoot, spanish } from './in-spanish'
import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { createStore } from 'zustand/vanilla'
import { ComfortSettingsForm } from '../../../src/client/comfort/ComfortSettingsForm'
import { englishText } from '../../../src/client/i18n/english'
import { TextProvider } from '../../../src/client/i18n/language-context'
import { refusalKey, versionLabel } from '../../../src/client/refine/refine-model'
import { REFINE_REFUSAL_TEXT, refusalOf } from '../../../src/shared/refine/refusals'
import { createCrisisTextSource } from '../../../src/client/risk/crisis-text'
import { SessionRiskNotice } from '../../../src/client/risk/SessionRiskNotice'
import { JoinKeypad } from '../../../src/client/session/JoinKeypad'
import { SudsScale } from '../../../src/client/session/SudsScale'
import { parseComfort } from '../../../src/shared/comfort'
import { HEADSET_EN } from '../../../src/shared/i18n/headset-en'
import { SESSION_ES } from '../../../src/shared/i18n/headset/session-es'
import { createTranslator } from '../../../src/shared/i18n/translate'
import { REFINE_CHOICE_LABELS, REFINE_CHOICES } from '../../../src/shared/refine/choices'
import { GENTLE_RISK_MESSAGE } from '../../../src/shared/safety/crisis'
import type { ArtworkVersion } from '../../../src/shared/session/state'

const dom = reactRoot()

const buttons = () => [...dom.host().querySelectorAll('button')].map((b) => b.textContent)
const noEnglish = (keys: (keyof typeof HEADSET_EN)[]) => {
  for (const key of keys) expect(dom.host().textContent, key).not.toContain(HEADSET_EN[key])
}

describe('the session part in Spanish', () => {
  it('the keypad: title, hint, keys and a refusal with its minutes', async () => {
    const text = await spanish()
    act(() =>
      dom.root().render(
        <TextProvider text={text}>
          <JoinKeypad
            busy={false}
            error={{ key: 'keypad.error.wait', vars: { count: 3 } }}
            onJoin={() => {}}
            onCancel={() => {}}
          />
        </TextProvider>,
      ),
    )
    expect(dom.host().querySelector('h2')?.textContent).toBe(SESSION_ES['keypad.title'])
    expect(dom.host().textContent).toContain(SESSION_ES['keypad.hint'])
    expect(buttons()).toEqual(expect.arrayContaining(['Borrar', 'Vaciar', 'Ahora no', 'Entrar']))
    expect(dom.host().querySelector('[role="alert"]')?.textContent).toBe(
      'Demasiados intentos. Espera 3 minutos y pide de nuevo el código a tu terapeuta.',
    )
    expect(dom.host().querySelector('.code-boxes')?.getAttribute('aria-label')).toBe('Código: vacío')
    expect(dom.host().querySelector('.keys')?.getAttribute('aria-label')).toBe('Teclado')
    noEnglish(['keypad.title', 'keypad.hint', 'keypad.notNow', 'keypad.clear'])
  })

  it('the SUDS scale: the question, both ends and Send with the number', async () => {
    const text = await spanish()
    act(() =>
      dom.root().render(
        <TextProvider text={text}>
          <SudsScale scale={100} onAnswer={() => {}} />
        </TextProvider>,
      ),
    )
    expect(dom.host().querySelector('h2')?.textContent).toBe('¿Cuánto malestar sientes ahora mismo?')
    expect(dom.host().textContent).toContain('0 · en calma total')
    expect(dom.host().textContent).toContain('100 · lo peor que imaginas')
    expect(dom.host().querySelector('[role="radiogroup"]')?.getAttribute('aria-label')).toBe('De 0 a 100')
    expect(buttons()).toContain('Elige un número')
    const seventy = [...dom.host().querySelectorAll('button')].find((b) => b.textContent === '70')!
    act(() => seventy.click())
    expect(buttons()).toContain('Enviar 70')
    noEnglish(['suds.question', 'suds.choose'])
  })

  it('the comfort settings in Spanish, with the language choice: one click, each by its own name', async () => {
    const text = await spanish()
    act(() =>
      dom.root().render(
        <TextProvider text={text}>
          <ComfortSettingsForm comfort={parseComfort(undefined).settings} onChange={() => {}} />
        </TextProvider>,
      ),
    )
    const legends = [...dom.host().querySelectorAll('legend')].map((l) => l.textContent)
    expect(legends).toEqual(['Moverte en RV', 'Girar en RV', 'Postura', 'Idioma'])
    noEnglish(['comfort.form.moving', 'comfort.form.vignette', 'comfort.reducedMotion', 'comfort.brightness'])
    const names = [...dom.host().querySelectorAll('fieldset')].at(-1)!.textContent
    expect(names).toBe('IdiomaEnglishEspañolFrançaisDeutsch')
    // Each name is marked as its own language, for a screen reader to say it rightly.
    expect(dom.host().querySelector('label[lang="fr"]')?.textContent).toBe('Français')
    const deutsch = [...dom.host().querySelectorAll('label')].find((l) => l.textContent === 'Deutsch')!
    act(() => deutsch.querySelector('input')!.click())
    // German's words load, then show.
    await vi.waitFor(() => expect(text.store.getState().language).toBe('de'))
    await act(() => Promise.resolve())
    expect(dom.host().querySelector('legend')?.textContent).toBe('Bewegen in VR')
  })

  it('the comfort settings without a headset text (the console, a test): English, and no language to choose', () => {
    act(() =>
      dom
        .root()
        .render(<ComfortSettingsForm comfort={parseComfort(undefined).settings} onChange={() => {}} />),
    )
    expect(dom.host().querySelector('legend')?.textContent).toBe('Moving in VR')
    expect(dom.host().textContent).not.toContain('Español')
  })

  it('the risk notice speaks the language on screen, not the browser’s', async () => {
    const text = await spanish()
    const now = Date.now()
    const session = {
      view: createStore(() => ({ state: { risks: [{ at: now, acknowledgedAt: null }] } })),
      serverNow: () => now,
    }
    const crisisText = createCrisisTextSource({
      fetchText: async () => ({ ok: false, status: 0, message: 'offline' }) as never,
      language: 'es',
    })
    act(() =>
      dom.root().render(
        <TextProvider text={text}>
          <SessionRiskNotice session={session} crisisText={crisisText} />
        </TextProvider>,
      ),
    )
    const message = dom.host().querySelector('.risk-notice-message')?.textContent ?? ''
    expect(message.replace('\n', ' ')).toBe(GENTLE_RISK_MESSAGE.es)
  })
})

describe('the session part’s pure modules', () => {
  const es = createTranslator('es', SESSION_ES)
  const version = (v: Partial<ArtworkVersion>) => v as ArtworkVersion

  it('words a painting’s versions in the language given, the English as it was', () => {
    expect(versionLabel(version({}), 0, englishText)).toBe('As it was first')
    expect(versionLabel(version({}), 0, es)).toBe('Como era al principio')
    expect(versionLabel(version({ choice: 'warmer', words: 'a pier' }), 1, englishText)).toBe(
      'Warmer, “a pier”',
    )
    expect(versionLabel(version({ choice: 'warmer', words: 'un muelle' }), 1, es)).toBe(
      'Más cálido, «un muelle»',
    )
    expect(versionLabel(version({ words: 'x'.repeat(60) }), 2, englishText)).toBe(`“${'x'.repeat(40)}”`)
  })

  it('the headset’s English for the quick choices is the console’s, word for word', () => {
    for (const c of REFINE_CHOICES) expect(englishText(`refine.choice.${c}`)).toBe(REFINE_CHOICE_LABELS[c])
  })

  it('a refinement’s refusal is an id: the server’s English, the headset’s words for it in every language', () => {
    for (const [refusal, english] of Object.entries(REFINE_REFUSAL_TEXT)) {
      expect(refusalOf(english)).toBe(refusal)
      const key = refusalKey(english)!
      expect(englishText(key)).toBe(english)
      expect(es(key)).not.toBe(english)
    }
    expect(refusalKey('Something else went wrong.')).toBeUndefined()
    expect(es(refusalKey('It is already as warm as it can be.')!)).toBe('Ya es todo lo cálido que puede ser.')
  })

  it('the timeline’s signs count paintings in each language’s plural forms', () => {
    expect(englishText('timeline.sign', { index: 2, count: 1 })).toBe('Session 2 · 1 painting')
    expect(englishText('timeline.sign', { index: 3, count: 4 })).toBe('Session 3 · 4 paintings')
    expect(es('timeline.sign', { index: 3, count: 1 })).toBe('Sesión 3 · 1 cuadro')
    expect(es('timeline.sign', { index: 3, count: 4 })).toBe('Sesión 3 · 4 cuadros')
  })
})
