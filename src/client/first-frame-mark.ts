/**
 * The User Timing mark the headset sets at its first drawn frame. Kept apart from the component so the bench reads
 * the name without loading React Three Fiber in Node.
 */
export const FIRST_FRAME_MARK = 'stillroom:first-frame'
