/** Plain data describing the gallery; no three.js here so it can be tested in Node. Units are metres, y is up. */

export type Side = 'north' | 'south' | 'east' | 'west'

/** An axis-aligned rectangle on the floor plane (x, z). */
export type Rect = { minX: number; maxX: number; minZ: number; maxZ: number }

export type Opening = {
  kind: 'doorway' | 'window'
  /** Offset of the opening's centre from the wall's midpoint, along the wall. */
  center: number
  width: number
  /** Height of the opening's bottom and top above the floor. */
  bottom: number
  top: number
}

/**
 * One side of one room. Each room draws its own half of a shared wall (a band of `thickness` outside its
 * floor rect), so two neighbours together make one full wall and nothing is drawn twice.
 */
export type Wall = {
  id: string
  roomIndex: number
  side: Side
  /** Midpoint of the wall's inner face, on the floor. */
  x: number
  z: number
  /** Inner-face length along the wall. */
  length: number
  thickness: number
  height: number
  /** Unit vector pointing into the room. */
  normal: { x: number; z: number }
  openings: Opening[]
}

export type Room = {
  index: number
  /** Grid cell (col, row) of the serpentine the rooms follow. */
  col: number
  row: number
  floor: Rect
  /** Sides that lead to the previous / next room (the next one may not exist yet). */
  entry: Side | null
  exit: Side
  /** Sides that are outside walls forever, where a window may show the sky. */
  windowSide: Side | null
}

export type Doorway = { fromRoom: number; toRoom: number; rect: Rect; side: Side }

export type Bench = {
  roomIndex: number
  x: number
  z: number
  /** Rotation about y. */ rotationY: number
  width: number
  depth: number
}

export type Slot = {
  index: number
  roomIndex: number
  wallId: string
  /** Centre of the painting, `y` ≈ eye level. */
  position: { x: number; y: number; z: number }
  /** Unit vector out of the wall, toward the viewer. */
  normal: { x: number; z: number }
  /** Rotation about y that turns a plane facing +z to face along `normal`. */
  rotationY: number
}

export type Pose = { x: number; z: number; /** Rotation about y; 0 looks toward -z. */ yaw: number }

export type GalleryLayout = {
  rooms: Room[]
  walls: Wall[]
  doorways: Doorway[]
  benches: Bench[]
  slots: Slot[]
  start: Pose
  /** Height of walls and ceiling. */
  height: number
  /** Union of every floor rect, for cameras, fog and bounds. */
  bounds: Rect
}
