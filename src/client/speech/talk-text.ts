import type { TalkState } from './push-to-talk'

/** What the talk card (desktop) or panel (VR) says, or null when it has nothing to say. */
export function talkLine(s: TalkState, where: 'desktop' | 'vr' = 'desktop'): string | null {
  switch (s.kind) {
    case 'idle':
      return s.hint
    case 'unavailable':
      return s.reason
    case 'checking':
      return 'Getting ready to listen…'
    case 'listening':
      return where === 'vr'
        ? 'Listening… let go of B when you are done.'
        : 'Listening… let go when you are done.'
    case 'transcribing':
      return 'Writing down your words…'
    case 'confirm':
      return 'Is this what you said?'
  }
}
