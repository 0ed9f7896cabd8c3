import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Interpret } from './words-to-artwork'
import { z } from 'zod'
import type { Artwork } from '../shared/artwork'
import type { Clock } from '../shared/clock'
import { REFINE_CHOICES, REFINE_WORDS_MAX_CHARS } from '../shared/refine/choices'
import { versionOf } from '../shared/refine/make-version'
import { addVersion, currentVersionId, pickVersion } from '../shared/refine/session-versions'
import { screenRisk } from '../shared/safety/risk'
import type { ArtworkEntry } from '../shared/session/state'
import type { CrisisTextSource } from './crisis-text'
import { HttpError } from './errors'
import { SOLO_HEADER, soloDevice } from './solo-device'
import type { Storage } from './storage'
import type { SoloVersions } from '../shared/refine/solo-versions'
import { checkArtworkBody } from './text'

// A device's own paintings are refined the way a session's are: the same quick choices and words, the same pure
// functions (src/shared/refine), the same versions kept, the original first. Solo use has no therapist, so the
// approval is open: a version hangs at once unless its words are held, and words of risk make no version at all
// and bring the crisis text, as new words do.

const ID = /^[A-Za-z0-9_-]{1,64}$/
const RefineBody = z
  .object({
    choice: z.enum(REFINE_CHOICES).optional(),
    text: z
      .string()
      .max(REFINE_WORDS_MAX_CHARS * 4)
      .optional(),
  })
  .strict()
const PickBody = z.object({ versionId: z.string().regex(ID) }).strict()

export type SoloVersionsDeps = {
  storage: Storage
  interpret: Interpret
  createId: () => string
  now: Clock
  crisisText: CrisisTextSource
}

/** What a device learns about one of its artworks after a change: what hangs now and every version it can see. */
export type SoloVersionsResponse = { artwork: Artwork; versions: SoloVersions }

/** The versions of each of the device's refined artworks, by id (for its list and its export). */
export function versionsOfDevice(
  storage: Storage,
  device: string,
  artworks: readonly Artwork[],
): Record<string, SoloVersions> {
  const out: Record<string, SoloVersions> = {}
  for (const a of artworks) {
    const kept = storage.solo?.versionsOf(a.id, device)
    if (kept) out[a.id] = kept
  }
  return out
}

/** A solo artwork as the refine functions see it: an approved entry, by the client, with its versions. */
function entryOf(artwork: Artwork, kept: SoloVersions | null): ArtworkEntry {
  return {
    artwork,
    state: 'approved',
    slot: 0,
    reasons: [],
    from: 'client',
    ...(kept ? { versions: kept.versions, ...(kept.current ? { current: kept.current } : {}) } : {}),
  }
}

function keptOf(entry: ArtworkEntry): SoloVersions {
  return { versions: entry.versions ?? [], ...(entry.current ? { current: entry.current } : {}) }
}

/** `POST /api/artworks/:id/versions` (a new version) and `PUT /api/artworks/:id/current` (which one hangs). */
export function registerSoloVersionRoutes(app: FastifyInstance, deps: SoloVersionsDeps): void {
  /** The device's own artwork with its versions, or a 404 (another device's artwork does not exist for it). */
  const load = async (request: FastifyRequest<{ Params: { id: string } }>) => {
    const device = soloDevice(request)
    if (!device)
      throw new HttpError(400, 'solo_device_required', `Send the device's solo id in ${SOLO_HEADER}.`)
    const { id } = request.params
    const kept = ID.test(id) ? deps.storage.solo?.versionsOf(id, device) : undefined
    const artwork = kept !== undefined ? await deps.storage.getArtwork(id) : undefined
    if (!artwork || kept === undefined)
      throw new HttpError(404, 'not_found', 'There is no artwork with that id.')
    if (artwork.status === 'held')
      throw new HttpError(409, 'held', 'That painting is held for safety; it cannot be changed.')
    return { device, entry: entryOf(artwork, kept) }
  }
  const save = (device: string, entry: ArtworkEntry): SoloVersionsResponse => {
    const kept = keptOf(entry)
    if (!deps.storage.solo?.saveVersions(entry.artwork.id, device, entry.artwork, kept))
      throw new HttpError(404, 'not_found', 'There is no artwork with that id.')
    return { artwork: entry.artwork, versions: kept }
  }

  app.post<{ Params: { id: string } }>(
    '/api/artworks/:id/versions',
    { config: { access: 'key' } },
    async (request, reply) => {
      const body = RefineBody.safeParse(request.body)
      if (!body.success)
        throw new HttpError(
          400,
          'invalid_body',
          'Send JSON like {"choice": "warmer"} or {"text": "with a boat"}.',
        )
      const { device, entry } = await load(request)
      let text: string | undefined
      if (body.data.text !== undefined) {
        const checked = checkArtworkBody({ text: body.data.text })
        if (!checked.ok) throw new HttpError(checked.statusCode, checked.error, checked.message)
        if (checked.text.length > REFINE_WORDS_MAX_CHARS)
          throw new HttpError(
            413,
            'text_too_long',
            `Please keep the change under ${REFINE_WORDS_MAX_CHARS} characters.`,
          )
        text = checked.text
        // Words of risk make no version; the answer carries the way to help, as for new words.
        if (screenRisk(text).raised) {
          const lang = request.headers['accept-language']
          return { risk: true, crisis: deps.crisisText(typeof lang === 'string' ? lang : undefined) }
        }
      }
      if (!body.data.choice && !text)
        throw new HttpError(400, 'invalid_body', 'Choose a change or write a few words.')
      const made = versionOf(
        entry,
        { role: 'headset', approval: 'open' },
        {
          type: 'refine',
          artworkId: entry.artwork.id,
          ...(body.data.choice ? { choice: body.data.choice } : {}),
          ...(text ? { text } : {}),
        },
        { interpret: deps.interpret, createId: deps.createId, now: deps.now },
      )
      if (!made.ok) throw new HttpError(made.code === 'not-found' ? 404 : 409, 'no_change', made.message)
      const next = addVersion(entry, made.command)
      reply.code(201)
      return { ...save(device, next), held: made.command.version.state === 'held' }
    },
  )

  app.put<{ Params: { id: string } }>(
    '/api/artworks/:id/current',
    { config: { access: 'key' } },
    async (request) => {
      const body = PickBody.safeParse(request.body)
      if (!body.success) throw new HttpError(400, 'invalid_body', 'Send JSON like {"versionId": "…"}.')
      const { device, entry } = await load(request)
      const { versionId } = body.data
      // A held version is as unknown as a wrong id: solo use has no therapist to approve it.
      const picked = entry.versions?.find((v) => v.id === versionId && v.state === 'approved')
      if (!picked && versionId !== entry.artwork.id)
        throw new HttpError(404, 'not_found', 'That version is not kept for this artwork.')
      if (versionId === currentVersionId(entry)) return save(device, entry)
      return save(device, pickVersion(entry, versionId))
    },
  )
}
