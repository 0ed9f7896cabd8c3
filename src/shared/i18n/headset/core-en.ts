/**
 * The headset's words in English: the 2D page and every VR panel. Short, warm and plain (docs/ART.md); each
 * other language writes its own, not word for word. Keys are `area.what`; plural forms end in `_one`/`_other`.
 */
// prettier-ignore
export const CORE_EN = {
  'welcome': 'Welcome. Describe a place where you feel at ease, or a feeling, and it will be painted here for you.',
  'status.painting': 'Painting…',
  'status.shown': 'Your painting is on the wall. Take your time.',
  'held.session': 'Kept for your therapist to look at with you.',
  'held.solo': 'This one was not painted. Whenever you like, describe another place, perhaps somewhere calm.',
  'session.joining': 'Joining your session…',
  'session.reconnecting': 'Reconnecting…',
  'session.paused': 'Paused. Take your time; your therapist is with you.',
  'session.ended': 'The session has ended. Thank you.',
  'session.endedVR': 'The session has ended. Thank you.\nYou can take the headset off now.',
  'session.leaveVR': 'Leave VR',
  'session.close': 'Close',
  'crisis.heading': 'You reached out — thank you',
  'crisis.grounding': 'Try a grounding exercise',
  'crisis.close': 'Close',
  'language.label': 'Language',
} as const
