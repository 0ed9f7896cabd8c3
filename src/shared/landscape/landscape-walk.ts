/**
 * What the headset needs of a landscape before the landscape's code is here: where the visitor arrives, and the
 * shape of the walking rules the viewer follows (made by `landscapeWalk` in walk-area.ts, which arrives with the
 * landscape). Kept apart so the first bundle carries neither the terrain nor the room.
 */

/** Where the visitor stands when the landscape opens: facing the lookout frame, the sun ahead. */
export const LANDSCAPE_START = { x: 0, z: 4.5, yaw: 0 } as const

/** Where a visitor may go in the landscape shown now (the clearing or the room, minus water, stands, furniture). */
export type LandscapeWalk = {
  /** Slides along an edge rather than stopping dead; writes into `out`. */
  constrainMove(
    fromX: number,
    fromZ: number,
    toX: number,
    toZ: number,
    out: { x: number; z: number },
  ): { x: number; z: number }
  isWalkable(x: number, z: number): boolean
  isPathClear(fromX: number, fromZ: number, toX: number, toZ: number): boolean
}
