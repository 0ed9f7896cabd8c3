import type { ImageCap } from '../../shared/privacy/ai-contract'
import type { Command } from '../../shared/session/commands'
import { findEntry } from '../../shared/session/reducer'
import type { SessionState } from '../../shared/session/state'
import type { SessionHubHooks, SubmitResult } from '../relay/session-hub'
import type { AiStore } from '../storage/ai-store'
import type { AiConfig } from './config'
import type { ImageFiles } from './image-files'
import { createCostGuard } from './cost-guard'
import type { AiProvider } from './provider'
import type { SpecRefiner } from './spec-refiner'

// The AI picture of an artwork, made in the background (issue 6). The procedural painting is on the wall at once; a
// job asks the provider for a picture and only ever talks to the session through the hub's queue, so a slow network
// call never delays anything the therapist or the client does. Jobs of one session run one at a time, and at most
// `maxParallel` run server-wide.

export const RESTART_NOTICE = 'Interrupted by a restart; the painting stays.'
const DISCARD_NOTICE = 'The words were set aside; no picture is made.'

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
  now: () => number
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

type AbortWhy = 'cancel' | 'discard' | 'gone' | 'ended' | 'shutdown'

interface Job {
  sessionId: string
  clientId: string
  artworkId: string
  controller: AbortController
}

const keyOf = (sessionId: string, artworkId: string) => `${sessionId}/${artworkId}`

export function createImageJobs(deps: ImageJobsDeps): ImageJobs {
  const { config, provider, hub } = deps
  const guard = createCostGuard({ store: deps.store, caps: config.imageCaps, now: deps.now })
  const { capNotice, reserve, release } = guard
  const maxParallel = Math.max(1, deps.maxParallel ?? 2)
  const jobs = new Map<string, Job>()
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

  /** Asked for when an artwork arrives: the gate, the cost guard, then `painting` and a place in the queue. */
  async function start(sessionId: string, clientId: string, artworkId: string): Promise<void> {
    if (closed || !deps.files || !(await provider.allows(clientId, 'images'))) return
    const capped = await capNotice(sessionId)
    if (capped) {
      await commit(sessionId, { type: 'artwork-image', artworkId, state: 'capped', notice: capped })
      return
    }
    const job: Job = { sessionId, clientId, artworkId, controller: new AbortController() }
    jobs.set(keyOf(sessionId, artworkId), job)
    const painting = await commit(sessionId, { type: 'artwork-image', artworkId, state: 'painting' })
    if (!painting.ok) {
      jobs.delete(keyOf(sessionId, artworkId))
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
      await commit(job.sessionId, {
        type: 'artwork-image',
        artworkId: job.artworkId,
        state: 'failed',
        notice: 'The picture could not be stored; the painting stays.',
      }).catch(() => undefined)
    } finally {
      freeSlot()
      jobs.delete(keyOf(job.sessionId, job.artworkId))
    }
  }

  async function paint(job: Job): Promise<void> {
    const { sessionId, clientId, artworkId, controller } = job
    const signal = controller.signal
    if (signal.aborted) return settleAborted(job)
    const state = await hub.state(sessionId)
    const entry = state ? findEntry(state, artworkId) : undefined
    if (!state || !entry || entry.image?.state !== 'painting') return
    // Set aside before its job was registered (a race at the very start): settle it rather than leave it painting.
    if (entry.state !== 'pending' && entry.state !== 'approved') {
      await commit(sessionId, {
        type: 'artwork-image',
        artworkId,
        state: 'cancelled',
        notice: DISCARD_NOTICE,
      })
      return
    }

    const capped = await reserve(sessionId)
    if (capped) {
      await commit(sessionId, { type: 'artwork-image', artworkId, state: 'capped', notice: capped })
      return
    }
    const ctx = { clientId, sessionId, signal }
    const words = entry.artwork.text
    let result: Awaited<ReturnType<AiProvider['generateImage']>>
    try {
      // A richer prompt when the text model is allowed. The wall keeps the local spec (no surprise repaint), and the
      // refinement never touches safety: the provider keeps the local screen's result whatever the model says.
      let spec = entry.artwork.spec
      const answer = deps.refiner?.refined(sessionId, artworkId)
      if (answer) spec = (await answer) ?? spec
      else if (!deps.refiner && (await provider.allows(clientId, 'text'))) {
        const refined = await provider.refineSpec(ctx, { words, spec })
        if (refined.ok) spec = refined.value
      }
      result = await provider.generateImage(ctx, { words, spec })
    } finally {
      release(sessionId)
    }
    if (signal.aborted) return settleAborted(job)
    if (!result.ok) {
      await commit(sessionId, { type: 'artwork-image', artworkId, state: 'failed', notice: result.notice })
      return
    }
    const files = deps.files!
    const file = await files.write(clientId, artworkId, result.value.data, result.value.mime)
    if (signal.aborted) {
      await files.remove(clientId, file)
      return settleAborted(job)
    }
    const ready = await commit(sessionId, { type: 'artwork-image', artworkId, state: 'ready', file })
    // A cancel (or the end) that won the race in the queue keeps its word: no file stays that nobody will see.
    const after = ready.ok ? await hub.state(sessionId) : undefined
    const shown = after ? findEntry(after, artworkId)?.image : undefined
    if (shown?.state !== 'ready' || shown.file !== file) await files.remove(clientId, file)
  }

  /** Only a discard leaves an entry whose `painting` someone would still see; the other reasons need nothing. */
  async function settleAborted({ sessionId, artworkId, controller }: Job): Promise<void> {
    if (controller.signal.reason !== 'discard') return
    await commit(sessionId, { type: 'artwork-image', artworkId, state: 'cancelled', notice: DISCARD_NOTICE })
  }

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
          track(
            start(after.id, after.clientId, command.artwork.id).catch((err: unknown) =>
              deps.log('image job could not start', { error: err instanceof Error ? err.name : 'error' }),
            ),
          )
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
        if (entry.image?.state !== 'painting' || jobs.has(keyOf(state.id, entry.artwork.id))) continue
        track(
          commit(state.id, {
            type: 'artwork-image',
            artworkId: entry.artwork.id,
            state: 'failed',
            notice: RESTART_NOTICE,
          }).then(() => undefined),
        )
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
