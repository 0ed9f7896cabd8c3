import type { Clock } from '../../shared/clock'
import type { ImageCap } from '../../shared/privacy/ai-contract'
import type { Command } from '../../shared/session/commands'
import { entryVersions, paintingVersions, versionImage } from '../../shared/refine/session-versions'
import { findEntry } from '../../shared/session/reducer'
import type { SessionState } from '../../shared/session/state'
import type { SessionHubHooks, SubmitResult } from '../relay/session-hub'
import type { AiStore } from '../storage/ai-store'
import type { AiConfig } from './config'
import type { ImageFiles } from './image-files'
import { createCostGuard } from './cost-guard'
import type { AiProvider } from './provider'
import type { SpecRefiner } from './spec-refiner'

// The AI picture of an artwork, made in the background. The procedural painting is on the wall at once; a
// job asks the provider for a picture and only ever talks to the session through the hub's queue, so a slow network
// call never delays anything the therapist or the client does. Jobs of one session run one at a time, and at most
// `maxParallel` run server-wide. A refined version gets its own picture, stored under the version's id and
// committed to that version; an artwork has at most one job, and the newest request for it supersedes an older one.

export const RESTART_NOTICE = 'Interrupted by a restart; the painting stays.'
const DISCARD_NOTICE = 'The words were set aside; no picture is made.'
export const SUPERSEDED_NOTICE = 'A newer version is being pictured; this one keeps its painting.'

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

type AbortWhy = 'cancel' | 'discard' | 'gone' | 'ended' | 'shutdown' | 'superseded'

interface Job {
  sessionId: string
  clientId: string
  artworkId: string
  /** The version the picture is for: the artwork's own id for the original. */
  versionId: string
  controller: AbortController
}

type ImageNews = Omit<Extract<Command, { type: 'artwork-image' }>, 'type' | 'artworkId' | 'versionId'>

/** The picture's news for one version; the original's keeps the command's old shape (no versionId). */
const news = (job: Pick<Job, 'artworkId' | 'versionId'>, rest: ImageNews): Command => ({
  type: 'artwork-image',
  artworkId: job.artworkId,
  ...(job.versionId !== job.artworkId ? { versionId: job.versionId } : {}),
  ...rest,
})

const keyOf = (sessionId: string, artworkId: string) => `${sessionId}/${artworkId}`

export function createImageJobs(deps: ImageJobsDeps): ImageJobs {
  const { config, provider, hub } = deps
  const guard = createCostGuard({ store: deps.store, caps: config.imageCaps, now: deps.now })
  const { capNotice, reserve, release } = guard
  const maxParallel = Math.max(1, deps.maxParallel ?? 2)
  /** The running or queued job of each artwork (`session/artwork`). */
  const jobs = new Map<string, Job>()
  /** The newest request of each artwork: an older start that is still checking the gate gives way to it. */
  const latest = new Map<string, object>()
  /** Each session's chain: its jobs run one after another. */
  const chains = new Map<string, Promise<void>>()
  let running = 0
  const waiting: (() => void)[] = []
  const all = new Set<Promise<void>>()
  let closed = false

  const track = (p: Promise<void>) => {
    all.add(p)
    void p.finally(() => all.delete(p))
  }

  const commit = async (sessionId: string, command: Command) => {
    const r = await hub.submitServer(sessionId, command)
    if (!r.ok) deps.log('image job: not committed', { type: command.type, code: r.code })
    return r
  }

  const slot = async () => {
    if (running < maxParallel) {
      running++
      return
    }
    await new Promise<void>((resolve) => waiting.push(resolve))
  }
  const freeSlot = () => {
    const next = waiting.shift()
    if (next) next()
    else running--
  }

  const abort = (sessionId: string, artworkId: string, why: AbortWhy) => {
    jobs.get(keyOf(sessionId, artworkId))?.controller.abort(why)
  }

  /** Asked for when an artwork or a version arrives: the gate, the cost guard, then `painting` and the queue. */
  async function start(
    sessionId: string,
    clientId: string,
    artworkId: string,
    versionId: string,
  ): Promise<void> {
    const key = keyOf(sessionId, artworkId)
    const ticket = {}
    latest.set(key, ticket)
    try {
      await gateAndQueue(key, ticket, { sessionId, clientId, artworkId, versionId })
    } finally {
      if (latest.get(key) === ticket) latest.delete(key)
    }
  }

  async function gateAndQueue(key: string, ticket: object, request: Omit<Job, 'controller'>): Promise<void> {
    const { sessionId, clientId } = request
    const stale = () => latest.get(key) !== ticket
    if (closed || !deps.files || !(await provider.allows(clientId, 'images')) || stale()) return
    const capped = await capNotice(sessionId)
    if (stale()) return
    if (capped) {
      await commit(sessionId, news(request, { state: 'capped', notice: capped }))
      return
    }
    // The newer request wins: the older job stops, and its version keeps its painting (and says so on the console).
    jobs.get(key)?.controller.abort('superseded')
    const job: Job = { ...request, controller: new AbortController() }
    jobs.set(key, job)
    const painting = await commit(sessionId, news(job, { state: 'painting' }))
    if (!painting.ok) {
      if (jobs.get(key) === job) jobs.delete(key)
      return
    }
    const previous = chains.get(sessionId) ?? Promise.resolve()
    const mine = previous.then(() => run(job))
    const tail = mine.catch(() => undefined)
    chains.set(sessionId, tail)
    void tail.then(() => {
      if (chains.get(sessionId) === tail) chains.delete(sessionId)
    })
    await mine
  }

  async function run(job: Job): Promise<void> {
    await slot()
    try {
      await paint(job)
    } catch (err) {
      deps.log('image job failed', { error: err instanceof Error ? err.name : 'error' })
      await commit(
        job.sessionId,
        news(job, { state: 'failed', notice: 'The picture could not be stored; the painting stays.' }),
      ).catch(() => undefined)
    } finally {
      freeSlot()
      const key = keyOf(job.sessionId, job.artworkId)
      if (jobs.get(key) === job) jobs.delete(key)
    }
  }

  async function paint(job: Job): Promise<void> {
    const { sessionId, clientId, artworkId, versionId, controller } = job
    const signal = controller.signal
    if (signal.aborted) return settleAborted(job)
    const state = await hub.state(sessionId)
    const entry = state ? findEntry(state, artworkId) : undefined
    // The version's own words and spec: the original's, or the refined version's (its prompt is built from them).
    const version = entry ? entryVersions(entry).find((v) => v.id === versionId) : undefined
    if (!state || !entry || !version || versionImage(entry, versionId)?.state !== 'painting') return
    // Set aside before its job was registered (a race at the very start): settle it rather than leave it painting.
    if (entry.state !== 'pending' && entry.state !== 'approved') {
      await commit(sessionId, news(job, { state: 'cancelled', notice: DISCARD_NOTICE }))
      return
    }

    const capped = await reserve(sessionId)
    if (capped) {
      await commit(sessionId, news(job, { state: 'capped', notice: capped }))
      return
    }
    const ctx = { clientId, sessionId, signal }
    const original = versionId === artworkId
    const words = version.artwork.text
    let result: Awaited<ReturnType<AiProvider['generateImage']>>
    try {
      // A richer prompt when the text model is allowed. The wall keeps the local spec (no surprise repaint), and the
      // refinement never touches safety: the provider keeps the local screen's result whatever the model says.
      // A refined version's spec is the client's or therapist's own change: the model is not asked to redo it.
      let spec = version.artwork.spec
      const answer = original ? deps.refiner?.refined(sessionId, artworkId) : undefined
      if (answer) spec = (await answer) ?? spec
      else if (original && !deps.refiner && (await provider.allows(clientId, 'text'))) {
        const refined = await provider.refineSpec(ctx, { words, spec })
        if (refined.ok) spec = refined.value
      }
      result = await provider.generateImage(ctx, { words, spec })
    } finally {
      release(sessionId)
    }
    if (signal.aborted) return settleAborted(job)
    if (!result.ok) {
      await commit(sessionId, news(job, { state: 'failed', notice: result.notice }))
      return
    }
    const files = deps.files!
    // Named by the version: each version's picture is its own file, so picking versions keeps them apart.
    const file = await files.write(clientId, versionId, result.value.data, result.value.mime)
    if (signal.aborted) {
      await files.remove(clientId, file)
      return settleAborted(job)
    }
    const ready = await commit(sessionId, news(job, { state: 'ready', file }))
    // A cancel (or the end) that won the race in the queue keeps its word: no file stays that nobody will see.
    const after = ready.ok ? await hub.state(sessionId) : undefined
    const entryAfter = after ? findEntry(after, artworkId) : undefined
    const shown = entryAfter ? versionImage(entryAfter, versionId) : undefined
    if (shown?.state !== 'ready' || shown.file !== file) await files.remove(clientId, file)
  }

  /**
   * A discard or a newer version leaves a `painting` someone would still see: settle it. The other reasons need
   * nothing (a cancel is already settled by the reducer; a removed artwork or an ended session shows nothing more).
   */
  async function settleAborted(job: Job): Promise<void> {
    const why = job.controller.signal.reason as AbortWhy
    if (why === 'discard')
      await commit(job.sessionId, news(job, { state: 'cancelled', notice: DISCARD_NOTICE }))
    if (why === 'superseded')
      await commit(job.sessionId, news(job, { state: 'cancelled', notice: SUPERSEDED_NOTICE }))
  }

  const request = (state: SessionState, artworkId: string, versionId: string) =>
    track(
      start(state.id, state.clientId, artworkId, versionId).catch((err: unknown) =>
        deps.log('image job could not start', { error: err instanceof Error ? err.name : 'error' }),
      ),
    )

  const idle = async () => {
    while (all.size > 0) await Promise.allSettled([...all])
  }

  return {
    onApplied(before, after, command) {
      switch (command.type) {
        case 'artwork-add': {
          if (command.replaces) abort(after.id, command.replaces, 'gone')
          const entry = findEntry(after, command.artwork.id)
          if (!entry || (entry.state !== 'pending' && entry.state !== 'approved')) return
          request(after, command.artwork.id, command.artwork.id)
          return
        }
        case 'artwork-version': {
          // A new version gets its own picture when the same gate allows; held words never leave.
          const entry = findEntry(after, command.artworkId)
          if (!entry || (entry.state !== 'pending' && entry.state !== 'approved')) return
          if (command.version.state === 'held') return
          if (!entryVersions(entry).some((v) => v.id === command.version.id)) return
          request(after, command.artworkId, command.version.id)
          return
        }
        case 'cancel-image':
          return abort(after.id, command.artworkId, 'cancel')
        case 'discard':
          return abort(after.id, command.artworkId, 'discard')
        case 'remove':
          return abort(after.id, command.artworkId, 'gone')
        default:
          if (after.phase === 'ended' && before.phase !== 'ended') {
            for (const job of jobs.values()) if (job.sessionId === after.id) job.controller.abort('ended')
          }
      }
    },

    onLoaded(state) {
      if (state.phase === 'ended') return
      // Jobs live in memory: a picture still `painting` in a state read from storage lost its job to a restart.
      for (const entry of state.artworks) {
        if (jobs.has(keyOf(state.id, entry.artwork.id))) continue
        for (const versionId of paintingVersions(entry)) {
          const job = { artworkId: entry.artwork.id, versionId }
          track(
            commit(state.id, news(job, { state: 'failed', notice: RESTART_NOTICE })).then(() => undefined),
          )
        }
      }
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
