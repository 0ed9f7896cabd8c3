import type { Command } from '../../shared/session/commands'
import { findEntry } from '../../shared/session/reducer'
import type { SceneSpec } from '../../shared/spec'
import type { SessionHubHooks, SubmitResult } from '../relay/session-hub'
import type { AiProvider } from './provider'

// The interpretation upgrade: the local interpreter and safety screen always run first and the painting
// hangs at once; when the text model is allowed, it refines the SceneSpec in the background and the wall crossfades
// to the richer painting. It may add detail, never clear a hold (the provider and the reducer both keep the local
// safety result), and held words never leave. The picture job waits for this one answer rather than asking again.

export interface SpecRefinerDeps {
  hub: { submitServer(sessionId: string, command: Command): Promise<SubmitResult> }
  provider: Pick<AiProvider, 'allows' | 'refineSpec'>
  log: (message: string, fields?: Record<string, unknown>) => void
}

export interface SpecRefiner extends Required<Pick<SessionHubHooks, 'onApplied'>> {
  /** The model's spec for an artwork once it answered; null when not allowed, failed or cancelled; undefined if never asked. */
  refined(sessionId: string, artworkId: string): Promise<SceneSpec | null> | undefined
  idle(): Promise<void>
  close(): Promise<void>
}

const keyOf = (sessionId: string, artworkId: string) => `${sessionId}/${artworkId}`

export function createSpecRefiner(deps: SpecRefinerDeps): SpecRefiner {
  const answers = new Map<string, { spec: Promise<SceneSpec | null>; controller: AbortController }>()
  const forget = (key: string) => {
    answers.get(key)?.controller.abort()
    answers.delete(key)
  }

  const ask = (sessionId: string, clientId: string, artworkId: string, words: string, spec: SceneSpec) => {
    const controller = new AbortController()
    const signal = controller.signal
    const answer = (async (): Promise<SceneSpec | null> => {
      if (!(await deps.provider.allows(clientId, 'text')) || signal.aborted) return null
      const result = await deps.provider.refineSpec({ clientId, sessionId, signal }, { words, spec })
      if (!result.ok || signal.aborted) return null
      const committed = await deps.hub.submitServer(sessionId, {
        type: 'artwork-spec',
        artworkId,
        spec: result.value,
      })
      if (!committed.ok) deps.log('spec refinement not committed', { code: committed.code })
      return result.value
    })().catch((err: unknown) => {
      deps.log('spec refinement failed', { error: err instanceof Error ? err.name : 'error' })
      return null
    })
    // Registered before the first await, so a picture job started by the same command always finds it.
    answers.set(keyOf(sessionId, artworkId), { spec: answer, controller })
  }

  return {
    onApplied(before, after, command) {
      switch (command.type) {
        case 'artwork-add': {
          if (command.replaces) forget(keyOf(after.id, command.replaces))
          const entry = findEntry(after, command.artwork.id)
          // Held words never leave; pending ones may (the therapist sees the richer version before approving).
          if (!entry || (entry.state !== 'pending' && entry.state !== 'approved')) return
          ask(after.id, after.clientId, entry.artwork.id, entry.artwork.text, entry.artwork.spec)
          return
        }
        case 'discard':
        case 'remove':
          return forget(keyOf(after.id, command.artworkId))
        default:
          if (after.phase === 'ended' && before.phase !== 'ended') {
            for (const key of [...answers.keys()]) if (key.startsWith(`${after.id}/`)) forget(key)
          }
      }
    },
    refined: (sessionId, artworkId) => answers.get(keyOf(sessionId, artworkId))?.spec,
    async idle() {
      await Promise.allSettled([...answers.values()].map((a) => a.spec))
    },
    async close() {
      for (const a of answers.values()) a.controller.abort()
      await Promise.allSettled([...answers.values()].map((a) => a.spec))
      answers.clear()
    },
  }
}
