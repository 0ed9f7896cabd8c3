import { abstractWords } from './abstract'
import { beachWords } from './beach'
import { cozyRoomWords } from './cozy-room'
import { desertWords } from './desert'
import { forestWords } from './forest'
import { gardenWords } from './garden'
import type { BiomeId } from './ids'
import { meadowWords } from './meadow'
import { mountainLakeWords } from './mountain-lake'
import { nightSkyWords } from './night-sky'
import { riverValleyWords } from './river-valley'
import { snowWords } from './snow'
import type { WordGroup } from './types'
import { underwaterWords } from './underwater'

/**
 * Every place's words, from the same files as its entry in table.ts: the names and cue words that lead the
 * interpreter there. A table of their own because only the interpreter reads them (on the server, and wherever
 * words are read), while the painter, which the headset needs for its first frame, reads the entries.
 */
export const BIOME_WORDS: Readonly<Record<BiomeId, readonly WordGroup[]>> = {
  beach: beachWords,
  forest: forestWords,
  meadow: meadowWords,
  'mountain-lake': mountainLakeWords,
  snow: snowWords,
  garden: gardenWords,
  desert: desertWords,
  underwater: underwaterWords,
  'night-sky': nightSkyWords,
  'cozy-room': cozyRoomWords,
  'river-valley': riverValleyWords,
  abstract: abstractWords,
}
