import type { Slot } from '../../shared/layout'

/** Shipped in public/fonts (drei Text would otherwise fetch a font from a CDN). */
export const PLACARD_FONT = '/fonts/source-sans-3-400.woff'
/** Beyond this a placard cannot be read anyway; hiding its text saves two draw calls each. */
export const PLACARD_VISIBLE_DISTANCE = 4

export type PlacardItem = { id: string; text: string; createdAt: string; slot: Slot }
/** Height the AI picture's "on its way" line takes from the placard's words. */
export const CUE_LINE_HEIGHT = 0.024

/**
 * The reading card over the painting the client stands before. Its words are 6 cm tall: a little over one degree
 * of visual angle from the viewing spot (3.2 m), where the wall placard's 2.4 cm would be under half a degree.
 */
export const READING_CARD = {
  width: 1.1,
  height: 0.52,
  padding: 0.05,
  wordsSize: 0.06,
  timeSize: 0.056,
  /**
   * Its centre, above the painting's centre: over the frame with a hand's width between, where no low VR button,
   * easel or page control ever covers it, and a glance up from the painting reads it.
   */
  offsetY: 0.99,
  plate: '#f6f0e6',
} as const
