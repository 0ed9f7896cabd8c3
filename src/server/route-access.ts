import type { FastifyInstance, FastifyRequest } from 'fastify'
import { DEVICE_TOKEN_HEADER, LOGIN_COOKIE } from '../shared/session/http'
import { readCookie } from './auth/tokens'

/**
 * Who may call a route, from the least to the most trusted:
 * - `public`: anyone who can reach the server (the app shell and its files). Never a path under /api.
 * - `key`: whoever holds the LAN access key (solo artworks, crisis text, pairing, sign-in).
 * - `device`: a paired headset, with the device token of its live session.
 * - `therapist`: a signed-in therapist; the handler checks that the client or session is theirs.
 * - `admin`: a signed-in administrator.
 * Every class but `public` needs the LAN key as well when the server has one.
 */
export const ACCESS_CLASSES = ['public', 'key', 'device', 'therapist', 'admin'] as const
export type AccessClass = (typeof ACCESS_CLASSES)[number]
/** One class, or several when either caller may use the route (a session's pictures: its headset or its therapist). */
export type RouteAccess = AccessClass | readonly AccessClass[]

export interface RouteAccessEntry {
  method: string
  url: string
  access: readonly AccessClass[]
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess
  }
  interface FastifyInstance {
    /** Every route registered so far with the classes it declared (the access matrix test walks them). */
    routeAccess(): readonly RouteAccessEntry[]
    /** The class for routes a plugin registers without saying; set only while `registerWithAccess` runs. */
    defaultRouteAccess?: AccessClass
  }
}

function parseAccess(value: unknown): readonly AccessClass[] | undefined {
  const list: unknown[] = Array.isArray(value) ? value : [value]
  if (list.length === 0) return undefined
  const known = list.filter((v): v is AccessClass => ACCESS_CLASSES.includes(v as AccessClass))
  return known.length === list.length ? known : undefined
}

/**
 * Default deny: a route that does not declare its class stops the server from starting, so a new route cannot go
 * out unguarded by accident. Records every route for `app.routeAccess()`.
 */
export function enforceRouteAccess(app: FastifyInstance): void {
  const routes: RouteAccessEntry[] = []
  app.decorate('routeAccess', () => routes.slice())
  app.decorate('defaultRouteAccess', undefined)
  app.addHook('onRoute', function (this: FastifyInstance, route) {
    const methods = Array.isArray(route.method) ? route.method : [route.method]
    const label = `${methods.join(',')} ${route.url}`
    const access = parseAccess(route.config?.access ?? this.defaultRouteAccess)
    if (!access)
      throw new Error(
        `Route ${label} does not say who may call it: add config: { access: 'public' | 'key' | 'device' | 'therapist' | 'admin' }.`,
      )
    if (access.includes('public') && isApiPath(route.url))
      throw new Error(`Route ${label} is under /api and cannot be public: the LAN key guards all of /api.`)
    route.config = { ...route.config, access }
    for (const method of methods) routes.push({ method: String(method), url: route.url, access })
  })
}

/**
 * Registers a plugin we cannot pass route options to (the static files) with `access` for the routes it adds
 * without a class. Plugins queued earlier load first, so the default reaches this plugin's routes only.
 */
export async function registerWithAccess(
  app: FastifyInstance,
  access: AccessClass,
  register: () => PromiseLike<unknown>,
): Promise<void> {
  await app.after()
  app.defaultRouteAccess = access
  try {
    await register()
  } finally {
    app.defaultRouteAccess = undefined
  }
}

/**
 * Whether the LAN key, the per-address limit and no-store apply: decided on the route that will actually run, not
 * on how its path was spelled. Every route but a public one is guarded, and so is any path under /api in any case
 * even when it matched nothing or only the static files' catch-all (an unknown /api path answers 401 before 404).
 */
export function isGuarded(request: FastifyRequest): boolean {
  if (isApiPath(request.url.split('?')[0] ?? '/')) return true
  // No route matched: the not-found answer (or the app shell) is public.
  if (request.routeOptions.url === undefined) return false
  const access = request.routeOptions.config.access
  return !(Array.isArray(access) ? access : [access]).includes('public')
}

/** Any case: "/API/x" matches no route, but it must still be guarded and answered like an API path. */
export function isApiPath(pathname: string): boolean {
  const lower = pathname.toLowerCase()
  return lower === '/api' || lower.startsWith('/api/')
}

/**
 * The refusal for a request without the kind of credential its route's class needs (a device token for `device`, a
 * login cookie for `therapist` and `admin`), or undefined. Only presence is checked here, after the body is read
 * since a headset may send its token in the body; the handlers still check that the token is valid and that the
 * record is the caller's. Codes and words match the handlers' own.
 */
export function missingCredentials(request: FastifyRequest): { code: string; message: string } | undefined {
  const declared = request.routeOptions.config.access
  if (declared === undefined) return undefined // no route: the not-found answer
  const access: readonly AccessClass[] = Array.isArray(declared) ? declared : [declared]
  if (access.includes('public') || access.includes('key')) return undefined
  const header = request.headers[DEVICE_TOKEN_HEADER]
  const fromBody = (request.body as { deviceToken?: unknown } | null | undefined)?.deviceToken
  const viaDevice = access.includes('device')
  const viaLogin = access.includes('therapist') || access.includes('admin')
  if (viaDevice && ((typeof header === 'string' && header !== '') || typeof fromBody === 'string'))
    return undefined
  if (viaLogin && readCookie(request.headers.cookie, LOGIN_COOKIE) !== undefined) return undefined
  if (!viaLogin)
    return { code: 'device_token_required', message: `Send the device token in ${DEVICE_TOKEN_HEADER}.` }
  if (!viaDevice) return { code: 'login_required', message: 'Please sign in to the console.' }
  return { code: 'login_required', message: 'Please sign in to the console, or pair the headset.' }
}
