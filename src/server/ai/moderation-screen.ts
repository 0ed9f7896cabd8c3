import type { SessionHubHooks } from '../relay/session-hub'
import type { AiProvider } from './provider'

/**
 * OpenAI moderation in addition to the local screen (issue 6), as the hub's `screen` hook: it runs on new words
 * before their artwork is committed, outside the session's queue, under a short deadline. Flagged words are held for
 * the therapist; a failure or a timeout adds nothing (the local result stands, and the call's outcome is in the
 * session's AI notices). Not allowed (local mode, no consent, switched off): not called at all.
 */
export function createModerationScreen(deps: {
  provider: AiProvider
  deadlineMs: number
}): Required<Pick<SessionHubHooks, 'screen'>> {
  return {
    async screen(state, words, spec) {
      // Already held by the local screen: the therapist decides anyway, and nothing more needs to leave.
      if (spec.safety.held) return []
      if (!(await deps.provider.allows(state.clientId, 'moderation'))) return []
      const result = await deps.provider.moderate(
        { clientId: state.clientId, sessionId: state.id, deadlineMs: deps.deadlineMs },
        words,
      )
      if (!result.ok || !result.value.flagged) return []
      const categories = result.value.categories.slice(0, 6).join(', ') || 'flagged'
      return [`moderation: ${categories}`]
    },
  }
}
