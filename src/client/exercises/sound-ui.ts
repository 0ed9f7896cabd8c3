/**
 * The lazily loaded sound & exercise module (howler, the synthesisers, the exercise scripts, the panel kit):
 * nothing here is in the headset's first bundle. Load it through `./loader`.
 */
export { SoundDock } from './SoundDock'
export { ExerciseStage } from './ExerciseStage'
export { getDeviceVoice, getSoundRuntime, preferVoice } from './runtime-singleton'
export type { SoundRuntime } from './sound-runtime'
export type { VolumeSource } from './volume-source'
