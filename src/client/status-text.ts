import type { HeadsetTranslate } from './i18n/headset-text'
import type { Status } from './client-store'
import { heldText } from './held-line'

/** The status line's words, on the page and in the VR Describe panel. Short, warm and plain: never alarming, never red. */
export function statusText(
  status: Status,
  inSession: boolean,
  welcome: boolean,
  t: HeadsetTranslate,
): string {
  switch (status.kind) {
    case 'idle':
      return welcome ? t('welcome') : ''
    case 'painting':
      return t('status.painting')
    case 'shown':
      return t('status.shown')
    case 'held':
      return heldText(inSession, t)
    case 'error':
      return status.key ? t(status.key) : status.message
  }
}
