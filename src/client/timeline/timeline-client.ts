import { readTimelineResponse, type TimelineResponse } from '../../shared/record/timeline'
import { takeAccessKey } from '../../shared/ui/access-key'
import { readDeviceSession } from '../session/device-token'

/** Same header as the prefs and forget routes (not imported from src/shared/session/http, to keep zod out). */
const DEVICE_TOKEN_HEADER = 'x-stillroom-device'
export const HEADSET_TIMELINE_PATH = '/api/session/timeline'

export type TimelineLoad = { ok: true; value: TimelineResponse } | { ok: false; reason: string }

/** The paired headset's client timeline (never throws: a failure says why, and the view stays calm). */
export async function fetchHeadsetTimeline(
  deps: { fetchImpl?: typeof fetch; deviceToken?: string | null; accessKey?: string | null } = {},
): Promise<TimelineLoad> {
  const token = deps.deviceToken ?? readDeviceSession()?.deviceToken ?? null
  if (!token) return { ok: false, reason: 'this headset is not paired with a session' }
  const headers: Record<string, string> = { accept: 'application/json', [DEVICE_TOKEN_HEADER]: token }
  const key = deps.accessKey === undefined ? takeAccessKey() : deps.accessKey
  if (key) headers['x-stillroom-key'] = key
  try {
    const res = await (deps.fetchImpl ?? fetch)(HEADSET_TIMELINE_PATH, { headers })
    const body: unknown = await res.json().catch(() => null)
    if (!res.ok) {
      const message = (body as { message?: unknown } | null)?.message
      return {
        ok: false,
        reason: `the server answered ${res.status}: ${typeof message === 'string' ? message : '?'}`,
      }
    }
    const value = readTimelineResponse(body)
    return value ? { ok: true, value } : { ok: false, reason: 'the timeline could not be read' }
  } catch (err) {
    return { ok: false, reason: `no answer from the server (${(err as Error).message})` }
  }
}
