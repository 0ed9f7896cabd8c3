// Only the names, with nothing else: the headset's first bundle reads this list (through scene-constants.ts),
// so it must not pull in the biome table, its words or zod. Every name here needs its entry in table.ts.

/** The places Stillroom can paint. Order matters only for display. */
export const BIOME_IDS = [
  'beach',
  'forest',
  'meadow',
  'mountain-lake',
  'snow',
  'garden',
  'desert',
  'underwater',
  'night-sky',
  'cozy-room',
  'river-valley',
  'abstract',
] as const

export type BiomeId = (typeof BIOME_IDS)[number]
