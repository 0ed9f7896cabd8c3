/**
 * The headset's live session, loaded lazily (dynamic import): fetched after the first frame at an idle moment (or
 * when "Join a session" is hovered, focused or pressed), and started only when a device is paired or the client
 * chooses "Join a session". None of it weighs on the first bundle; see session-slot.ts for how the shell loads it.
 */
export { createHeadsetSession, type HeadsetSession, type HeadsetSessionView } from './session-client'
export { SessionOverlay } from './SessionOverlay'
export { SessionStage } from './SessionStage'
export { createDeviceSpeak } from './device-voice'
export { bridgeSessionSound } from './session-sound'
export { createRecordPrefs } from '../comfort/record-session'
export type { HeadsetScene } from './scene-mapping'
