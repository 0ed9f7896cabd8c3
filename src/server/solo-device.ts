import { isoAt, type Clock } from '../shared/clock'
import crypto from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Artwork } from '../shared/artwork'
import { HttpError } from './errors'
import { versionsOfDevice } from './solo-versions'
import type { Storage } from './storage'

/**
 * A headset used on its own (no therapist, no session) has a solo token: a random value the server issues and the
 * app keeps, sent as `x-stillroom-solo`. The artworks it makes are stored with the token's SHA-256, so a device
 * lists, deletes and exports its own words only — never another device's, even with the clinic's LAN key.
 */

export const SOLO_HEADER = 'x-stillroom-solo'
const TOKEN = /^[A-Za-z0-9_-]{32,128}$/
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

export const newSoloToken = (): string => crypto.randomBytes(32).toString('base64url')
export const soloDeviceHash = (token: string): string =>
  crypto.createHash('sha256').update(token).digest('hex')

/** The device's hash from the request's header; undefined when there is none. A malformed one is a 400. */
export function soloDevice(request: FastifyRequest): string | undefined {
  const value = request.headers[SOLO_HEADER]
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !TOKEN.test(value))
    throw new HttpError(400, 'bad_solo_device', 'The solo device id is not one this server issued.')
  return soloDeviceHash(value)
}

/** The device's hash for a route that acts on one device's own things; without the header it is a 400. */
export function requireSoloDevice(request: FastifyRequest): string {
  const device = soloDevice(request)
  if (!device)
    throw new HttpError(400, 'solo_device_required', `Send the device's solo id in ${SOLO_HEADER}.`)
  return device
}

/** `POST /api/solo/device`, `DELETE /api/artworks/:id`, `GET /api/solo/export`; the list is in api-routes.ts. */
export function registerSoloRoutes(app: FastifyInstance, deps: { storage: Storage; now: Clock }): void {
  const required = requireSoloDevice

  app.post('/api/solo/device', { config: { access: 'key' } }, async (_request, reply) => {
    reply.code(201)
    return { device: newSoloToken() }
  })

  app.delete<{ Params: { id: string } }>(
    '/api/artworks/:id',
    { config: { access: 'key' } },
    async (request) => {
      const device = required(request)
      const { id } = request.params
      // Another device's artwork is "not found": its existence is nobody else's business.
      if (!ID_PATTERN.test(id) || !deps.storage.solo?.remove(id, device))
        throw new HttpError(404, 'not_found', 'There is no artwork with that id.')
      return { deleted: true }
    },
  )

  app.get('/api/solo/export', { config: { access: 'key' } }, async (request, reply) => {
    const device = required(request)
    const artworks: Artwork[] = await deps.storage.listArtworks(device)
    const day = isoAt(deps.now()).slice(0, 10)
    reply.header('content-disposition', `attachment; filename="stillroom-solo-${day}.json"`)
    // Everything the device made: what hangs, and every version of what it refined.
    return {
      exportedAt: isoAt(deps.now()),
      artworks,
      versions: versionsOfDevice(deps.storage, device, artworks),
    }
  })
}
