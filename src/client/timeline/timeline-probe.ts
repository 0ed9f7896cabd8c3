import type { TimelineProbe } from '../../scene/timeline/room-window'

/**
 * The timeline's state for the test API, written by the lazily loaded timeline view. Kept in this tiny module so the
 * test API can read it without pulling the view (or three.js scene code) into the first bundle.
 */
export const timelineProbe: { current: (TimelineProbe & { status: TimelineStatus }) | null } = {
  current: null,
}

export type TimelineStatus = 'loading' | 'ready' | 'unavailable'
