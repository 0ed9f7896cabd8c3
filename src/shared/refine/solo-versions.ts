import { z } from 'zod'
import { ArtworkVersionSchema } from '../session/state'
import { MAX_VERSIONS } from './choices'

/**
 * Every version of one of a device's own paintings, the original first, and the one that hangs (absent: the
 * original). The same versions a session keeps for an artwork (state.ts), stored with the artwork's row.
 */
export const SoloVersionsSchema = z.object({
  versions: z.array(ArtworkVersionSchema).max(MAX_VERSIONS),
  current: z.string().min(1).max(64).optional(),
})
export type SoloVersions = z.infer<typeof SoloVersionsSchema>
