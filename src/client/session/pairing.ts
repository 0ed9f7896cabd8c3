import type { PairResponse } from '../../shared/session/http'
import type { BaseKey } from '../../shared/i18n/catalog'
import type { HeadsetKey } from '../../shared/i18n/headset-en'
import type { Vars } from '../../shared/i18n/translate'
import { isCompleteCode } from './keypad'

/** Why a pairing was refused, as the client reads it: a catalogue key (session-*.ts) and what fills it. */
export type PairError = {
  key: Extract<BaseKey<HeadsetKey>, `keypad.error.${string}`>
  vars?: Vars
}

export type PairResult = { ok: true; value: PairResponse } | ({ ok: false; retryable: boolean } & PairError)

// Plain, warm wording for the client (docs/ART.md), in the catalogue under 'keypad.error.': never a status code,
// never blame.

/** The minutes a refused client is asked to wait, from the server's `retry-after` (seconds), as the server says them. */
function waitMinutes(res: Response): number | null {
  const seconds = Number(res.headers.get('retry-after'))
  return Number.isFinite(seconds) && seconds > 0 ? Math.max(1, Math.ceil(seconds / 60)) : null
}

/** `POST /api/pair {code}` → the session and this headset's device token. */
export async function pairWithCode(
  code: string,
  deps: { fetchImpl?: typeof fetch; accessKey?: string | null; base?: string } = {},
): Promise<PairResult> {
  if (!isCompleteCode(code)) return { ok: false, key: 'keypad.error.incomplete', retryable: true }
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
    return { ok: false, key: 'keypad.error.offline', retryable: true }
  }
  const body = (await res.json().catch(() => null)) as Partial<PairResponse & { error: string }> | null
  if (res.ok && body && typeof body.sessionId === 'string' && typeof body.deviceToken === 'string') {
    return { ok: true, value: { sessionId: body.sessionId, deviceToken: body.deviceToken } }
  }
  if (res.status === 429) {
    // The server's own sentence is English: the client reads the same in their language, with the same minutes.
    const count = waitMinutes(res)
    if (count === null) return { ok: false, key: 'keypad.error.busy', retryable: false }
    const key = body?.error === 'pairing_paused' ? 'keypad.error.paused' : 'keypad.error.wait'
    return { ok: false, key, vars: { count }, retryable: false }
  }
  if (res.status >= 500 || res.ok) return { ok: false, key: 'keypad.error.offline', retryable: true }
  return { ok: false, key: 'keypad.error.wrong', retryable: true }
}
