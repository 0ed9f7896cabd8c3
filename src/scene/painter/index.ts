export { createPainter } from './create-painter'
export type { Painter } from './create-painter'
export { createPaintingStore } from './painting-store'
export type { PaintingStore, PaintingStoreOptions } from './painting-store'
