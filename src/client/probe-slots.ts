import type { RootState } from '@react-three/fiber'
import type { PaintScheduler } from '../scene/gallery/paint-scheduler'
import type { LandscapeProbe } from '../scene/landscape/Landscape'
import type { TimelineProbe } from '../scene/timeline/room-window'
import type { VersionsProbe } from '../scene/gallery/versions-probe'
import type { HeadsetSession } from './session/session-client'

export type TimelineStatus = 'loading' | 'ready' | 'unavailable'

/**
 * What the scene lets the shell read without re-rendering anything: the renderer's state, the painter, and the
 * lazily loaded views' own state. Components write their slot while mounted and clear it when they go; the
 * browser tests' API (test-api.ts, loaded only with ?e2e=1) reads them. Plain fields, so writing costs nothing.
 */
export type ProbeSlots = {
  three: RootState | null
  scheduler: PaintScheduler | null
  landscape: LandscapeProbe | null
  timeline: (TimelineProbe & { status: TimelineStatus }) | null
  versions: VersionsProbe | null
  /** The session's headset client while its code is loaded, and a way to load it (useSessionLoader). */
  session: { get: () => HeadsetSession | null; load: () => Promise<HeadsetSession> } | null
}

export const createProbeSlots = (): ProbeSlots => ({
  three: null,
  scheduler: null,
  landscape: null,
  timeline: null,
  versions: null,
  session: null,
})
