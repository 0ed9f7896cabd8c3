import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccounts } from '../../src/server/auth/accounts'
import { enforceRouteAccess } from '../../src/server/route-access'
import type { AccessClass, RouteAccessEntry } from '../../src/server/route-access'
import { aiConfig } from '../support/ai-fixtures'
import { startMockOpenAI } from '../support/mock-openai'
import type { MockOpenAI } from '../support/mock-openai'
import { makeTempDir } from './helpers'
import { FAST_SCRYPT, PASSWORD, login, pair, seedTherapySession, startSessionServer } from './session-helpers'
import type { SessionServer } from './session-helpers'

// Every route the server registers, called by every kind of caller: whoever is below the route's declared class
// is refused (401, 403 or 404) and never gets a 2xx. The routes come from the server itself, so a new route
// without an example below fails this test until someone decides who may call it.

const KEY = 'matrix-key_0123456789abcdef'

type Caller = 'noKey' | 'keyOnly' | 'otherDevice' | 'otherTherapist' | 'admin' | 'rightful'
type Ids = { clientId: string; sessionId: string; artworkId: string }

/** Example params (and a body) per route pattern; `owned` routes name one client's or session's record. */
const EXAMPLES: Record<string, { path: (ids: Ids) => string; owned?: boolean; body?: unknown }> = {
  '/api/health': { path: () => '/api/health' },
  '/api/artworks': { path: () => '/api/artworks', body: { text: 'a calm beach' } },
  '/api/artworks/:id': { path: (i) => `/api/artworks/${i.artworkId}` },
  '/api/artworks/:id/versions': {
    path: (i) => `/api/artworks/${i.artworkId}/versions`,
    body: { choice: 'warmer' },
  },
  '/api/artworks/:id/current': {
    path: (i) => `/api/artworks/${i.artworkId}/current`,
    body: { versionId: 'abcdefgh' },
  },
  '/api/crisis-text': { path: () => '/api/crisis-text' },
  '/api/auth/login': { path: () => '/api/auth/login', body: { name: 'nobody', password: 'wrong password' } },
  '/api/auth/logout': { path: () => '/api/auth/logout' },
  '/api/auth/me': { path: () => '/api/auth/me' },
  '/api/clients': { path: () => '/api/clients', body: { alias: 'New client' } },
  '/api/clients/:id': { path: (i) => `/api/clients/${i.clientId}`, owned: true, body: { sudsScale: 100 } },
  '/api/clients/:id/export': { path: (i) => `/api/clients/${i.clientId}/export`, owned: true },
  '/api/clients/:id/timeline': { path: (i) => `/api/clients/${i.clientId}/timeline`, owned: true },
  '/api/clients/:id/ai-consent': {
    path: (i) => `/api/clients/${i.clientId}/ai-consent`,
    owned: true,
    body: { capabilities: ['text'] },
  },
  '/api/clients/import': { path: () => '/api/clients/import' },
  '/api/sessions': { path: () => '/api/sessions', body: { clientId: 'none' } },
  '/api/sessions/:id': { path: (i) => `/api/sessions/${i.sessionId}`, owned: true },
  '/api/sessions/:id/pairing-code': { path: (i) => `/api/sessions/${i.sessionId}/pairing-code`, owned: true },
  '/api/sessions/:id/ai': { path: (i) => `/api/sessions/${i.sessionId}/ai`, owned: true },
  '/api/sessions/:id/record': { path: (i) => `/api/sessions/${i.sessionId}/record`, owned: true },
  '/api/sessions/:id/images/:file': { path: (i) => `/api/sessions/${i.sessionId}/images/a.png`, owned: true },
  '/api/pair': { path: () => '/api/pair', body: { code: '000000' } },
  '/api/device/forget': { path: () => '/api/device/forget' },
  '/api/device/prefs': { path: () => '/api/device/prefs', body: { comfort: {} } },
  '/api/session/timeline': { path: () => '/api/session/timeline' },
  '/api/session/voice-caps': { path: () => '/api/session/voice-caps' },
  '/api/session/speech': { path: () => '/api/session/speech', body: { text: 'hello' } },
  '/api/session/transcribe': { path: () => '/api/session/transcribe' },
  '/api/admin/audit': { path: () => '/api/admin/audit' },
  '/api/ai/status': { path: () => '/api/ai/status' },
  '/api/solo/device': { path: () => '/api/solo/device' },
  '/api/solo/export': { path: () => '/api/solo/export' },
  '/api/solo/voice-caps': { path: () => '/api/solo/voice-caps' },
  '/api/solo/voice-consent': { path: () => '/api/solo/voice-consent', body: { agree: true } },
  '/api/solo/transcribe': { path: () => '/api/solo/transcribe' },
}

/** Whether `caller` is below what the route allows, so it must be refused. */
function mustRefuse(caller: Caller, access: readonly AccessClass[], owned: boolean): boolean {
  if (access.includes('public') || caller === 'rightful') return false
  if (caller === 'noKey') return true
  if (access.includes('key')) return false
  const device = access.includes('device')
  const login = access.includes('therapist') || access.includes('admin')
  switch (caller) {
    case 'keyOnly':
      return true
    // A headset of another session reaches a device route for its own session; a session-scoped route is not its.
    case 'otherDevice':
      return !device || owned
    // Signed in: fine for their own lists, refused on another therapist's record or an admin route.
    case 'otherTherapist':
      return !login || owned || !access.includes('therapist')
    case 'admin':
      return !login || owned
  }
}

let mock: MockOpenAI
let tmp: ReturnType<typeof makeTempDir>
let server: SessionServer
let headers: Record<Exclude<Caller, 'rightful'>, Record<string, string>>
let rightful: Record<Exclude<AccessClass, 'public'>, Record<string, string>>
let ids: Ids

beforeAll(async () => {
  mock = await startMockOpenAI()
  tmp = makeTempDir('stillroom-matrix-')
  server = await startSessionServer(tmp.dir, { accessKey: KEY, ai: aiConfig(mock.baseURL), dataDir: tmp.dir })
  const k = { 'x-stillroom-key': KEY }
  // seedTherapySession goes through inject without the key: give it the key through the query instead.
  const inject = server.app.inject.bind(server.app)
  server.app.inject = ((opts: { url: string }) =>
    inject({ ...opts, url: `${opts.url}${opts.url.includes('?') ? '&' : '?'}key=${KEY}` })) as never
  const a = await seedTherapySession(server, 'anna')
  const b = await seedTherapySession(server, 'ben')
  const deviceA = (await pair(server, a.code)).deviceToken
  const deviceB = (await pair(server, b.code)).deviceToken
  const accounts = createAccounts(server.storage.sessions!, { scrypt: FAST_SCRYPT })
  await accounts.createUser({ name: 'ada', role: 'admin', password: PASSWORD })
  const adminCookie = await login(server, 'ada')
  const art = await server.app.inject({
    method: 'POST',
    url: '/api/artworks',
    payload: { text: 'a calm lake' },
  })
  server.app.inject = inject as never
  ids = { clientId: a.clientId, sessionId: a.session.id, artworkId: art.json<{ id?: string }>().id ?? 'abc' }
  headers = {
    noKey: {},
    keyOnly: k,
    otherDevice: { ...k, 'x-stillroom-device': deviceB },
    otherTherapist: { ...k, cookie: b.cookie },
    admin: { ...k, cookie: adminCookie },
  }
  rightful = {
    key: k,
    device: { ...k, 'x-stillroom-device': deviceA },
    therapist: { ...k, cookie: a.cookie },
    admin: { ...k, cookie: adminCookie },
  }
})
afterAll(async () => {
  await server?.close()
  await mock?.close()
  tmp?.cleanup()
})

describe('route access matrix', () => {
  it('refuses every caller below each route’s class, on every registered route', async () => {
    const routes = server.app.routeAccess().filter((r) => r.url.startsWith('/api'))
    expect(routes.length).toBeGreaterThan(20)
    const missing = [...new Set(routes.map((r) => r.url))].filter((url) => !EXAMPLES[url])
    expect(missing, 'routes without an example in EXAMPLES: add one').toEqual([])
    const failures: string[] = []
    // Refusals first, then the rightful callers (who may change state, e.g. sign out).
    const callers: Caller[] = ['noKey', 'keyOnly', 'otherDevice', 'otherTherapist', 'admin']
    for (const caller of callers) {
      for (const route of routes) {
        const example = EXAMPLES[route.url]!
        if (!mustRefuse(caller, route.access, example.owned ?? false)) continue
        const res = await call(route, headers[caller as Exclude<Caller, 'rightful'>])
        if (![401, 403, 404].includes(res.statusCode))
          failures.push(`${caller} ${route.method} ${route.url} → ${res.statusCode} ${res.body.slice(0, 80)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('lets the rightful caller past the gate on every read', async () => {
    const routes = server.app.routeAccess().filter((r) => r.url.startsWith('/api') && r.method === 'GET')
    const failures: string[] = []
    for (const route of routes) {
      if (!EXAMPLES[route.url]) continue // reported by the test above
      const cls = route.access.find((a): a is Exclude<AccessClass, 'public'> => a !== 'public')
      if (!cls) continue
      const res = await call(route, rightful[cls])
      // A picture that does not exist is a 404 for its owner too; what matters is that the gate let them through.
      if (res.statusCode === 401 || res.statusCode === 403 || res.statusCode >= 500)
        failures.push(`${route.method} ${route.url} → ${res.statusCode} ${res.body.slice(0, 80)}`)
    }
    expect(failures).toEqual([])
  })

  it('declares the expected classes for the key routes', () => {
    const classOf = (method: string, url: string) =>
      server.app.routeAccess().find((r) => r.method === method && r.url === url)?.access
    expect(classOf('GET', '/api/artworks')).toEqual(['key'])
    expect(classOf('POST', '/api/pair')).toEqual(['key'])
    expect(classOf('GET', '/api/crisis-text')).toEqual(['key'])
    expect(classOf('GET', '/api/admin/audit')).toEqual(['admin'])
    expect(classOf('DELETE', '/api/clients/:id')).toEqual(['therapist'])
  })
})

describe('default deny at registration', () => {
  it('throws for a route without a class, and for a public route under /api', async () => {
    const bare = Fastify()
    enforceRouteAccess(bare)
    expect(() => bare.get('/api/new', async () => ({}))).toThrow(/does not say who may call it/)
    expect(() => bare.get('/api/open', { config: { access: 'public' } }, async () => ({}))).toThrow(
      /cannot be public/,
    )
    expect(() => bare.get('/x', { config: { access: 'nobody' as never } }, async () => ({}))).toThrow()
    bare.get('/fine', { config: { access: 'public' } }, async () => ({}))
    await bare.close()
  })

  it('makes createApp fail when a plugin registers an unclassified route in its own scope', async () => {
    const bare = Fastify()
    enforceRouteAccess(bare)
    void bare.register(async (scope) => {
      scope.post('/api/scoped', async () => ({}))
    })
    await expect(bare.after()).rejects.toThrow(/does not say who may call it/)
  })
})

function call(route: RouteAccessEntry, h: Record<string, string>) {
  const example = EXAMPLES[route.url]!
  const withBody = ['POST', 'PUT', 'PATCH'].includes(route.method) && example.body !== undefined
  return server.app.inject({
    method: route.method as 'GET',
    url: example.path(ids),
    headers: h,
    ...(withBody ? { payload: example.body as Record<string, unknown> } : {}),
  })
}
