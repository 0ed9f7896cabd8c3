import { parsePrefs, type ClientPrefs } from '../../shared/prefs'

/** Same header as `/api/device/forget` (src/shared/session/http.ts; not imported, to keep zod out of this chunk). */
export const DEVICE_TOKEN_HEADER = 'x-stillroom-device'
export const DEVICE_PREFS_PATH = '/api/device/prefs'

export type PrefsLoad = { ok: true; prefs: ClientPrefs; sudsScale: 10 | 100 } | { ok: false; reason: string }

export type RecordPrefsClient = {
  /** Reads the client's prefs with the record (never throws; a failure says why). */
  get(): Promise<PrefsLoad>
  /** Writes some fields (a field not sent keeps what the record has). True when the server kept them. */
  put(patch: ClientPrefs): Promise<boolean>
}

export type RecordPrefsClientOptions = {
  deviceToken: string
  fetchImpl?: typeof fetch
  /** The `--lan` access key, when the page has one. */
  accessKey?: string | null
  base?: string
  /** A read that takes longer gives up (pairing must not wait on it). @default 4000 */
  timeoutMs?: number
}

/**
 * The headset's door to its client's prefs on the server, authorised by the device token of its session. Parsing
 * is hand-written (`parsePrefs`), so no schema library rides along.
 */
export function createRecordPrefsClient(options: RecordPrefsClientOptions): RecordPrefsClient {
  const doFetch = options.fetchImpl ?? ((i: RequestInfo | URL, init?: RequestInit) => fetch(i, init))
  const url = `${options.base ?? ''}${DEVICE_PREFS_PATH}`
  const headers = (json: boolean): Record<string, string> => {
    const h: Record<string, string> = {
      accept: 'application/json',
      [DEVICE_TOKEN_HEADER]: options.deviceToken,
    }
    if (json) h['content-type'] = 'application/json'
    if (options.accessKey) h['x-stillroom-key'] = options.accessKey
    return h
  }
  return {
    async get() {
      const abort = typeof AbortController === 'function' ? new AbortController() : null
      const timer = abort ? setTimeout(() => abort.abort(), options.timeoutMs ?? 4000) : null
      try {
        const res = await doFetch(url, {
          method: 'GET',
          headers: headers(false),
          ...(abort ? { signal: abort.signal } : {}),
        })
        const body = (await res.json().catch(() => null)) as {
          prefs?: unknown
          sudsScale?: unknown
          message?: unknown
        } | null
        if (!res.ok || !body) {
          // A body cut off by the timeout is not the server's fault: say what happened.
          const why =
            typeof body?.message === 'string'
              ? body.message
              : abort?.signal.aborted
                ? `no answer within ${options.timeoutMs ?? 4000} ms`
                : 'no readable answer'
          return { ok: false, reason: `the server answered ${res.status}: ${why}` }
        }
        const parsed = parsePrefs(body.prefs)
        if (parsed.problems.length) console.warn(`Stillroom prefs: ${parsed.problems.join('; ')}`)
        return { ok: true, prefs: parsed.prefs, sudsScale: body.sudsScale === 100 ? 100 : 10 }
      } catch (e) {
        return { ok: false, reason: `the server could not be reached (${String(e)})` }
      } finally {
        if (timer) clearTimeout(timer)
      }
    },
    async put(patch) {
      try {
        const res = await doFetch(url, { method: 'PUT', headers: headers(true), body: JSON.stringify(patch) })
        if (!res.ok) console.warn(`Stillroom prefs: not kept with the record (${res.status})`)
        return res.ok
      } catch (e) {
        console.warn('Stillroom prefs: not kept with the record', e)
        return false
      }
    },
  }
}

export type Timers = {
  set: (f: () => void, ms: number) => ReturnType<typeof setTimeout>
  clear: (t: ReturnType<typeof setTimeout>) => void
}

/**
 * Calls `send` with the latest value once nothing new arrived for `ms` (~500 ms): sliding a brightness control
 * becomes one save, not fifty. `flush` sends a pending value now.
 */
export function createDebouncedSave<T>(
  send: (value: T) => Promise<unknown> | void,
  ms = 500,
  // Wrapped: a browser's setTimeout called as a method of another object throws "Illegal invocation".
  timers: Timers = { set: (f, ms) => setTimeout(f, ms), clear: (t) => clearTimeout(t) },
) {
  let pending: { value: T } | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  const fire = () => {
    timer = null
    const p = pending
    pending = null
    if (p) return Promise.resolve(send(p.value)).then(() => undefined)
    return Promise.resolve()
  }
  return {
    push(value: T) {
      pending = { value }
      if (timer) timers.clear(timer)
      timer = timers.set(fire, ms)
    },
    flush(): Promise<void> {
      if (timer) timers.clear(timer)
      return fire()
    },
    cancel() {
      if (timer) timers.clear(timer)
      timer = null
      pending = null
    },
    get pending() {
      return pending !== null
    },
  }
}
