import type { Clock } from '../shared/clock'
import crypto from 'node:crypto'
import Fastify from 'fastify'
import type { FastifyInstance, FastifyReply, FastifyServerOptions } from 'fastify'
import type { SceneSpec } from '../shared/spec'
import type { AiConfig } from './ai/config'
import { registerAiFeature } from './ai/routes'
import { registerSpeechRoutes } from './ai/speech-routes'
import { registerApiRoutes } from './api-routes'
import { riskCommand } from './relay/hub-artwork'
import { createCrisisTexts, registerCrisisRoute } from './crisis-text'
import type { CrisisTextSource } from './crisis-text'
import { limitKey } from './client-address'
import { createDeviceSessionGuard } from './device-session'
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
import { registerTimelineRoutes } from './record/timeline-routes'
import { registerRecordFeature } from './record/record-feature'
import { registerSessionFeature } from './session-routes'
import type { SessionFeatureOptions } from './session-routes'
import { registerStaticFiles, sendAppShell, wantsAppShell } from './static-files'
import type { Storage } from './storage'

export interface AppOptions {
  storage: Storage
  /** Words → SceneSpec, safety screen included. Injected so tests can hand in a fake. */
  interpret: (text: string) => SceneSpec
  /** Folder with the vite build (index.html, assets/). Without it only the API is served. */
  staticDir?: string
  /** When set, every /api route needs it in `x-stillroom-key` or `?key=`; otherwise 401. */
  accessKey?: string
  /**
   * Per-address limits on /api; `false` turns them off (benchmarks that seed many artworks).
   * @default { create: { perMinute: 30 }, read: { perMinute: 300 } }
   */
  rateLimit?: RateLimitOptions | false
  /** HTTPS key and certificate (PEM). Without them the server speaks plain HTTP. */
  https?: { key: string | Buffer; cert: string | Buffer }
  /**
   * Send HSTS: only with the clinic's own certificate. A self-signed one may be regenerated, and a browser that
   * remembered HSTS would then refuse the new one with no way to click through.
   */
  hsts?: boolean
  /**
   * Host names (and addresses) accepted in the Host header besides localhost, 127.0.0.1 and [::1]; anything else
   * is refused, so a web page on a rebound DNS name cannot talk to this server from a browser on the LAN.
   */
  allowedHosts?: readonly string[]
  /** @default () => new Date() */
  now?: Clock
  /** @default 16 random url-safe characters */
  createId?: () => string
  /** Reported by /api/health. @default '0.0.0' */
  version?: string
  /** Fastify logger settings. @default false */
  logger?: boolean | { level?: string; stream?: { write(line: string): void } }
  /** @default 16 KiB — room for 2,000 characters even when every one is JSON-escaped. */
  bodyLimit?: number
  /** Accounts, live sessions and the session socket; on whenever the storage has `sessions`. */
  session?: SessionFeatureOptions
  /** Cloud AI settings, parsed by main.ts; needs the session feature for consent and login. */
  ai?: AiConfig
  /**
   * The data folder (AI pictures, cached audio live under it per client). Without it a client archive carries
   * no files and an erasure removes rows only.
   */
  dataDir?: string
  /** Erase client records whose last session ended more than N months ago; 0/undefined: never. */
  retentionMonths?: number
  /**
   * The clinic's crisis text for a client alone whose words were raised for risk.
   * @default the data folder's crisis/<lang>.txt, else the safe default text
   */
  crisisText?: CrisisTextSource
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const now = options.now ?? Date.now
  const createId = options.createId ?? (() => crypto.randomBytes(12).toString('base64url'))
  const bodyLimit = options.bodyLimit ?? 16 * 1024

  const fastifyOptions: FastifyServerOptions & { https?: AppOptions['https'] } = {
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
  const allowedOrigins = new Set(options.session?.allowedOrigins ?? [])
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

  const crisisText =
    options.crisisText ??
    createCrisisTexts({ dataDir: options.dataDir, warn: (message) => app.log.warn(message) })
  registerCrisisRoute(app, crisisText)
  registerApiRoutes(app, {
    storage: options.storage,
    interpret: options.interpret,
    now,
    createId,
    version: options.version ?? '0.0.0',
    crisisText,
  })
  if (options.storage.sessions) {
    const feature = registerSessionFeature(app, {
      ...options.session,
      store: options.storage.sessions,
      interpret: options.interpret,
      now,
      createId,
      secureCookies: Boolean(options.https),
      audit: options.storage.audit,
      accessKey: options.accessKey,
      hostAllowed,
    })
    registerTimelineRoutes(app, {
      store: options.storage.sessions,
      hub: feature.hub,
      accounts: feature.accounts,
    })
    registerRecordFeature(app, {
      storage: options.storage,
      hub: feature.hub,
      accounts: feature.accounts,
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.retentionMonths ? { retentionMonths: options.retentionMonths } : {}),
      now,
    })
    if (options.ai && options.storage.ai) {
      registerAiFeature(app, {
        config: options.ai,
        store: options.storage.ai,
        sessions: options.storage.sessions,
        accounts: feature.accounts,
        now,
        audit: options.storage.audit,
        // AI pictures and moderation follow the live sessions; pictures need the data folder.
        session: feature,
        dataDir: options.dataDir,
      })
      // Speech in and voice out for the paired headset, behind the shared device-token guard.
      registerSpeechRoutes(app, {
        provider: app.ai!,
        store: options.storage.ai,
        deviceSession: createDeviceSessionGuard({ store: options.storage.sessions, hub: feature.hub }),
        now,
        raiseRisk: async (state, words, screen) => {
          const command = riskCommand({ now, createId }, words, 'client', 'speech', screen)
          const result = await feature.hub.submitServer(state.id, command)
          if (!result.ok) throw new HttpError(409, 'session_closed', result.message)
        },
      })
    }
  }
  if (options.staticDir) await registerStaticFiles(app, options.staticDir)
  // Loads the plugins queued above now, so a route without an access class fails here, not at the first request.
  await app.after()
  return app
}

/** Logs never carry the access key or the client's words (fastify does not log bodies). */
function loggerOptions(logger: AppOptions['logger']): FastifyServerOptions['logger'] {
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
