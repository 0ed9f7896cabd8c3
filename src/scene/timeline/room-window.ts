/**
 * Which rooms of the timeline are drawn: the one the visitor stands in and its neighbours. The others are behind
 * walls (doorways alternate sides, so no long sight line runs through them) and would only cost draw calls and
 * texture memory: 200 artworks stay ~30 painted planes.
 */
export const TIMELINE_WINDOW_RADIUS = 1

/** Room indices in view from room `current`, in order. */
export function visibleRooms(current: number, roomCount: number, radius = TIMELINE_WINDOW_RADIUS): number[] {
  const out: number[] = []
  if (roomCount <= 0) return out
  const c = Math.min(Math.max(0, Math.floor(current)), roomCount - 1)
  for (let i = Math.max(0, c - radius); i <= Math.min(roomCount - 1, c + radius); i++) out.push(i)
  return out
}

/** What the timeline shows now, for tests and the bench (window.__stillroom.timeline). */
export type TimelineProbe = {
  rooms: Array<{ sessionId: string; label: string; count: number; minX: number; maxX: number }>
  /** The room the visitor stands in. */
  current: number
  /** Rooms whose paintings are in the scene now. */
  visible: number[]
  /** Painting planes in the scene now (the window's artworks). */
  planes: number
}
