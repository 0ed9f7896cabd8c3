import { VOICE_TEXT } from '../../shared/privacy/voice-caps'
import type { TalkState } from './push-to-talk'

/** What the talk card (desktop) or panel (VR) says, or null when it has nothing to say. */
export function talkLine(s: TalkState, where: 'desktop' | 'vr' = 'desktop'): string | null {
  switch (s.kind) {
    case 'idle':
      return where === 'vr' && s.hint === VOICE_TEXT.agreed
        ? 'Thank you. Now hold B while you speak, then let go.'
        : s.hint
    case 'consent':
      return s.question
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
