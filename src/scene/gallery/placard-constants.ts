import type { Slot } from '../../shared/layout'

/** Shipped in public/fonts (drei Text would otherwise fetch a font from a CDN). */
export const PLACARD_FONT = '/fonts/source-sans-3-400.woff'
/** Beyond this a placard cannot be read anyway; hiding its text saves two draw calls each. */
export const PLACARD_VISIBLE_DISTANCE = 4

export type PlacardItem = { id: string; text: string; createdAt: string; slot: Slot }
/** Height the AI picture's "on its way" line takes from the placard's words. */
export const CUE_LINE_HEIGHT = 0.024
