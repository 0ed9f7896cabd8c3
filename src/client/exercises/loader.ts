import { lazy } from 'react'
import type { ClientStore } from '../client-store'

// The only part of the sound & exercise feature in the first bundle: a few lines that load the rest on demand.
const load = () => import('./sound-ui')

export const LazySoundDock = lazy(() => load().then((m) => ({ default: m.SoundDock })))
export const LazyExerciseStage = lazy(() => load().then((m) => ({ default: m.ExerciseStage })))

/** The page's sound runtime (loads the module on first call): for the session client to start exercises, speak. */
export const loadSoundRuntime = (store: ClientStore) => load().then((m) => m.getSoundRuntime(store))
