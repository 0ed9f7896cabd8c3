import type { Status } from './client-store'
import { heldText } from './held-line'
import { WELCOME_TEXT } from './welcome-text'

/** The status line's words, on the page and in the VR Describe panel. Short, warm and plain: never alarming, never red. */
export function statusText(status: Status, inSession: boolean, welcome: boolean): string {
  switch (status.kind) {
    case 'idle':
      return welcome ? WELCOME_TEXT : ''
    case 'painting':
      return 'Painting…'
    case 'shown':
      return 'Your painting is on the wall. Take your time.'
    case 'held':
      return heldText(inSession)
    case 'error':
      return status.message
  }
}
