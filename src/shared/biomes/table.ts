import { abstract } from './abstract'
import { beach } from './beach'
import { cozyRoom } from './cozy-room'
import { desert } from './desert'
import { forest } from './forest'
import { garden } from './garden'
import type { BiomeId } from './ids'
import { meadow } from './meadow'
import { mountainLake } from './mountain-lake'
import { nightSky } from './night-sky'
import { riverValley } from './river-valley'
import { snow } from './snow'
import type { BiomeEntry } from './types'
import { underwater } from './underwater'

/**
 * Every place, one entry each. The lexicon, the painter's compositions, the landscape, the soundscape and the
 * console's labels are all read from here; a new place is a new file beside this one, its name in ids.ts, and its
 * painter function in shaders/painter/.
 */
export const BIOME_TABLE: Readonly<Record<BiomeId, BiomeEntry>> = {
  beach,
  forest,
  meadow,
  'mountain-lake': mountainLake,
  snow,
  garden,
  desert,
  underwater,
  'night-sky': nightSky,
  'cozy-room': cozyRoom,
  'river-valley': riverValley,
  abstract,
}

/** One value per place, read from the table (a `Record` the rest of the code can index by biome). */
export function perBiome<T>(pick: (entry: BiomeEntry, id: BiomeId) => T): Record<BiomeId, T> {
  const out = {} as Record<BiomeId, T>
  for (const id of Object.keys(BIOME_TABLE) as BiomeId[]) out[id] = pick(BIOME_TABLE[id], id)
  return out
}
