import type { Clock } from '../../shared/clock'
import type { FastifyInstance } from 'fastify'
import { createDeviceSessionGuard } from '../device-session'
import type { SessionFeature } from '../session-feature'
import type { AiStore } from '../storage/ai-store'
import type { SessionStore } from '../storage/session-store'
import type { AiConfig } from './config'
import { createImageFiles } from './image-files'
import { paintingVersions } from '../../shared/refine/session-versions'
import { createImageJobs } from './image-jobs'
import type { ImageJobs } from './image-jobs'
import { createModerationScreen } from './moderation-screen'
import type { AiProvider } from './provider'
import { registerSessionAiRoutes } from './session-ai-routes'
import { createSpecRefiner } from './spec-refiner'

export interface SessionAiDeps {
  config: AiConfig
  provider: AiProvider
  store: AiStore
  sessions: SessionStore
  session: SessionFeature
  /** Pictures are stored under `<dataDir>/images/`; without a data folder no AI picture is asked for. */
  dataDir?: string | undefined
  now: Clock
}

/**
 * AI in the live sessions: picture jobs and moderation hooked into the session hub, the picture and AI-panel
 * routes, a sweep of pictures a restart interrupted, and a clean stop on shutdown.
 */
export function attachSessionAi(app: FastifyInstance, deps: SessionAiDeps): ImageJobs {
  const { hub } = deps.session
  const files = deps.dataDir ? createImageFiles(deps.dataDir) : undefined
  const log = (message: string, fields?: Record<string, unknown>) => app.log.warn(fields ?? {}, message)
  // Registered before the picture jobs, so a picture started by the same artwork finds the refinement's answer.
  const refiner = createSpecRefiner({ hub, provider: deps.provider, log })
  hub.extend({ onApplied: refiner.onApplied })
  const jobs = createImageJobs({
    refiner,
    hub,
    provider: deps.provider,
    store: deps.store,
    config: deps.config,
    files,
    now: deps.now,
    log,
  })
  hub.extend({ onApplied: jobs.onApplied, onLoaded: jobs.onLoaded })
  // Local mode or moderation switched off: no screen at all, so the words take the usual, fully local path.
  if (deps.config.mode === 'cloud' && deps.config.enabled.has('moderation')) {
    hub.extend(
      createModerationScreen({ provider: deps.provider, deadlineMs: deps.config.moderationDeadlineMs }),
    )
  }
  registerSessionAiRoutes(app, {
    provider: deps.provider,
    store: deps.store,
    jobs,
    files,
    guards: deps.session.guards,
    deviceSession: createDeviceSessionGuard({ store: deps.sessions, hub }),
    readSession: async (id) => hub.current(id) ?? (await deps.sessions.getSession(id))?.state,
  })

  app.addHook('onReady', async () => {
    // Pictures left `painting` by a restart: loading their session lets the jobs settle them as interrupted.
    const active = await deps.sessions.listSessions({ activeOnly: true })
    for (const record of active) {
      if (record.state.artworks.some((e) => paintingVersions(e).length > 0)) await hub.state(record.id)
    }
    await jobs.idle()
  })
  app.addHook('preClose', async () => {
    await Promise.all([jobs.close(), refiner.close()])
  })
  return jobs
}
