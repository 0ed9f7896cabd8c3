import type { HeadsetTranslate } from '../i18n/headset-text'
import { VOICE_KEYS } from '../../shared/privacy/voice-caps'
import type { TalkState } from './push-to-talk'

/** What the talk card (desktop) or panel (VR) says, in the language of `t`, or null when it has nothing to say. */
export function talkLine(s: TalkState, where: 'desktop' | 'vr', t: HeadsetTranslate): string | null {
  switch (s.kind) {
    case 'idle':
      if (s.hint === null) return null
      return where === 'vr' && s.hint === VOICE_KEYS.agreed ? t('talk.agreedVR') : t(s.hint)
    case 'consent':
      return t(s.question)
    case 'unavailable':
      return t(s.reason)
    case 'checking':
      return t('talk.checking')
    case 'listening':
      return t(where === 'vr' ? 'talk.listeningVR' : 'talk.listening')
    case 'transcribing':
      return t('talk.transcribing')
    case 'confirm':
      return t('talk.confirm')
  }
}
