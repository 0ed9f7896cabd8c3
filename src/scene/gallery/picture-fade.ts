/**
 * Pure numbers for the AI picture on the wall: how it fits the square frame, how the crossfade moves and
 * how the "on its way" cue breathes. Kept apart from three so they are unit-tested exactly.
 */

/** The crossfade from the painting to the picture: slow enough that nothing pops (docs/CLINICAL.md asks ≥ 1 s). */
export const PICTURE_CROSSFADE_MS = 2500
/** When the picture was ready before the painting was shown (a welcome, a reconnect): a short fade in. */
export const PICTURE_FADE_IN_MS = 1200
/** A painting whose picture is already ready waits this long for it before the procedural painting is painted. */
export const PICTURE_WAIT_MS = 3000
/** One slow breath of the cue (in and out), well under the 3-per-second flash limit. */
export const CUE_BREATH_MS = 4000

/** Smooth 0 → 1 with zero slope at both ends (no jolt as the fade starts or lands). */
export function smooth01(t: number): number {
  const c = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0))
  return c * c * (3 - 2 * c)
}

/** The picture's share of the blend `elapsedMs` into a fade of `durationMs`. */
export function crossfadeProgress(elapsedMs: number, durationMs = PICTURE_CROSSFADE_MS): number {
  if (!(durationMs > 0)) return 1
  return smooth01(elapsedMs / durationMs)
}

/**
 * Texture repeat and offset that make a `width`×`height` picture cover a frame of `frameAspect` (width / height),
 * centred: the longer side is cropped evenly on both ends, never stretched.
 */
export function coverFit(
  width: number,
  height: number,
  frameAspect = 1,
): { repeatX: number; repeatY: number; offsetX: number; offsetY: number } {
  if (!(width > 0 && height > 0 && frameAspect > 0)) return { repeatX: 1, repeatY: 1, offsetX: 0, offsetY: 0 }
  const aspect = width / height
  let repeatX = 1
  let repeatY = 1
  if (aspect > frameAspect) repeatX = frameAspect / aspect
  else repeatY = aspect / frameAspect
  return { repeatX, repeatY, offsetX: (1 - repeatX) / 2, offsetY: (1 - repeatY) / 2 }
}

/**
 * The cue dot's opacity at `nowMs`: a slow sine breath between soft and softer. With reduced motion it holds
 * still at a calm middle value.
 */
export function cueOpacity(nowMs: number, reducedMotion: boolean): number {
  const low = 0.25
  const high = 0.7
  if (reducedMotion || !Number.isFinite(nowMs)) return (low + high) / 2
  const phase = (nowMs % CUE_BREATH_MS) / CUE_BREATH_MS
  return low + (high - low) * (0.5 - 0.5 * Math.cos(phase * Math.PI * 2))
}

/** The headset-side picture state of an entry, from what the session says (anything else: no cue, no picture). */
export type PictureWant = 'none' | 'cue' | 'fetch'

export function pictureWant(image: { state: string; file?: string } | undefined): PictureWant {
  if (!image) return 'none'
  if (image.state === 'painting') return 'cue'
  if (image.state === 'ready' && image.file) return 'fetch'
  return 'none'
}
