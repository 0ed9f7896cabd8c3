import type { Clock } from '../shared/clock'
import Fastify from 'fastify'
import type { FastifyInstance, FastifyReply, FastifyServerOptions } from 'fastify'
import { limitKey } from './client-address'
import { HttpError, toApiError } from './errors'
import { createRateLimiter } from './rate-limit'
import type { RateLimitOptions } from './rate-limit'
import { enforceRouteAccess, isGuarded, missingCredentials } from './route-access'
import {
  ACCESS_KEY_HEADER,
  HSTS_HEADER,
  LOOPBACK_HOSTS,
  SECURITY_HEADERS,
  createHostAllowList,
  createKeyChecker,
  oddTarget,
  originMatches,
  redactKey,
} from './security'
import { sendAppShell, wantsAppShell } from './static-files'

/** What the HTTP shell needs: the transport, the gate's settings and the logger; no feature. */
export interface HttpShellOptions {
  https?: { key: string | Buffer; cert: string | Buffer } | undefined
  hsts?: boolean | undefined
  accessKey?: string | undefined
  rateLimit?: RateLimitOptions | false | undefined
  allowedHosts?: readonly string[] | undefined
  /** Origins whose pages may send changes besides the server's own (the socket accepts the same). */
  allowedOrigins?: readonly string[] | undefined
  /** With a build, an unknown page address gets the app shell instead of a JSON 404. */
  staticDir?: string | undefined
  logger?: boolean | { level?: string; stream?: { write(line: string): void } } | undefined
  bodyLimit: number
  now: Clock
}

export interface HttpShell {
  app: FastifyInstance
  /** The names the gate answers to; the session socket's upgrade answers to the same ones. */
  hostAllowed: (header: string | undefined) => boolean
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * The fastify instance with its strict JSON parser, the one request gate (odd targets, host names, rate limit,
 * access key, origin) and the error answers. Features are registered on it by the composition in app.ts.
 */
export function createHttpShell(options: HttpShellOptions): HttpShell {
  const { bodyLimit, now } = options
  const fastifyOptions: FastifyServerOptions & { https?: HttpShellOptions['https'] } = {
    bodyLimit,
    logger: loggerOptions(options.logger),
    // Direct LAN connections: request.ip is the real peer. Never trust X-Forwarded-For here, or anyone
    // could dodge the rate limit by sending a different header each time.
    trustProxy: false,
    // A path the router cannot even decode ("%zz") is answered before any hook runs: give it our headers too.
    frameworkErrors: (error, _request, reply) => {
      const { statusCode, body } =
        error.code === 'FST_ERR_BAD_URL'
          ? {
              statusCode: 400,
              body: { error: 'bad_target', message: 'The address is not spelled correctly.' },
            }
          : toApiError(error)
      void (reply as FastifyReply)
        .headers({ ...SECURITY_HEADERS, 'cache-control': 'no-store' })
        .code(statusCode)
        .type('application/json; charset=utf-8')
        .send(body)
    },
    ...(options.https ? { https: options.https } : {}),
  }
  // Fastify's generics differ for HTTP and HTTPS; the rest of the app only needs the common surface.
  const app = Fastify(fastifyOptions) as unknown as FastifyInstance

  // Only JSON is accepted. Decoding is strict so invalid UTF-8 is refused instead of silently becoming U+FFFD.
  app.removeAllContentTypeParsers()
  const parseJson = app.getDefaultJsonParser('error', 'error')
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string
    try {
      text = utf8.decode(body as Buffer)
    } catch {
      done(new HttpError(400, 'invalid_utf8', 'The request body is not valid UTF-8 text.'), undefined)
      return
    }
    parseJson(request, text, done)
  })

  const limiter = options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit, now)
  const keyMatches = options.accessKey ? createKeyChecker(options.accessKey) : undefined

  const hostAllowed = createHostAllowList([...LOOPBACK_HOSTS, ...(options.allowedHosts ?? [])])
  const allowedOrigins = new Set(options.allowedOrigins ?? [])
  enforceRouteAccess(app)

  // The one gate. Fastify has already routed the request, so the decision is made on the route that will run,
  // never on how its path was spelled; odd spellings are refused first so that nothing else has to know them.
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS)
    if (options.https && options.hsts) reply.header('strict-transport-security', HSTS_HEADER)
    const odd = oddTarget(request.url)
    if (odd) {
      reply.header('cache-control', 'no-store')
      throw new HttpError(odd.status, odd.code, odd.message)
    }
    if (!hostAllowed(request.headers.host)) {
      reply.header('cache-control', 'no-store')
      throw new HttpError(
        421,
        'unknown_host',
        'This server does not answer to that name. Open it by its address, or add the name to STILLROOM_ALLOWED_HOSTS.',
      )
    }
    if (isGuarded(request)) {
      // A client's words are health information: no cache anywhere may keep them.
      reply.header('cache-control', 'no-store')
      // Limit before checking the key, so guessing keys is slowed down as well.
      if (limiter) {
        const kind = request.method === 'POST' ? 'create' : 'read'
        const decision = limiter.take(limitKey(request.ip), kind)
        if (!decision.allowed) {
          reply.header('retry-after', String(decision.retryAfterSeconds))
          throw new HttpError(
            429,
            'rate_limited',
            `Too many requests from this device. Please wait ${decision.retryAfterSeconds} s and try again.`,
          )
        }
      }
      if (keyMatches) {
        const header = request.headers[ACCESS_KEY_HEADER]
        const query = (request.query as Record<string, unknown> | undefined)?.key
        const candidate = typeof header === 'string' ? header : typeof query === 'string' ? query : undefined
        if (!keyMatches(candidate)) {
          throw new HttpError(
            401,
            'unauthorized',
            'This Stillroom needs its access key. Open the full address printed by the server (it ends in ?key=…).',
          )
        }
      }
    }
    // Another site's page must not make a browser here sign out, forget a headset or erase a record. JSON bodies
    // already need a CORS preflight, but a request without a body does not, so every change checks its Origin.
    if (!SAFE_METHODS.has(request.method)) {
      const origin = request.headers.origin
      const own = request.headers.host ? `${request.protocol}://${request.headers.host}` : undefined
      if (!originMatches(origin, own, allowedOrigins))
        throw new HttpError(403, 'cross_site', "Changes are only accepted from Stillroom's own pages.")
    }
  })

  // Default deny, second half: a route for headsets or accounts answers 401 to a request with neither.
  app.addHook('preHandler', async (request) => {
    const missing = missingCredentials(request)
    if (missing) throw new HttpError(401, missing.code, missing.message)
  })

  app.setErrorHandler((err, request, reply) => {
    const { statusCode, body } = toApiError(err)
    if (statusCode >= 500) request.log.error({ err }, 'request failed')
    // The server keeps serving: every failure becomes one JSON answer, never a crash.
    return reply.code(statusCode).type('application/json; charset=utf-8').send(body)
  })

  app.setNotFoundHandler((request, reply) => {
    if (options.staticDir && wantsAppShell(request)) return sendAppShell(reply)
    return reply
      .code(404)
      .type('application/json; charset=utf-8')
      .send({ error: 'not_found', message: `Nothing here: ${request.method} ${request.url.split('?')[0]}` })
  })

  return { app, hostAllowed }
}

/** Logs never carry the access key or the client's words (fastify does not log bodies). */
function loggerOptions(logger: HttpShellOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false
  const base = logger === true ? {} : logger
  return {
    level: 'info',
    ...base,
    serializers: {
      req: (req: { method?: string; url?: string; ip?: string }) => ({
        method: req.method,
        url: redactKey(req.url ?? ''),
        remoteAddress: req.ip,
      }),
    },
  }
}
