/**
 * Sizes of the exercise panels in VR (metres), kept apart from the components so a Node test can check that every
 * language's words fit them (test/unit/exercise-panels-fit.test.ts).
 */

/** The sound & exercise panel: the plate, its rows, and the share of a layer's row given to its name. */
export const SOUND_PANEL = {
  width: 1.3,
  inner: 1.3 - 0.12,
  row: 0.14,
  layerLabelShare: 0.38,
} as const

/** The narration plate: the exercise's name small above, the caption large below (at most three lines). */
export const CAPTION_PANEL = {
  width: 1.3,
  height: 0.4,
  captionSize: 0.06,
  captionWidth: 1.18,
  captionLines: 3,
} as const
