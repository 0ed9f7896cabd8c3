import type { RiskCategory } from '../../shared/safety/risk'
import type { ScreenFinding } from '../relay/hub-artwork'
import type { SessionHubHooks } from '../relay/session-hub'
import type { AiProvider } from './provider'

/**
 * Moderation's categories that mean a person may not be safe. They are added to the local risk screen, never used
 * instead of it: words the local screen raised never reach moderation at all. Graphic violence is a memory more
 * often than a danger, so it stays a quiet hold like the local trauma words.
 */
const RISK_BY_CATEGORY: Readonly<Record<string, RiskCategory>> = {
  'self-harm': 'self-harm',
  'self-harm/intent': 'self-harm',
  'self-harm/instructions': 'plan-or-means',
  violence: 'harm-to-others',
  'harassment/threatening': 'danger-now',
  'hate/threatening': 'danger-now',
  'illicit/violent': 'harm-to-others',
}

/** A moderation answer → what the hub does with it: risk for the categories above, a hold for the rest. */
export function moderationFinding(flagged: boolean, categories: readonly string[]): ScreenFinding {
  if (!flagged) return { hold: [] }
  const risky = categories.filter((c) => RISK_BY_CATEGORY[c] !== undefined)
  if (risky.length) {
    return {
      hold: [],
      risk: {
        categories: [...new Set(risky.map((c) => RISK_BY_CATEGORY[c] as RiskCategory))],
        reasons: risky.slice(0, 6).map((c) => `moderation: ${c}`),
      },
    }
  }
  return { hold: [`moderation: ${categories.slice(0, 6).join(', ') || 'flagged'}`] }
}

/**
 * OpenAI moderation in addition to the local screens, as the hub's `screen` hook: it runs on new words before their
 * artwork is committed, outside the session's queue, under a short deadline. Flagged words are held for the
 * therapist, or raised for risk (see RISK_BY_CATEGORY); a failure or a timeout adds nothing (the local result stands,
 * and the call's outcome is in the session's AI notices). Not allowed (local mode, no consent, switched off): not
 * called at all.
 */
export function createModerationScreen(deps: {
  provider: AiProvider
  deadlineMs: number
}): Required<Pick<SessionHubHooks, 'screen'>> {
  return {
    async screen(state, words, spec) {
      // Already held by the local screen: the therapist decides anyway, and nothing more needs to leave.
      if (spec.safety.held) return { hold: [] }
      if (!(await deps.provider.allows(state.clientId, 'moderation'))) return { hold: [] }
      const result = await deps.provider.moderate(
        { clientId: state.clientId, sessionId: state.id, deadlineMs: deps.deadlineMs },
        words,
      )
      if (!result.ok) return { hold: [] }
      return moderationFinding(result.value.flagged, result.value.categories)
    },
  }
}
