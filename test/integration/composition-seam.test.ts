// Feature modules receive what they need instead of building it, so a feature can run on fakes: no SQLite, no hub,
// no accounts. These tests compose two features by hand on the real HTTP shell, the way app.ts does with the real
// pieces, and check what a console would see.
import type { FastifyInstance } from 'fastify'
import { afterEach, describe, expect, it } from 'vitest'
import type { AiStatus } from '../../src/shared/privacy/ai-contract'
import { LOGIN_COOKIE } from '../../src/shared/session/http'
import { createSessionState } from '../../src/shared/session/state'
import type { SessionState } from '../../src/shared/session/state'
import type { Command } from '../../src/shared/session/commands'
import { readCookie } from '../../src/server/auth/tokens'
import { registerAiRoutes } from '../../src/server/ai/routes'
import { HttpError } from '../../src/server/errors'
import { createHttpShell } from '../../src/server/http-shell'
import type { SessionGuards } from '../../src/server/session-feature'
import { registerSessionRoutes } from '../../src/server/session-routes'
import type { ClientRecord } from '../../src/server/storage/session-store'

const T0 = Date.UTC(2026, 11, 7, 9, 0)
const ANN = { id: 'ann', name: 'Ann', role: 'therapist' as const }
const BOB = { id: 'bob', name: 'Bob', role: 'therapist' as const }
const as = (user: { id: string }) => ({ cookie: `${LOGIN_COOKIE}=${user.id}` })

/** A sign-in that knows two therapists by their cookie, in place of the accounts and their tokens. */
const fakeGuards: SessionGuards = {
  async therapist(request) {
    const user = [ANN, BOB].find((u) => u.id === readCookie(request.headers.cookie, LOGIN_COOKIE))
    if (!user) throw new HttpError(401, 'login_required', 'Please sign in to the console.')
    return user
  },
  async ownSession() {
    throw new HttpError(404, 'not_found', 'There is no such session.')
  },
}

function shell(): FastifyInstance {
  return createHttpShell({ rateLimit: false, bodyLimit: 16 * 1024, now: () => T0 }).app
}

let app: FastifyInstance | undefined
afterEach(async () => {
  await app?.close()
  app = undefined
})

describe('features composed with fakes', () => {
  it('starts a session from the hub and the pairing codes it is given, for the client’s own therapist only', async () => {
    const clients = new Map<string, ClientRecord>()
    const sessions = new Map<string, SessionState>()
    const sent: { sessionId: string; command: Command }[] = []
    let ids = 0
    app = shell()
    registerSessionRoutes(app, {
      store: {
        listClients: async (therapistId) =>
          [...clients.values()].filter((c) => c.therapistId === therapistId),
        insertClient: async (client) => void clients.set(client.id, client),
        getClient: async (id) => clients.get(id),
        listSessions: async () => [],
        sessionHasDevice: async () => false,
      },
      hub: {
        async create(input) {
          const state = createSessionState({ ...input, id: `s${++ids}`, now: T0 })
          sessions.set(state.id, state)
          return state
        },
        current: (id) => sessions.get(id),
        async submitServer(sessionId, command) {
          sent.push({ sessionId, command })
          return { ok: true, seq: 1 }
        },
      },
      guards: fakeGuards,
      pairing: { newCode: async () => ({ code: '246813579', expiresAt: '2026-12-07T09:10:00.000Z' }) },
      now: () => T0,
      createId: () => `c${++ids}`,
    })
    await app.ready()

    const added = await app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: as(ANN),
      payload: { alias: 'River', sudsScale: 100 },
    })
    expect(added.statusCode).toBe(201)
    const client = added.json().client
    expect(client).toMatchObject({ alias: 'River', sudsScale: 100, createdAt: '2026-12-07T09:00:00.000Z' })
    clients.set(client.id, {
      ...clients.get(client.id)!,
      prefs: { volumes: { master: 0.4, muted: false, layers: {} } },
    })

    const started = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: as(ANN),
      payload: { clientId: client.id },
    })
    expect(started.statusCode).toBe(201)
    expect(started.json()).toMatchObject({
      session: { id: 's2', therapistId: 'ann', clientAlias: 'River', suds: { scale: 100 } },
      pairingCode: { code: '246813579' },
    })
    // The client's own volumes start the new session's sound, through the hub it was given.
    expect(sent).toEqual([
      { sessionId: 's2', command: { type: 'set-sound', master: 0.4, muted: false, layers: {} } },
    ])

    const other = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: as(BOB),
      payload: { clientId: client.id },
    })
    expect(other.statusCode).toBe(404)
    expect((await app.inject({ method: 'GET', url: '/api/clients', headers: as(BOB) })).json()).toEqual({
      clients: [],
    })
    expect(sessions.size).toBe(1)
  })

  it('answers AI status from the provider it is given, and only to a signed-in therapist', async () => {
    const status: AiStatus = {
      mode: 'local',
      provider: null,
      capabilities: { text: 'off', images: 'off', moderation: 'off', transcription: 'off', speech: 'off' },
      notice: null,
      checkedAt: null,
    }
    app = shell()
    registerAiRoutes(app, {
      provider: { mode: 'local', status: async () => status },
      store: { getConsent: async () => null, setConsent: async () => true },
      sessions: { getClient: async () => undefined },
      guards: fakeGuards,
      now: () => T0,
    })
    await app.ready()
    expect((await app.inject({ method: 'GET', url: '/api/ai/status', headers: as(ANN) })).json()).toEqual(
      status,
    )
    const stranger = await app.inject({ method: 'GET', url: '/api/ai/status', headers: as({ id: 'eve' }) })
    expect(stranger.statusCode).toBe(401)
    expect((await app.inject({ method: 'GET', url: '/api/ai/status' })).statusCode).toBe(401)
  })
})
