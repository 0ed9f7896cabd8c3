import type { PairResponse } from '../../shared/session/http'
import { isCompleteCode } from './keypad'

export type PairResult =
  { ok: true; value: PairResponse } | { ok: false; message: string; retryable: boolean }

/** Plain, warm wording for the client (docs/ART.md): never a status code, never blame. */
export const PAIR_MESSAGES = {
  incomplete: 'The code has six characters. Please check the code on your therapist’s screen.',
  wrong: 'That code did not work. Please check it with your therapist and try again.',
  busy: 'Too many tries for now. Please wait a minute, then try again.',
  offline: 'Stillroom could not reach its server just now. Please check the connection and try again.',
} as const

/** `POST /api/pair {code}` → the session and this headset's device token. */
export async function pairWithCode(
  code: string,
  deps: { fetchImpl?: typeof fetch; accessKey?: string | null; base?: string } = {},
): Promise<PairResult> {
  if (!isCompleteCode(code)) return { ok: false, message: PAIR_MESSAGES.incomplete, retryable: true }
  const doFetch = deps.fetchImpl ?? ((i: RequestInfo | URL, init?: RequestInit) => fetch(i, init))
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' }
  if (deps.accessKey) headers['x-stillroom-key'] = deps.accessKey
  let res: Response
  try {
    res = await doFetch(`${deps.base ?? ''}/api/pair`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ code }),
    })
  } catch {
    return { ok: false, message: PAIR_MESSAGES.offline, retryable: true }
  }
  const body = (await res.json().catch(() => null)) as Partial<PairResponse & { message: string }> | null
  if (res.ok && body && typeof body.sessionId === 'string' && typeof body.deviceToken === 'string') {
    return { ok: true, value: { sessionId: body.sessionId, deviceToken: body.deviceToken } }
  }
  if (res.status === 429) {
    return { ok: false, message: body?.message || PAIR_MESSAGES.busy, retryable: false }
  }
  if (res.status >= 500 || res.ok) return { ok: false, message: PAIR_MESSAGES.offline, retryable: true }
  return { ok: false, message: PAIR_MESSAGES.wrong, retryable: true }
}
