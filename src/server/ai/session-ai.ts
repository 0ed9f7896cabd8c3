import type { FastifyInstance } from 'fastify'
import { paintingVersions } from '../../shared/refine/session-versions'
import type { SessionHub, SessionHubHooks } from '../relay/session-hub'
import type { SessionStore } from '../storage/session-store'
import type { ImageJobs } from './image-jobs'
import type { SpecRefiner } from './spec-refiner'

export interface SessionAiDeps {
  hub: Pick<SessionHub, 'extend' | 'state'>
  sessions: Pick<SessionStore, 'listSessions'>
  refiner: SpecRefiner
  jobs: ImageJobs
  /** Cloud moderation, when it is on; without it the words take the usual, fully local path. */
  screen?: SessionHubHooks | undefined
}

/**
 * AI in the live sessions: the spec refiner, the picture jobs and moderation hooked into the session hub in the
 * order they must run, a sweep of pictures a restart interrupted, and a clean stop on shutdown.
 */
export function attachSessionAi(app: FastifyInstance, deps: SessionAiDeps): void {
  const { hub, refiner, jobs } = deps
  // Before the picture jobs, so a picture started by the same artwork finds the refinement's answer.
  hub.extend({ onApplied: refiner.onApplied })
  hub.extend({ onApplied: jobs.onApplied, onLoaded: jobs.onLoaded })
  if (deps.screen) hub.extend(deps.screen)

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
}
