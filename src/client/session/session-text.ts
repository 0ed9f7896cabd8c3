/** The client-facing words of a session: short, warm and plain (docs/ART.md). */
export const SESSION_TEXT = {
  joining: 'Joining your session…',
  reconnecting: 'Reconnecting…',
  paused: 'Paused. Take your time; your therapist is with you.',
  ended: 'The session has ended. Thank you.',
  /** In a headset the client is left standing in a quiet space: say what comes next. */
  endedVR: 'The session has ended. Thank you.\nYou can take the headset off now.',
  leaveVR: 'Leave VR',
  close: 'Close',
} as const
