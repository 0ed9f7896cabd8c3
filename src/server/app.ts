import type { Clock } from '../shared/clock'
import crypto from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { AppOptions } from './app-options'
import { createAccounts } from './auth/accounts'
import type { AiConfig } from './ai/config'
import { createImageFiles } from './ai/image-files'
import { createImageJobs } from './ai/image-jobs'
import { createModerationScreen } from './ai/moderation-screen'
import { createAiProvider } from './ai/provider'
import type { AiProvider } from './ai/provider'
import { registerAiRoutes } from './ai/routes'
import { attachSessionAi } from './ai/session-ai'
import { registerSessionAiRoutes } from './ai/session-ai-routes'
import { registerSoloSpeechRoutes } from './ai/solo-speech-routes'
import { registerSpeechRoutes } from './ai/speech-routes'
import { createSpecRefiner } from './ai/spec-refiner'
import { registerApiRoutes } from './api-routes'
import { registerAuditRoutes } from './audit-routes'
import { registerAuthRoutes } from './auth-routes'
import { createCrisisTexts, registerCrisisRoute } from './crisis-text'
import { createDeviceSessionGuard } from './device-session'
import type { DeviceSessionGuard } from './device-session'
import { HttpError } from './errors'
import { createHttpShell } from './http-shell'
import { createPairingCodes, registerPairingRoutes } from './pairing-routes'
import { PREFS_SAVE_GRACE_MS, registerPrefsRoutes } from './prefs-routes'
import { registerRecordFeature } from './record/record-feature'
import { createRecordService } from './record/record-service'
import { registerTimelineRoutes } from './record/timeline-routes'
import { riskCommand } from './relay/hub-artwork'
import { createLocalRelay } from './relay/relay'
import { SessionHub } from './relay/session-hub'
import { attachSessionSockets } from './relay/socket-server'
import type { SessionFeature } from './session-feature'
import { createSessionGuards } from './session-guards'
import { registerSessionRecordRoutes } from './session-record-routes'
import { registerSessionRoutes } from './session-routes'
import { registerStaticFiles } from './static-files'
import type { AiStore } from './storage/ai-store'
import type { SessionStore } from './storage/session-store'

// The server's object graph is built here and nowhere else: main.ts opens the storage and reads the settings, this
// module builds the hub, the accounts, the sockets, the record service and the AI runtime from them and hands each
// feature what it needs. Feature modules only receive; test/unit/composition-root.test.ts keeps it that way.

declare module 'fastify' {
  interface FastifyInstance {
    /** The AI provider, for tests that check what it allows. */
    ai?: AiProvider
  }
}

export type { AppOptions } from './app-options'

/** What every part of the composition below shares. */
interface Wiring {
  app: FastifyInstance
  options: AppOptions
  sessions: SessionStore
  now: Clock
  createId: () => string
  log: (message: string, err?: unknown) => void
}

/** The live-session pieces the later features are built on. */
interface SessionParts extends SessionFeature {
  /** The one headset guard: the device token of a live session. */
  deviceSession: DeviceSessionGuard
}

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const now = options.now ?? Date.now
  const createId = options.createId ?? (() => crypto.randomBytes(12).toString('base64url'))
  const { app, hostAllowed } = createHttpShell({
    https: options.https,
    hsts: options.hsts,
    accessKey: options.accessKey,
    rateLimit: options.rateLimit,
    allowedHosts: options.allowedHosts,
    allowedOrigins: options.session?.allowedOrigins,
    staticDir: options.staticDir,
    logger: options.logger,
    bodyLimit: options.bodyLimit ?? 16 * 1024,
    now,
  })
  const { storage } = options
  const crisisText =
    options.crisisText ??
    createCrisisTexts({ dataDir: options.dataDir, warn: (message) => app.log.warn(message) })
  registerCrisisRoute(app, crisisText)
  registerApiRoutes(app, {
    storage,
    interpret: options.interpret,
    now,
    createId,
    version: options.version ?? '0.0.0',
    crisisText,
  })
  if (storage.sessions) {
    const log = (message: string, err?: unknown) => app.log.warn({ err }, message)
    const wiring: Wiring = { app, options, sessions: storage.sessions, now, createId, log }
    const session = composeSessions(wiring, hostAllowed)
    registerTimelineRoutes(app, { store: storage.sessions, hub: session.hub, accounts: session.accounts })
    composeRecord(wiring, session)
    if (options.ai && storage.ai) composeAi(wiring, session, options.ai, storage.ai)
  }
  if (options.staticDir) await registerStaticFiles(app, options.staticDir)
  // Loads the plugins queued above now, so a route without an access class fails here, not at the first request.
  await app.after()
  return app
}

/** Accounts, the hub, the session socket, and the routes for signing in, clients, sessions and pairing. */
function composeSessions(w: Wiring, hostAllowed: (header: string | undefined) => boolean): SessionParts {
  const { app, options, sessions: store, now, createId, log } = w
  const settings = options.session ?? {}
  const audit = options.storage.audit
  const accounts = createAccounts(store, {
    now,
    createId,
    ...(settings.scrypt ? { scrypt: settings.scrypt } : {}),
  })
  const relay = settings.relay ?? createLocalRelay((err) => log('relay listener failed', err))
  const hub = new SessionHub({ store, relay, interpret: options.interpret, now, createId, log, audit })
  const sockets = attachSessionSockets(app.server, {
    hub,
    accounts,
    store,
    now,
    log,
    hostAllowed,
    ...(settings.allowedOrigins ? { allowedOrigins: settings.allowedOrigins } : {}),
    ...(options.accessKey ? { accessKey: options.accessKey } : {}),
    ...(settings.socketLimits ? { limits: settings.socketLimits } : {}),
    ...(settings.helloTimeoutMs ? { helloTimeoutMs: settings.helloTimeoutMs } : {}),
    ...(settings.authRecheckMs ? { authRecheckMs: settings.authRecheckMs } : {}),
  })
  // preClose: the upgraded sockets still count as connections of the HTTP server, whose close would wait for them.
  app.addHook('preClose', async () => {
    await sockets.close()
    await hub.drain()
  })
  const guards = createSessionGuards({ accounts, hub })
  const deviceSession = createDeviceSessionGuard({ store, hub }, { now })
  const codes = createPairingCodes({ store, now, draw: settings.pairingCode })

  registerAuthRoutes(app, {
    accounts,
    store,
    sockets,
    guards,
    secureCookies: Boolean(options.https),
    audit,
    log,
  })
  registerSessionRoutes(app, { store, hub, guards, pairing: codes, now, createId })
  registerPairingRoutes(app, {
    store,
    hub,
    sockets,
    guards,
    codes,
    now,
    pairAttemptsPerMinute: settings.pairAttemptsPerMinute,
    pairMissesPerMinute: settings.pairMissesPerMinute,
  })
  registerSessionRecordRoutes(app, { hub, guards })
  registerPrefsRoutes(app, {
    store,
    hub,
    guards,
    deviceSession,
    // A change made just before the end is flushed as the session ends: take it for a short while after.
    deviceSessionForSave: createDeviceSessionGuard(
      { store, hub },
      { graceAfterEndMs: PREFS_SAVE_GRACE_MS, now },
    ),
    log,
  })
  if (audit) registerAuditRoutes(app, { audit, accounts })
  return { hub, accounts, guards, deviceSession }
}

/** Export, import, erasure and retention; the service ends and forgets live sessions through the hub. */
function composeRecord(w: Wiring, session: SessionParts): void {
  const { app, options, now } = w
  const { storage, dataDir } = options
  if (!storage.record) return
  const { hub } = session
  const service = createRecordService({
    record: storage.record,
    ...(storage.audit ? { audit: storage.audit } : {}),
    ...(dataDir ? { dataDir } : {}),
    now,
    warn: (message) => app.log.warn(message),
    endSession: async (sessionId) => {
      const state = await hub.state(sessionId)
      if (!state || state.phase === 'ended') return
      // Through the one reducer: the headset hears "ended" and its token is revoked before the rows go.
      const result = await hub.submitServer(sessionId, { type: 'end' })
      // Never erase under a session that is still live in memory: it would write its state back as a ghost.
      if (!result.ok) throw new Error(`record: session could not be ended before erasure (${result.message})`)
    },
    forgetSessions: (ids) => hub.forget(ids),
  })
  registerRecordFeature(app, {
    storage,
    service,
    accounts: session.accounts,
    ...(dataDir ? { dataDir } : {}),
    ...(options.retentionMonths ? { retentionMonths: options.retentionMonths } : {}),
    now,
  })
}

/**
 * The AI runtime: the provider (which in local mode never creates a network client), the spec refiner, the picture
 * jobs and cloud moderation hooked into the hub, and the routes for status, consent, pictures and speech.
 */
function composeAi(w: Wiring, session: SessionParts, config: AiConfig, store: AiStore): void {
  const { app, options, sessions, now, createId } = w
  const { hub, guards, deviceSession } = session
  const { dataDir } = options
  const log = (message: string, fields?: Record<string, unknown>) => app.log.warn(fields ?? {}, message)
  const provider = createAiProvider({ config, store, now, log, dataDir })
  app.decorate('ai', provider)
  // Pictures are stored under `<dataDir>/images/`; without a data folder no AI picture is asked for.
  const files = dataDir ? createImageFiles(dataDir) : undefined
  const refiner = createSpecRefiner({ hub, provider, log })
  const jobs = createImageJobs({ refiner, hub, provider, store, config, files, now, log })
  // Local mode or moderation switched off: no screen at all, so the words take the usual, fully local path.
  const screen =
    config.mode !== 'local' && config.enabled.has('moderation')
      ? createModerationScreen({ provider, deadlineMs: config.moderationDeadlineMs })
      : undefined
  attachSessionAi(app, { hub, sessions, refiner, jobs, screen })

  registerAiRoutes(app, { provider, store, sessions, guards, now, audit: options.storage.audit })
  registerSessionAiRoutes(app, {
    provider,
    store,
    jobs,
    files,
    guards,
    deviceSession,
    readSession: async (id) => hub.current(id) ?? (await sessions.getSession(id))?.state,
  })
  // Speech in and voice out for the paired headset, behind the shared device-token guard.
  registerSpeechRoutes(app, {
    provider,
    store,
    deviceSession,
    now,
    raiseRisk: async (state, words, screened) => {
      const command = riskCommand({ now, createId }, words, 'client', 'speech', screened)
      const result = await hub.submitServer(state.id, command)
      if (!result.ok) throw new HttpError(409, 'session_closed', result.message)
    },
  })
  // A headset used alone may speak only to the clinic's own server, once its wearer agreed on it.
  registerSoloSpeechRoutes(app, { provider, store, now, audit: options.storage.audit })
}
