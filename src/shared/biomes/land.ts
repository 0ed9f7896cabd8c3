import type { TerrainParams } from '../landscape/types'

/** A place without open water. */
export const none: TerrainParams['water'] = { kind: 'none', level: -10, centre: [0, 0], radius: 0 }
