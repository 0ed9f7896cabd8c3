/**
 * Exercise visuals for the scene: the breathing orb, the VR caption panel and the VR sound & exercise panel.
 * Built on the panel kit (troika text): load lazily, never from src/scene/index.ts.
 */
export { BreathingOrb, type BreathingOrbProps } from './BreathingOrb'
export { ExerciseCaptionPanel, type ExerciseCaptionPanelProps } from './ExerciseCaptionPanel'
export {
  SoundPanel,
  type SoundPanelProps,
  type SoundPanelLayer,
  type SoundPanelExercise,
  type SoundPanelWords,
} from './SoundPanel'
