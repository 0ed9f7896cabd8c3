import { z } from 'zod'
import { SceneSpecSchema } from './spec'
import { TEXT_MAX_CHARS } from './spec'
import type { CrisisText } from './safety/crisis'
import type { SoloVersions } from './refine/solo-versions'

/**
 * One artwork as stored and as sent to the app. A procedural artwork is a recipe, not a picture:
 * every browser paints the same picture from `spec` + `seed` (see `createRecipe`).
 */
export const ArtworkSchema = z.object({
  id: z.string(),
  /** The client's own words, exactly as typed (trimmed). Always rendered as text, never as HTML. */
  text: z.string(),
  /** ISO-8601 time of creation. */
  createdAt: z.string(),
  spec: SceneSpecSchema,
  /** Seed for the procedural painter, a uint32. */
  seed: z.number().int().min(0).max(0xffffffff),
  /** 'shown' hangs on the wall; 'held' waits for the therapist and is never painted for the client. */
  status: z.enum(['shown', 'held']),
})
export type Artwork = z.infer<typeof ArtworkSchema>

/** Body of `POST /api/artworks`. */
export const CreateArtworkBodySchema = z.object({
  text: z.string().max(TEXT_MAX_CHARS * 4),
})

/** A painting was made (it may still be held for the therapist). */
export type ArtworkCreatedResponse = { spec: Artwork['spec']; artwork: Artwork }
/**
 * The words were raised by the risk screen: nothing was painted or stored. The app shows the crisis panel with the
 * clinic's text and offers grounding.
 */
export type RiskRaisedResponse = { risk: true; crisis: CrisisText }
export type CreateArtworkResponse = ArtworkCreatedResponse | RiskRaisedResponse
/** The device's own artworks (what hangs of each), and the versions of those it refined, by artwork id. */
export type ListArtworksResponse = { artworks: Artwork[]; versions?: Record<string, SoloVersions> }
/** Every 4xx/5xx from the API has this shape. */
export type ApiError = { error: string; message: string }
