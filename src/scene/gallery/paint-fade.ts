/**
 * Pure numbers for a painting's own fade in (no three): when it starts, how far it is, when it counts as visible,
 * and what the test API reports about a picture's crossfade.
 */
import { crossfadeProgress } from './picture-fade'

/** `start` is when the fade began on the step clock, or one of the two values below. */
export type Fade = { start: number; ms: number; opacity: number }

/** Before the painting was first shown, and again after its textures were dropped. */
export const NOT_SHOWN = -1
/** A shown painting that moved: it fades in again from the next step's clock, so nothing jumps. */
export const RESTART = Number.NEGATIVE_INFINITY

/** Something is (or was, until it moved) on the plane, so a new look crossfades rather than simply fading in. */
export const isOnWall = (fade: Fade): boolean => fade.start >= 0

export function easeInOut(t: number): number {
  const c = Math.min(1, Math.max(0, t))
  return c * c * (3 - 2 * c)
}

/** The opacity at `now` while the fade in runs, or null once it is done (or has not begun). */
export function fadeOpacity(fade: Fade, now: number): number | null {
  if (fade.start < 0 || fade.opacity >= 1) return null
  return easeInOut((now - fade.start) / fade.ms)
}

/** Below this the plane is not drawn at all (no fully transparent draw calls). */
export const isVisibleOpacity = (opacity: number): boolean => opacity > 0.001

/**
 * How far into a fade of `ms` it is first drawn at all (about 0.12 % opacity): a newly painted plane is drawn at
 * this step in the very frame it is painted, which looks the same as the fade's start and can never flash.
 */
export const firstDrawnMs = (ms: number): number => ms * 0.02

export type PictureState = { id: string; state: 'fading' | 'shown'; progress: number }

/** A painting with a picture: 'fading' while a crossfade (`crossStart`) or its own fade in runs, then 'shown'. */
export function pictureState(
  id: string,
  crossStart: number | null,
  opacity: number,
  now: number,
): PictureState {
  const progress = crossStart !== null ? crossfadeProgress(now - crossStart) : opacity
  return { id, state: crossStart !== null || opacity < 1 ? 'fading' : 'shown', progress }
}
