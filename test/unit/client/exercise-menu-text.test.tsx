// The exercise menu, the sound controls and the enable-sound prompt speak the language on screen; English stays
// word for word what the browser tests look for.
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { ReactNode } from 'react'
import { createStore } from 'zustand/vanilla'
import type { HeadsetText, HeadsetTextState } from '../../../src/client/i18n/headset-text'
import { TextProvider } from '../../../src/client/i18n/text-context'
import { EnableSoundPrompt } from '../../../src/client/exercises/EnableSoundPrompt'
import { ExerciseMenu } from '../../../src/client/exercises/ExerciseMenu'
import { SoundControls } from '../../../src/client/exercises/SoundControls'
import { soundPanelWords } from '../../../src/client/exercises/sound-panel-words'
import { EXERCISE_MENU } from '../../../src/client/exercises/menu-items'
import { createSoundView } from '../../../src/client/exercises/sound-view'
import type { SoundRuntime, SoundView } from '../../../src/client/exercises/sound-runtime'
import { HEADSET_CATALOGS } from '../../../src/shared/i18n/headset-catalogs'
import { HEADSET_EN, type HeadsetKey } from '../../../src/shared/i18n/headset-en'
import { createTranslator } from '../../../src/shared/i18n/translate'
import type { SupportedLanguage } from '../../../src/shared/safety/language'
import { DEFAULT_VOLUMES } from '../../../src/shared/soundscape/volumes'

/** A page already in `language` (server rendering reads a store's first state, so the store starts in it). */
async function inLanguage(language: SupportedLanguage) {
  const t = createTranslator<HeadsetKey>(language, await HEADSET_CATALOGS[language]())
  const text = { store: createStore<HeadsetTextState>(() => ({ language, t })) } as HeadsetText
  return {
    t,
    render: (node: ReactNode) => renderToStaticMarkup(<TextProvider text={text}>{node}</TextProvider>),
  }
}

function fakeRuntime(voice = false) {
  const first = createSoundView({ ...DEFAULT_VOLUMES, layers: { rain: 0.5 } }, voice).getState()
  const view = createStore<SoundView>(() => ({ ...first, layers: ['rain', 'hearth'], audio: 'blocked' }))
  return { view } as unknown as SoundRuntime
}

describe('the exercise menu and sound controls', () => {
  it('read in Spanish', async () => {
    const { render } = await inLanguage('es')
    const runtime = fakeRuntime()
    const menu = render(<ExerciseMenu runtime={runtime} />)
    expect(menu).toContain('Elige un ejercicio')
    expect(menu).toContain('Respiración lenta')
    expect(menu).toContain('Respira con la luz, unas seis respiraciones por minuto.')
    expect(menu).toContain('Respiraciones por minuto')
    expect(menu).toContain('Empezar')
    expect(menu).not.toContain('Begin')
    const controls = render(<SoundControls runtime={runtime} />)
    expect(controls).toContain('Todo el sonido')
    expect(controls).toContain('Lluvia')
    expect(controls).toContain('Fuego en la chimenea')
    expect(controls).toContain('aria-valuetext="50 por ciento"')
    expect(controls).toContain('Más bajo un rato')
    expect(controls).toContain('Este dispositivo no tiene voz')
    expect(render(<EnableSoundPrompt runtime={runtime} />)).toContain('Toca para activar el sonido')
  })

  it('keep their English words', async () => {
    const { render } = await inLanguage('en')
    const runtime = fakeRuntime()
    const menu = render(<ExerciseMenu runtime={runtime} />)
    for (const words of ['Choose an exercise', 'Slow breathing', 'Breaths a minute', 'Begin'])
      expect(menu).toContain(words)
    for (const item of EXERCISE_MENU)
      expect(menu).toContain(HEADSET_EN[item.label as keyof typeof HEADSET_EN])
    const controls = render(<SoundControls runtime={runtime} />)
    for (const words of [
      'All sound',
      'Rain',
      'Fire in the hearth',
      '50 percent',
      'Mute',
      'Quieter for a while',
    ])
      expect(controls).toContain(words)
    expect(render(<EnableSoundPrompt runtime={runtime} />)).toContain('Tap to enable sound')
  })

  it('give the VR sound panel its words in the language on screen', async () => {
    expect(soundPanelWords((await inLanguage('en')).t)).toMatchObject({
      title: 'Sound and exercises',
      soundOn: 'Sound on',
      close: 'Close',
      full: 'Full',
    })
    expect(soundPanelWords((await inLanguage('de')).t)).toMatchObject({
      title: 'Klang und Übungen',
      close: 'Schließen',
      calm: 'Eine Weile leiser',
    })
  })
})
