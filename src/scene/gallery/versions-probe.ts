/**
 * The side-by-side versions view's state for the test API (window.__stillroom.versions), handed out by
 * versions-view.tsx while it is mounted. A type of its own so the test API never pulls the view into its chunk.
 */
export type VersionsProbe = {
  artworkId: string
  /** False while it fades out after closing. */
  open: boolean
  versions: Array<{ id: string; index: number; opacity: number; painted: boolean; current: boolean }>
  /** Easel meshes drawn by the renderer in the last frame (each is one draw call). */
  drawn: number
  /** Where each version's painting is on the canvas now (CSS pixels from the canvas's top left), for pointer tests; `world` is the same point in the scene (to aim a controller at). */
  screen(): Array<{
    id: string
    x: number
    y: number
    onScreen: boolean
    world: { x: number; y: number; z: number }
  }>
}
