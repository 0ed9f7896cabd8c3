import type { Clock } from '../../shared/clock'
import type OpenAI from 'openai'
import { AI_CAPABILITIES } from '../../shared/privacy/ai-contract'
import type {
  AiCapability,
  AiFailureReason,
  AiStatus,
  CapabilityState,
} from '../../shared/privacy/ai-contract'
import { noticeFor, runCall } from './call-runner'
import type { AiConfig } from './config'

export interface AiHealth {
  /** Mode, provider host and each capability's state; one cheap `models.list` at most every `healthTtlMs`. */
  status(): Promise<AiStatus>
  /** A 404 / "not supported": no more calls for this capability until the mark expires. */
  markUnavailable(capability: AiCapability): void
  isUnavailable(capability: AiCapability): boolean
  /** A call worked: the capability is reachable. */
  markOn(capability: AiCapability): void
}

interface Check {
  at: number
  /** Model ids the server listed; null when it cannot list them (404) or the check failed. */
  models: Set<string> | null
  failure: AiFailureReason | null
}

export interface HealthDeps {
  config: AiConfig
  client: OpenAI | undefined
  now: Clock
  /** Told about each health request (for the audit log), with its outcome. */
  onCheck?: (outcome: string, durationMs: number, responseBytes: number) => void
}

export function createAiHealth(deps: HealthDeps): AiHealth {
  const { config } = deps
  const unavailableUntil = new Map<AiCapability, number>()
  const seenOn = new Map<AiCapability, number>()
  let check: Check | undefined
  let inFlight: Promise<Check> | undefined

  const fresh = (at: number | undefined) => at !== undefined && deps.now() - at < config.healthTtlMs

  const runCheck = async (): Promise<Check> => {
    const client = deps.client
    if (!client) return { at: deps.now(), models: null, failure: 'off' }
    const started = deps.now()
    const outcome = await runCall(
      async (signal) => {
        const ids = new Set<string>()
        // One page is enough to know the server answers; self-hosted servers list only a few models.
        const page = await client.models.list({ signal, timeout: config.timeouts.healthMs, maxRetries: 0 })
        for (const m of page.data) if (typeof m?.id === 'string') ids.add(m.id)
        return ids
      },
      { deadlineMs: config.timeouts.healthMs, retry: { max: 0, baseMs: 0, maxMs: 0 } },
    )
    const bytes = outcome.ok ? JSON.stringify([...outcome.value]).length : 0
    deps.onCheck?.(outcome.ok ? 'ok' : outcome.reason, deps.now() - started, bytes)
    if (outcome.ok) return { at: deps.now(), models: outcome.value, failure: null }
    // A server without /models still may serve the rest: that is "unknown", not a failure.
    return { at: deps.now(), models: null, failure: outcome.reason === 'unsupported' ? null : outcome.reason }
  }

  const stateOf = (cap: AiCapability, c: Check): CapabilityState => {
    if (!config.enabled.has(cap)) return 'off'
    if (fresh(unavailableUntil.get(cap))) return 'unavailable'
    if (c.failure === 'auth' || c.failure === 'unreachable' || c.failure === 'outside_clinic')
      return 'unavailable'
    if (fresh(seenOn.get(cap))) return 'on'
    if (c.models?.has(config.models[cap])) return 'on'
    return 'unknown'
  }

  return {
    async status() {
      const off = Object.fromEntries(AI_CAPABILITIES.map((c) => [c, 'off'])) as Record<
        AiCapability,
        CapabilityState
      >
      if (config.mode === 'local') {
        return {
          mode: 'local',
          provider: null,
          capabilities: off,
          notice: null,
          checkedAt: null,
        }
      }
      if (config.enabled.size > 0 && !(check && fresh(check.at))) {
        inFlight ??= runCheck().finally(() => {
          inFlight = undefined
        })
        check = await inFlight
      }
      const c = check ?? { at: deps.now(), models: null, failure: null }
      const capabilities = Object.fromEntries(AI_CAPABILITIES.map((cap) => [cap, stateOf(cap, c)])) as Record<
        AiCapability,
        CapabilityState
      >
      const notice =
        c.failure === 'timeout'
          ? 'The AI service did not answer the health check in time.'
          : c.failure && c.failure !== 'off'
            ? noticeFor(c.failure, 'images')
            : config.enabled.size === 0
              ? `${config.mode === 'clinic' ? 'Clinic' : 'Cloud'} mode is on, but no AI capability is switched on (STILLROOM_AI).`
              : null
      return {
        mode: config.mode,
        provider: config.providerHost,
        capabilities,
        notice,
        checkedAt: check ? new Date(check.at).toISOString() : null,
      }
    },
    markUnavailable(capability) {
      unavailableUntil.set(capability, deps.now())
      seenOn.delete(capability)
    },
    isUnavailable(capability) {
      return fresh(unavailableUntil.get(capability))
    },
    markOn(capability) {
      seenOn.set(capability, deps.now())
      unavailableUntil.delete(capability)
    },
  }
}
