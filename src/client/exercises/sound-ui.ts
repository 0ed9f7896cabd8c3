/**
 * The lazily loaded sound & exercise module (howler, the synthesisers, the exercise scripts, the panel kit):
 * nothing here is in the headset's first bundle. Load it through `./loader`.
 */
export { SoundDock } from './SoundDock'
export { ExerciseStage } from './ExerciseStage'
export { deviceVoice, pageSoundRuntime } from './runtime-page'
export type { SoundRuntime } from './sound-runtime'
export type { VolumeSource } from './volume-source'
