// Loaded lazily by the app (only when the therapist chooses the Timeline view): nothing here is in the first bundle.
export { Timeline, type TimelineProps, type TimelinePiece } from './Timeline'
export { TimelineSigns, SIGN_SIZE } from './TimelineSigns'
export { visibleRooms, TIMELINE_WINDOW_RADIUS, type TimelineProbe } from './room-window'
export { type LoadTimelinePicture } from './timeline-pictures'
