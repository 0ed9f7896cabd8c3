/**
 * Where a visitor arrives in the timeline: in the first room, looking down it and a little toward its sign and first
 * paintings. In a file of its own so the headset's first bundle can walk there without carrying the timeline's layout
 * (timeline-layout.ts), which arrives with the timeline.
 */
export const TIMELINE_START = { x: 1.3, z: 0.9, yaw: Math.atan2(-3.6, 1.8) }
