/** The client-facing words of a session: short, warm and plain (ART.md). */
export const SESSION_TEXT = {
  joining: 'Joining your session…',
  reconnecting: 'Reconnecting…',
  paused: 'Paused. Take your time; your therapist is with you.',
  ended: 'The session has ended. Thank you.',
  close: 'Close',
} as const
