import { useEffect, useMemo, useState } from 'react'
import type { ClientStore } from '../client-store'
import { Captions } from './Captions'
import { EnableSoundPrompt } from './EnableSoundPrompt'
import { ExerciseMenu } from './ExerciseMenu'
import type { SoundSlot } from '../sound-slot'
import { pageSoundRuntime } from './runtime-page'
import { SoundControls } from './SoundControls'
import { useExerciseText } from './use-exercise-text'
import './sound.css'

type Open = 'none' | 'exercises' | 'sound'

/** Desktop: the "Exercises" and "Sound" buttons with their panels, the subtitles, and the enable-sound prompt. */
export function SoundDock({ store, sound }: { store: ClientStore; sound: SoundSlot }) {
  const runtime = useMemo(() => pageSoundRuntime(sound, store), [sound, store])
  const t = useExerciseText(runtime)
  const [open, setOpen] = useState<Open>('none')
  // Browser tests read the sound through the slot's probes; the probe's code loads only for them.
  useEffect(() => {
    const probes = sound.probes
    if (!probes) return
    let live = true
    void import('./sound-test-api').then(({ createSoundTestApi }) => {
      if (live) probes.sound = createSoundTestApi(runtime, sound.stage.orb, sound.stage.frameMs)
    })
    return () => {
      live = false
      probes.sound = null
    }
  }, [sound, runtime])
  const toggle = (which: Open) => setOpen((o) => (o === which ? 'none' : which))
  return (
    <>
      <EnableSoundPrompt runtime={runtime} />
      <Captions runtime={runtime} />
      <nav className="sound-dock" aria-label={t('sound.dock.label')}>
        <div className="sound-dock-buttons">
          <button type="button" aria-expanded={open === 'exercises'} onClick={() => toggle('exercises')}>
            {t('sound.dock.exercises')}
          </button>
          <button type="button" aria-expanded={open === 'sound'} onClick={() => toggle('sound')}>
            {t('sound.dock.sound')}
          </button>
        </div>
        {open === 'exercises' ? (
          <section className="sound-dock-panel" aria-label={t('sound.dock.exercises')}>
            <ExerciseMenu runtime={runtime} onStarted={() => setOpen('none')} />
          </section>
        ) : null}
        {open === 'sound' ? (
          <section className="sound-dock-panel" aria-label={t('sound.dock.sound')}>
            <SoundControls runtime={runtime} />
          </section>
        ) : null}
      </nav>
    </>
  )
}
