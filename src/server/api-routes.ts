import type { Clock } from '../shared/clock'
import { supportedLanguageOf } from '../shared/safety/language'
import type { FastifyInstance } from 'fastify'
import type { CreateArtworkResponse, ListArtworksResponse } from '../shared/artwork'
import type { CrisisTextSource } from './crisis-text'
import { HttpError } from './errors'
import type { Storage } from './storage'
import { newSoloToken, registerSoloRoutes, SOLO_HEADER, soloDevice, soloDeviceHash } from './solo-device'
import { registerSoloVersionRoutes, versionsOfDevice } from './solo-versions'
import { checkArtworkBody } from './text'
import { wordsToArtwork, type Interpret } from './words-to-artwork'

export interface ApiDeps {
  storage: Storage
  interpret: Interpret
  now: Clock
  createId: () => string
  version: string
  crisisText: CrisisTextSource
}

// Ids are ours (base64url); anything else cannot exist, so it is a 404 without touching the database.
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

export function registerApiRoutes(app: FastifyInstance, deps: ApiDeps): void {
  app.get('/api/health', { config: { access: 'key' } }, async () => ({ ok: true, version: deps.version }))

  app.get('/api/artworks', { config: { access: 'key' } }, async (request): Promise<ListArtworksResponse> => {
    // Only this device's artworks (solo-device.ts); a device without a solo id has none. Held artworks are
    // included: the client shows a gentle note instead.
    const device = soloDevice(request)
    if (!device) return { artworks: [] }
    const artworks = await deps.storage.listArtworks(device)
    // Each refined painting's versions, so the device can show them and pick one (solo-versions.ts).
    return { artworks, versions: versionsOfDevice(deps.storage, device, artworks) }
  })

  app.get<{ Params: { id: string } }>('/api/artworks/:id', { config: { access: 'key' } }, async (request) => {
    const { id } = request.params
    const device = soloDevice(request)
    const mine = device !== undefined && ID_PATTERN.test(id) && deps.storage.solo?.ownerOf(id) === device
    const artwork = mine ? await deps.storage.getArtwork(id) : undefined
    if (!artwork) throw new HttpError(404, 'not_found', 'There is no artwork with that id.')
    return artwork
  })

  app.post(
    '/api/artworks',
    { config: { access: 'key' } },
    async (request, reply): Promise<CreateArtworkResponse> => {
      if (request.headers['content-type'] === undefined) {
        throw new HttpError(415, 'unsupported_media_type', 'Send the request as application/json.')
      }
      const check = checkArtworkBody(request.body)
      if (!check.ok) throw new HttpError(check.statusCode, check.error, check.message)

      // The headset sends the language on screen; it breaks ties in reading the words.
      const made = wordsToArtwork(deps, check.text, supportedLanguageOf(request.headers['accept-language']))
      // Words of risk from a device on its own: nothing is painted or stored, and the app shows the clinic's crisis
      // text. No therapist is watching this path, so the answer itself must carry the way to help.
      if (made.kind === 'risk') {
        const lang = request.headers['accept-language']
        reply.code(200)
        return { risk: true, crisis: deps.crisisText(typeof lang === 'string' ? lang : undefined) }
      }
      if (made.kind === 'failed') {
        request.log.error({ err: made.error }, 'interpret failed')
        throw new HttpError(
          500,
          'interpret_failed',
          'The words could not be turned into a painting. Please try again.',
        )
      }
      const { artwork } = made
      // A device without a solo id gets one with its first artwork (also in the answer's header), so no word is
      // stored without an owner who can delete it.
      let device = soloDevice(request)
      if (!device) {
        const token = newSoloToken()
        reply.header(SOLO_HEADER, token)
        device = soloDeviceHash(token)
      }
      await deps.storage.insertArtwork(artwork, device)
      reply.code(201)
      return { spec: artwork.spec, artwork }
    },
  )
  registerSoloRoutes(app, deps)
  registerSoloVersionRoutes(app, deps)
}
