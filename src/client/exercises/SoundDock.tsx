import { useEffect, useMemo, useState } from 'react'
import type { ClientStore } from '../client-store'
import { Captions } from './Captions'
import { EnableSoundPrompt } from './EnableSoundPrompt'
import { ExerciseMenu } from './ExerciseMenu'
import { getSoundRuntime } from './runtime-singleton'
import { SoundControls } from './SoundControls'
import { registerSoundTestApi } from '../test-api'
import { createSoundTestApi } from './sound-test-api'
import { stageProbe } from './stage-probe'
import './sound.css'

type Open = 'none' | 'exercises' | 'sound'

/** Desktop: the "Exercises" and "Sound" buttons with their panels, the subtitles, and the enable-sound prompt. */
export function SoundDock({ store, e2e }: { store: ClientStore; e2e: boolean }) {
  const runtime = useMemo(() => getSoundRuntime(store), [store])
  const [open, setOpen] = useState<Open>('none')
  useEffect(() => {
    if (!e2e) return
    return registerSoundTestApi(createSoundTestApi(runtime, stageProbe.orb, stageProbe.frameMs))
  }, [e2e, runtime])
  const toggle = (which: Open) => setOpen((o) => (o === which ? 'none' : which))
  return (
    <>
      <EnableSoundPrompt runtime={runtime} />
      <Captions runtime={runtime} />
      <nav className="sound-dock" aria-label="Exercises and sound">
        <div className="sound-dock-buttons">
          <button type="button" aria-expanded={open === 'exercises'} onClick={() => toggle('exercises')}>
            Exercises
          </button>
          <button type="button" aria-expanded={open === 'sound'} onClick={() => toggle('sound')}>
            Sound
          </button>
        </div>
        {open === 'exercises' ? (
          <section className="sound-dock-panel" aria-label="Exercises">
            <ExerciseMenu runtime={runtime} onStarted={() => setOpen('none')} />
          </section>
        ) : null}
        {open === 'sound' ? (
          <section className="sound-dock-panel" aria-label="Sound">
            <SoundControls runtime={runtime} />
          </section>
        ) : null}
      </nav>
    </>
  )
}
