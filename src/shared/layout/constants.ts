/** Sizes of the gallery, in metres. Changing any of these moves existing slots: treat them as frozen. */
export const ROOM_SIZE = 12
export const WALL_THICKNESS = 0.24
export const WALL_HEIGHT = 3.6
/** Rooms per row of the serpentine (row 0 runs east, row 1 west, …). */
export const ROOMS_PER_ROW = 3
/** Wide enough for two people side by side: a doorway should never feel like a squeeze. */
export const DOORWAY_WIDTH = 3.6
export const DOORWAY_HEIGHT = 2.8
export const WINDOW_WIDTH = 2.6
export const WINDOW_BOTTOM = 0.9
export const WINDOW_TOP = 2.6
/** Eye-level hanging (docs/ART.md). */
export const SLOT_HEIGHT = 1.5
/** Centre-to-centre spacing of paintings along a wall. */
export const SLOT_SPACING = 2.8
/** Paintings hang a little off the wall so the frame has depth. */
export const SLOT_OFFSET = 0.04
/** Outer size of a framed painting; slots keep at least this much wall around each. */
export const FRAMED_SIZE = 1.3
/** Where a visitor first stands: in front of the first painting, far enough to see it whole. */
export const START_DISTANCE = 3
