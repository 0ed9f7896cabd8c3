import type { ExerciseId } from '../../shared/exercises'

/** The exercise menu, in the order a client is most likely to want them. Short, warm, plain. */
export const EXERCISE_MENU: ReadonlyArray<{ id: ExerciseId; label: string; hint: string }> = [
  {
    id: 'breathing-resonance',
    label: 'Slow breathing',
    hint: 'Breathe with the light, about six breaths a minute.',
  },
  { id: 'breathing-box', label: 'Box breathing', hint: 'In, hold, out, hold: four slow counts each.' },
  { id: 'breathing-478', label: '4-7-8 breathing', hint: 'In for four, hold for seven, out for eight.' },
  { id: 'grounding', label: '5-4-3-2-1', hint: 'Notice what you see, touch, hear, smell and taste.' },
  { id: 'safe-place', label: 'Safe place', hint: 'Find a place where you feel safe and calm.' },
  { id: 'body-scan', label: 'Body scan', hint: 'Move your attention slowly from your feet to your head.' },
]
