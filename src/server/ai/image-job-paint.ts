import type { AiResult } from '../../shared/privacy/ai-contract'
import type { Command } from '../../shared/session/commands'
import type { ArtworkVersion, SessionState } from '../../shared/session/state'
import type { SceneSpec } from '../../shared/spec'
import type { SubmitResult } from '../relay/session-hub'
import type { ImageFiles } from './image-files'
import { DISCARD_NOTICE, abortedNews, imageNews, type AbortWhy, type ImageJob } from './image-job-news'
import { fileShown, paintPlan } from './image-job-plan'
import type { AiCallContext, AiImage, AiProvider } from './provider'
import type { SpecRefiner } from './spec-refiner'

// One image job's turn: check it is still wanted, reserve its cost, ask the provider for the picture, store it and
// commit it. Everything it touches comes in, so the jobs module owns only the order jobs run in.

export interface JobPainterDeps {
  hub: { state(sessionId: string): Promise<SessionState | undefined> }
  provider: Pick<AiProvider, 'allows' | 'refineSpec' | 'generateImage'>
  files: Pick<ImageFiles, 'write' | 'remove'> | undefined
  refiner?: Pick<SpecRefiner, 'refined'> | undefined
  /** The cost guard: a reservation answers a cap notice or nothing, and is released once the calls are done. */
  reserve(sessionId: string): Promise<string | null>
  release(sessionId: string): void
  /** Commits through the hub's queue (and logs what was refused). */
  commit(sessionId: string, command: Command): Promise<SubmitResult>
}

export function createJobPainter(deps: JobPainterDeps) {
  const { hub, provider, commit } = deps

  /** Whatever stopped the job, the news it still owes (see abortedNews). */
  async function settleAborted(job: ImageJob): Promise<void> {
    const command = abortedNews(job, job.controller.signal.reason as AbortWhy)
    if (command) await commit(job.sessionId, command)
  }

  /**
   * A richer prompt when the text model is allowed. The wall keeps the local spec (no surprise repaint), and the
   * refinement never touches safety: the provider keeps the local screen's result whatever the model says.
   * A refined version's spec is the client's or therapist's own change: the model is not asked to redo it.
   */
  async function promptSpec(job: ImageJob, ctx: AiCallContext, version: ArtworkVersion): Promise<SceneSpec> {
    const original = job.versionId === job.artworkId
    let spec = version.artwork.spec
    const answer = original ? deps.refiner?.refined(job.sessionId, job.artworkId) : undefined
    if (answer) spec = (await answer) ?? spec
    else if (original && !deps.refiner && (await provider.allows(job.clientId, 'text'))) {
      const refined = await provider.refineSpec(ctx, { words: version.artwork.text, spec })
      if (refined.ok) spec = refined.value
    }
    return spec
  }

  /** The provider's calls under one cost reservation; undefined when a cap said no (and was committed). */
  async function askPicture(job: ImageJob, version: ArtworkVersion): Promise<AiResult<AiImage> | undefined> {
    const { sessionId, clientId, controller } = job
    const capped = await deps.reserve(sessionId)
    if (capped) {
      await commit(sessionId, imageNews(job, { state: 'capped', notice: capped }))
      return undefined
    }
    const ctx = { clientId, sessionId, signal: controller.signal }
    try {
      const spec = await promptSpec(job, ctx, version)
      return await provider.generateImage(ctx, { words: version.artwork.text, spec })
    } finally {
      deps.release(sessionId)
    }
  }

  /** Stores the picture under the version's id and commits it; a file nobody will see is removed again. */
  async function store(
    job: ImageJob,
    files: NonNullable<JobPainterDeps['files']>,
    picture: AiImage,
  ): Promise<void> {
    const { sessionId, clientId, artworkId, versionId, controller } = job
    // Named by the version: each version's picture is its own file, so picking versions keeps them apart.
    const file = await files.write(clientId, versionId, picture.data, picture.mime)
    if (controller.signal.aborted) {
      await files.remove(clientId, file)
      return settleAborted(job)
    }
    const ready = await commit(sessionId, imageNews(job, { state: 'ready', file }))
    const after = ready.ok ? await hub.state(sessionId) : undefined
    if (!fileShown(after, artworkId, versionId, file)) await files.remove(clientId, file)
  }

  /** Paints one job. A throw (a picture that could not be stored) is the caller's to report on the console. */
  return async function paint(job: ImageJob): Promise<void> {
    const { sessionId, controller } = job
    if (controller.signal.aborted) return settleAborted(job)
    const plan = paintPlan(await hub.state(sessionId), job.artworkId, job.versionId)
    if (plan.do === 'skip') return
    if (plan.do === 'set-aside') {
      await commit(sessionId, imageNews(job, { state: 'cancelled', notice: DISCARD_NOTICE }))
      return
    }
    const result = await askPicture(job, plan.version)
    if (!result) return
    if (controller.signal.aborted) return settleAborted(job)
    if (!result.ok) {
      await commit(sessionId, imageNews(job, { state: 'failed', notice: result.notice }))
      return
    }
    // Only queued when a picture store exists (the jobs module's gate), so it is there.
    await store(job, deps.files!, result.value)
  }
}
