import type { Clock } from '../../shared/clock'
import type { ImageCap } from '../../shared/privacy/ai-contract'
import type { Command } from '../../shared/session/commands'
import type { SessionState } from '../../shared/session/state'
import type { SessionHubHooks, SubmitResult } from '../relay/session-hub'
import type { AiStore } from '../storage/ai-store'
import type { AiConfig } from './config'
import { createCostGuard } from './cost-guard'
import type { ImageFiles } from './image-files'
import { STORE_FAILED_NOTICE, imageNews, jobKey, type AbortWhy, type ImageJob } from './image-job-news'
import { createJobPainter } from './image-job-paint'
import { interruptedPictures, jobActions } from './image-job-plan'
import { createSessionChains, createSlots, createTracker } from './image-job-queue'
import type { AiProvider } from './provider'
import type { SpecRefiner } from './spec-refiner'

// The AI picture of an artwork, made in the background. The procedural painting is on the wall at once; a
// job asks the provider for a picture and only ever talks to the session through the hub's queue, so a slow network
// call never delays anything the therapist or the client does. Jobs of one session run one at a time, and at most
// `maxParallel` run server-wide. A refined version gets its own picture, stored under the version's id and
// committed to that version; an artwork has at most one job, and the newest request for it supersedes an older one.
//
// This module keeps the jobs and their order; what a command means for the pictures is `image-job-plan.ts`, the
// order primitives are `image-job-queue.ts`, one job's turn is `image-job-paint.ts` and its news `image-job-news.ts`.

export { RESTART_NOTICE, SUPERSEDED_NOTICE } from './image-job-news'

export interface ImageJobsDeps {
  /** The session authority: state to read, a queue to commit through. */
  hub: {
    state(sessionId: string): Promise<SessionState | undefined>
    submitServer(sessionId: string, command: Command): Promise<SubmitResult>
  }
  provider: AiProvider
  store: AiStore
  config: AiConfig
  /** Where pictures are stored; without it no picture is asked for (restarted jobs are still settled). */
  files: ImageFiles | undefined
  now: Clock
  log: (message: string, fields?: Record<string, unknown>) => void
  /** @default 2 */
  maxParallel?: number
  /** The background spec refinement: when given, the picture uses its answer instead of asking the model again. */
  refiner?: Pick<SpecRefiner, 'refined'> | undefined
}

export interface ImageJobs extends Required<Pick<SessionHubHooks, 'onApplied' | 'onLoaded'>> {
  /** The cost guard's counts for the console (started calls, in flight included). */
  caps(sessionId: string): Promise<{ session: ImageCap; day: ImageCap }>
  /** Resolves when no job is queued or running (tests, shutdown). */
  idle(): Promise<void>
  /** Aborts every job without committing anything: a restart settles their pictures as interrupted. */
  close(): Promise<void>
}

export function createImageJobs(deps: ImageJobsDeps): ImageJobs {
  const { hub } = deps
  const guard = createCostGuard({ store: deps.store, caps: deps.config.imageCaps, now: deps.now })
  const slots = createSlots(Math.max(1, deps.maxParallel ?? 2))
  const chains = createSessionChains()
  const { track, idle } = createTracker()
  /** The running or queued job of each artwork (`session/artwork`). */
  const jobs = new Map<string, ImageJob>()
  /** The newest request of each artwork: an older start that is still checking the gate gives way to it. */
  const latest = new Map<string, object>()
  let closed = false

  const commit = async (sessionId: string, command: Command) => {
    const r = await hub.submitServer(sessionId, command)
    if (!r.ok) deps.log('image job: not committed', { type: command.type, code: r.code })
    return r
  }
  const paint = createJobPainter({ ...deps, reserve: guard.reserve, release: guard.release, commit })

  const abort = (sessionId: string, artworkId: string, why: AbortWhy) => {
    jobs.get(jobKey(sessionId, artworkId))?.controller.abort(why)
  }

  /** Asked for when an artwork or a version arrives: the gate, the cost guard, then `painting` and the queue. */
  async function start(request: Omit<ImageJob, 'controller'>): Promise<void> {
    const key = jobKey(request.sessionId, request.artworkId)
    const ticket = {}
    latest.set(key, ticket)
    try {
      await gateAndQueue(key, ticket, request)
    } finally {
      if (latest.get(key) === ticket) latest.delete(key)
    }
  }

  async function gateAndQueue(
    key: string,
    ticket: object,
    request: Omit<ImageJob, 'controller'>,
  ): Promise<void> {
    const { sessionId, clientId } = request
    const stale = () => latest.get(key) !== ticket
    if (closed || !deps.files || !(await deps.provider.allows(clientId, 'images')) || stale()) return
    const capped = await guard.capNotice(sessionId)
    if (stale()) return
    if (capped) {
      await commit(sessionId, imageNews(request, { state: 'capped', notice: capped }))
      return
    }
    // The newer request wins: the older job stops, and its version keeps its painting (and says so on the console).
    jobs.get(key)?.controller.abort('superseded')
    const job: ImageJob = { ...request, controller: new AbortController() }
    jobs.set(key, job)
    const painting = await commit(sessionId, imageNews(job, { state: 'painting' }))
    if (!painting.ok) {
      if (jobs.get(key) === job) jobs.delete(key)
      return
    }
    await chains.enqueue(sessionId, () => run(job))
  }

  async function run(job: ImageJob): Promise<void> {
    await slots.acquire()
    try {
      await paint(job)
    } catch (err) {
      deps.log('image job failed', { error: err instanceof Error ? err.name : 'error' })
      await commit(job.sessionId, imageNews(job, { state: 'failed', notice: STORE_FAILED_NOTICE })).catch(
        () => undefined,
      )
    } finally {
      slots.release()
      const key = jobKey(job.sessionId, job.artworkId)
      if (jobs.get(key) === job) jobs.delete(key)
    }
  }

  const request = (state: SessionState, artworkId: string, versionId: string) =>
    track(
      start({ sessionId: state.id, clientId: state.clientId, artworkId, versionId }).catch((err: unknown) =>
        deps.log('image job could not start', { error: err instanceof Error ? err.name : 'error' }),
      ),
    )

  return {
    onApplied(before, after, command) {
      for (const action of jobActions(before, after, command)) {
        if (action.do === 'request') request(after, action.artworkId, action.versionId)
        else if (action.do === 'abort') abort(after.id, action.artworkId, action.why)
        else for (const job of jobs.values()) if (job.sessionId === after.id) job.controller.abort('ended')
      }
    },

    onLoaded(state) {
      const hasJob = (artworkId: string) => jobs.has(jobKey(state.id, artworkId))
      for (const command of interruptedPictures(state, hasJob))
        track(commit(state.id, command).then(() => undefined))
    },

    caps: guard.caps,

    idle,

    async close() {
      closed = true
      for (const job of jobs.values()) job.controller.abort('shutdown')
      await idle()
    },
  }
}
